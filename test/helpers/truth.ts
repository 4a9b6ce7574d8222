/**
 * Scoring of a checked table against its truth (the `expected/*.json` of shared real-world cases and the
 * `truth` of atlas fixtures): the same measures as the real-world check script — projects found by name,
 * budgets, 一级/二级 of every indicator, real defects caught at their rows, no false errors, no forbidden
 * findings.
 */
import type { JsonFile } from '../../src/core/report/json';

export interface TruthIndicator {
  level1?: string;
  level2?: string;
  level1Label?: string;
  level3: string;
}

export interface Truth {
  projects?: {
    name: string;
    nameCell?: string;
    budget?: { total?: number | null; annual?: number | null };
    indicators: TruthIndicator[];
  }[];
  selfEvaluations?: { name?: string; indicators?: TruthIndicator[] }[];
  realDefects?: { id?: string; cell?: string; codes?: string[] }[];
  notDefects?: { cell?: string; note?: string; forbiddenCodes?: string[] }[];
  artifacts?: { codes?: string[] }[];
}

export interface TruthScore {
  recognized: boolean;
  indicators: number;
  indicatorsRight: number;
  names: number;
  namesFound: number;
  budgets: number;
  budgetsRead: number;
  defects: number;
  caught: number;
  falseErrors: number;
  forbidden: number;
  notes: string[];
}

const norm = (s: unknown) =>
  String(s ?? '')
    .replace(/^指标\d+[:：]?/, '')
    .replace(/[\s，,。；;：:、“”"（）()%％\n]/g, '');
const level = (s: unknown) => norm(s).replace(/\d+分$/, '') || null;
const rowOf = (cell: unknown) =>
  Number(
    String(cell ?? '')
      .replace(/^.*!/, '')
      .replace(/[^0-9]/g, ''),
  ) || null;

function rowsOf(spec: string | undefined): Set<number> {
  const rows = new Set<number>();
  for (const part of String(spec ?? '').split(',')) {
    const [a, b] = part.split(':');
    const ra = rowOf(a);
    const rb = b ? rowOf(b) : ra;
    if (ra && rb) for (let r = ra; r <= rb; r++) rows.add(r);
  }
  return rows;
}

const near = (a: number | null | undefined, b: number | null | undefined) =>
  a != null && b != null && Math.abs(a - b) <= 0.01 * Math.max(1, Math.abs(b));

export function scoreAgainstTruth(truth: Truth, file: JsonFile): TruthScore {
  const s: TruthScore = {
    recognized: true,
    indicators: 0,
    indicatorsRight: 0,
    names: 0,
    namesFound: 0,
    budgets: 0,
    budgetsRead: 0,
    defects: 0,
    caught: 0,
    falseErrors: 0,
    forbidden: 0,
    notes: [],
  };
  const { projects, selfEvaluations: evals, findings } = file;
  for (const tp of truth.projects ?? []) {
    const gp =
      projects.find((p) => norm(p.name) === norm(tp.name)) ??
      projects.find(
        (p) => norm(p.name) && (norm(p.name).includes(norm(tp.name)) || norm(tp.name).includes(norm(p.name))),
      );
    s.names++;
    if (gp) s.namesFound++;
    else {
      s.recognized = false;
      s.notes.push(`project "${tp.name}" not found by name`);
    }
    const want = tp.budget?.annual ?? tp.budget?.total;
    if (want != null) {
      s.budgets++;
      const got = gp?.budget;
      const candidates = [got?.annual, got?.total];
      if (candidates.some((g) => near(g, want) || near(g, tp.budget?.total))) s.budgetsRead++;
      else s.notes.push(`${tp.name}: budget ${JSON.stringify(got)}, want ${want}`);
    }
    const pool = gp ? [...gp.indicators] : projects.flatMap((p) => p.indicators);
    for (const ti of tp.indicators) {
      s.indicators++;
      const k = pool.findIndex((g) => norm(g.level3) === norm(ti.level3));
      if (k < 0) {
        s.notes.push(`missing indicator ${ti.level3}`);
        continue;
      }
      const g = pool.splice(k, 1)[0];
      if (g.level1 === ti.level1 && g.level2 === ti.level2) s.indicatorsRight++;
      else s.notes.push(`${ti.level3}: got ${g.level1}/${g.level2}, want ${ti.level1}/${ti.level2}`);
    }
  }
  for (const ts of truth.selfEvaluations ?? []) {
    const pool = evals.flatMap((e) => e.indicators);
    if (evals.length === 0) {
      s.recognized = false;
      s.notes.push('self-evaluation not recognized');
    }
    for (const ti of ts.indicators ?? []) {
      s.indicators++;
      const k = pool.findIndex((g) => norm(g.level3) === norm(ti.level3));
      if (k < 0) {
        s.notes.push(`missing self-evaluation indicator ${ti.level3}`);
        continue;
      }
      const g = pool.splice(k, 1)[0];
      const want1 = ti.level1 ?? level(ti.level1Label);
      const want2 = ti.level2 ? level(ti.level2) : null;
      if ((!want1 || level(g.level1) === level(want1)) && (!want2 || level(g.level2) === want2)) s.indicatorsRight++;
      else s.notes.push(`${ti.level3}: got ${g.level1}/${g.level2}, want ${want1}/${want2}`);
    }
  }
  const explained = new Set<object>();
  for (const d of truth.realDefects ?? []) {
    if (!d.codes?.length) continue;
    s.defects++;
    const rows = rowsOf(d.cell);
    const hits = findings.filter(
      (f) => d.codes?.includes(f.code) && (rows.size === 0 || rows.has(rowOf(f.cell) ?? -1)),
    );
    if (hits.length > 0) {
      s.caught++;
      hits.forEach((h) => explained.add(h));
    } else s.notes.push(`defect not caught: ${d.id ?? ''} ${d.codes.join('|')} ${d.cell ?? ''}`);
  }
  const artifactCodes = new Set((truth.artifacts ?? []).flatMap((a) => a.codes ?? []));
  for (const f of findings) {
    if (f.severity !== 'error' || explained.has(f) || artifactCodes.has(f.code)) continue;
    s.falseErrors++;
    s.notes.push(`false error ${f.code} at ${f.cell}: ${f.message}`);
  }
  for (const n of truth.notDefects ?? []) {
    if (!n.forbiddenCodes?.length) continue;
    const rows = rowsOf(n.cell);
    for (const f of findings) {
      if (!n.forbiddenCodes.includes(f.code) || (rows.size > 0 && !rows.has(rowOf(f.cell) ?? -1))) continue;
      if (f.severity === 'error' && !explained.has(f) && !artifactCodes.has(f.code)) continue; // counted above
      s.forbidden++;
      s.notes.push(`forbidden ${f.code} at ${f.cell}: ${n.note ?? ''}`);
    }
  }
  return s;
}

/** Several scores added up. */
export function totalScore(scores: TruthScore[]): TruthScore {
  const t = scoreAgainstTruth(
    {},
    {
      file: '',
      summary: { projects: 0, indicators: 0, error: 0, warning: 0, info: 0 },
      projects: [],
      selfEvaluations: [],
      findings: [],
    },
  );
  for (const s of scores) {
    for (const k of [
      'indicators',
      'indicatorsRight',
      'names',
      'namesFound',
      'budgets',
      'budgetsRead',
      'defects',
      'caught',
      'falseErrors',
      'forbidden',
    ] as const)
      t[k] += s[k];
    t.recognized &&= s.recognized;
  }
  return t;
}
