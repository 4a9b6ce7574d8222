/**
 * npm run bench: times each step on generated workbooks and reports it as a
 * ratio to the time exceljs needs just to parse the same file, measured in the
 * same run (absolute times depend on the machine; ratios much less).
 * Writes bench/results.json.
 */
import ExcelJS from 'exceljs';
import { writeFileSync } from 'fs';
import { join } from 'path';
import { planAnnotations } from '../src/core/annotate/plan';
import { checkWorkbook } from '../src/core/engine';
import { recognizeWorkbook } from '../src/core/recognize';
import { DEFAULT_PROFILE } from '../src/core/profile';
import { generateSelfEvalSheets } from '../src/core/selfeval/generate';
import { validate } from '../src/core/validate';
import { OFFICE_365 } from '../src/excel/capabilities';
import { readWorkbookGrid } from '../src/excel/read';
import { readXlsx } from '../src/xlsx/read';
import { writeAnnotatedXlsx } from '../src/xlsx/annotate';
import { FakeWorkbook } from '../test/excel/fakeExcel';
import { measureProcesses, printProcesses, type ProcessRow } from './processes';
import { formsWorkbook, listWorkbook } from './workbooks';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const LAYOUTS = (process.env.BENCH_LAYOUTS ?? 'list,forms stacked,forms per sheet').split(',');
/**
 * exceljs's own parse grows faster than linearly with merged cells on one sheet (1,000 stacked
 * forms: ~10 s) and with sheet count, so the largest sizes of the form layouts are skipped.
 */
const MAX_STACKED = 1000;
const MAX_SHEETS = 1000;

/** Rounds of the interleaved steps (see timeInterleaved). */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[times.length >> 1];
}

/** Median of three runs after one warm-up (JIT), with the last result. */
async function time<T>(f: () => Promise<T> | T): Promise<[T, number]> {
  await f();
  const times: number[] = [];
  let r!: T;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    r = await f();
    times.push(performance.now() - t0);
  }
  return [r, median(times)];
}

/**
 * Median time of each step over ROUNDS rounds after a warm-up round, the steps taking turns
 * within each round: the parse baseline and our steps see the same machine state, where timing
 * each step's runs back to back let drift move the ratios. With `collected`, each step starts
 * from a collected heap, as in a fresh CLI process or an idle pane, and pays for no other step's
 * garbage; without, each inherits the heap the step before it left.
 */
async function timeInterleaved<K extends string>(
  steps: Record<K, () => unknown>,
  collected: boolean,
): Promise<Record<K, number>> {
  const times = {} as Record<K, number[]>;
  for (let round = -1; round < ROUNDS; round++) {
    for (const name of Object.keys(steps) as K[]) {
      if (collected) global.gc?.();
      const t0 = performance.now();
      await steps[name]();
      if (round >= 0) (times[name] ??= []).push(performance.now() - t0);
    }
  }
  const out = {} as Record<K, number>;
  for (const name of Object.keys(times) as K[]) out[name] = median(times[name]);
  return out;
}

interface Row {
  layout: string;
  projects: number;
  bytes: number;
  parseMs: number;
  /** Absolute times of the measured steps, for the scaling summary. */
  ms: Record<string, number>;
  ratios: Record<string, number>;
  findings: number;
  heapMB: number;
  officeSyncs: number;
  officeMaxPayloadKB: number;
}

async function measure(layout: string, wb: ExcelJS.Workbook): Promise<Row> {
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const grid = await readXlsx(bytes);
  const model = recognizeWorkbook(grid);
  // What a check runs: recognition, validation and the findings in report order.
  const { findings } = checkWorkbook(grid);
  const parse = () => new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const read = () => readXlsx(bytes);
  const engine = () => checkWorkbook(grid);
  // The annotated copy as the CLI makes it: the plan from the findings, then the edited package.
  const copy = () => writeAnnotatedXlsx(bytes, planAnnotations(findings));
  const {
    parse: parseMs,
    read: readMs,
    recognize: recognizeMs,
    validate: validateMs,
    engine: engineMs,
    copy: annotateMs,
  } = await timeInterleaved(
    {
      parse,
      read,
      recognize: () => recognizeWorkbook(grid),
      validate: () => validate(model, DEFAULT_PROFILE),
      engine,
      copy,
    },
    true,
  );
  const backToBack = await timeInterleaved({ parse, read, engine }, false);
  const [, selfEvalMs] = await time(() => generateSelfEvalSheets(model.projects));
  // Retained memory of grid + model + findings (still referenced below), after a full GC.
  global.gc?.();
  const heapMB = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
  const fake = new FakeWorkbook();
  for (const s of grid.sheets)
    fake.addSheet(
      s.name,
      s.rows.map((r) => Array.from(r, (c) => (c?.value as string | number | null) ?? null)),
    );
  await readWorkbookGrid(fake.run, OFFICE_365, 'workbook');
  const check = readMs + engineMs;
  return {
    layout,
    projects: model.projects.length,
    bytes: bytes.length,
    parseMs,
    ms: {
      parse: parseMs,
      read: readMs,
      recognize: recognizeMs,
      validate: validateMs,
      engine: engineMs,
      'annotated copy': annotateMs,
      '自评表 specs': selfEvalMs,
    },
    ratios: {
      'read (grid)': readMs / parseMs,
      recognize: recognizeMs / parseMs,
      validate: validateMs / parseMs,
      'engine (recognize + validate + sort)': engineMs / parseMs,
      'full check (read + engine)': check / parseMs,
      'full check, back to back': (backToBack.read + backToBack.engine) / backToBack.parse,
      'annotated copy': annotateMs / parseMs,
      'annotated copy ÷ full check': annotateMs / check,
      '自评表 specs': selfEvalMs / parseMs,
    },
    findings: findings.length,
    heapMB,
    officeSyncs: fake.syncs,
    officeMaxPayloadKB: fake.maxPayload / 1024,
  };
}

interface Scaling {
  layout: string;
  from: number;
  to: number;
  /** k in time ∝ projectsᵏ per step, and for the retained heap. */
  exponents: Record<string, number>;
}

/** Per layout, how each step grows from the second-largest to the largest size (smaller sizes are dominated by fixed costs). */
function scalingOf(rows: Row[]): Scaling[] {
  const out: Scaling[] = [];
  for (const layout of new Set(rows.map((r) => r.layout))) {
    const sized = rows.filter((r) => r.layout === layout);
    if (sized.length < 2) continue;
    const [a, b] = sized.slice(-2);
    const k = (x: number, y: number) => Math.log(y / x) / Math.log(b.projects / a.projects);
    const exponents: Record<string, number> = {};
    for (const step of Object.keys(a.ms)) exponents[step] = k(a.ms[step], b.ms[step]);
    exponents['retained heap'] = k(a.heapMB, b.heapMB);
    out.push({ layout, from: a.projects, to: b.projects, exponents });
  }
  return out;
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  // BENCH_PROCESSES=only: the whole-process table alone; =0: without it.
  const processesOnly = process.env.BENCH_PROCESSES === 'only';
  const processes: ProcessRow[] = process.env.BENCH_PROCESSES === '0' ? [] : await measureProcesses();
  if (processes.length > 0) printProcesses(processes);
  if (processesOnly) {
    writeFileSync(
      join(__dirname, 'results.json'),
      JSON.stringify({ node: process.version, date: new Date().toISOString(), processes }, null, 2),
    );
    return;
  }
  for (const n of SIZES) {
    if (LAYOUTS.includes('list')) rows.push(await measure('list', listWorkbook(n)));
    if (LAYOUTS.includes('forms stacked') && n <= MAX_STACKED)
      rows.push(await measure('forms stacked', formsWorkbook(n, 'stacked')));
    if (LAYOUTS.includes('forms per sheet') && n <= MAX_SHEETS)
      rows.push(await measure('forms per sheet', formsWorkbook(n, 'sheets')));
  }
  const steps = Object.keys(rows[0].ratios);
  const head = [
    'layout',
    'projects',
    'parse ms',
    ...steps.map((s) => `${s} ×`),
    'findings',
    'retained heap MB',
    'Office syncs',
    'max payload KB',
  ];
  console.log(head.join(' | '));
  for (const r of rows) {
    console.log(
      [
        r.layout,
        r.projects,
        r.parseMs.toFixed(0),
        ...steps.map((s) => r.ratios[s].toFixed(2)),
        r.findings,
        r.heapMB.toFixed(0),
        r.officeSyncs,
        r.officeMaxPayloadKB.toFixed(0),
      ].join(' | '),
    );
  }
  console.log(
    '\n× = time of the step / time exceljs takes to parse the same .xlsx (same run; steps in turns, median of the rounds, each from a collected heap).',
  );
  console.log(
    '"read" is our own reader (unzip + XML → grid), not exceljs. "back to back": parse, read and check in turns without collecting in between.',
  );
  const scaling = scalingOf(rows);
  if (scaling.length > 0) {
    console.log(
      '\nGrowth between the two largest sizes of each layout, as the exponent k in time ∝ projectsᵏ (1 = linear; n log n ≈ 1.1):',
    );
    for (const s of scaling)
      console.log(
        `${s.layout} ${s.from} → ${s.to}: ${Object.entries(s.exponents)
          .map(([k, v]) => `${k} ${v.toFixed(2)}`)
          .join(', ')}`,
      );
  }
  writeFileSync(
    join(__dirname, 'results.json'),
    JSON.stringify({ node: process.version, date: new Date().toISOString(), rows, scaling, processes }, null, 2),
  );
}

void main();
