import type { Lang } from '../core/lang';

export type ReportFormat = 'text' | 'json' | 'ndjson';

export interface CliOptions {
  files: string[];
  format: ReportFormat;
  lang: Lang;
  /** Look into subfolders of folder arguments (-r). */
  recursive: boolean;
  out?: string;
  /** With --out: overwrite existing files there (never an input) instead of numbering the copy. */
  force: boolean;
  /** With --out: write each input without our annotations (a copy made by --out given back as it was). */
  clear: boolean;
  /** Generated 自评表: none, one sheet per project, or one combined sheet. */
  selfEval: false | 'perProject' | 'combined';
  profile?: string;
  /** Batch summary to write: `.xlsx` or `.csv`, one row per project per workbook. */
  summary?: string;
  /** Files checked at once, each on a worker thread (1: in the main thread). */
  jobs: number;
  /** JSON and NDJSON: each indicator's classification evidence (`inference`) too. */
  explain: boolean;
  /** Heap a check on a worker thread may take, in MB (--max-memory). */
  maxMemoryMb: number;
  help: boolean;
  /** --version: print the command's name and version. */
  version: boolean;
}

/** The command's name (package.json `bin`), as users type it. */
export const COMMAND = 'jixiaobiao-jiaoyan';

export const USAGE = `用法 / Usage: ${COMMAND} [文件或目录…] [选项]     （在本仓库中 / in this repo: npm run check -- …）

  files…                 工作簿或目录（.xlsx .xlsm .xltx .xls .et；目录中的工作簿全部检查）；省略时检查内置示例
                         workbooks or folders (every workbook inside); none: the bundled sample
  -r, --recursive        也检查子目录 / also look into subfolders
  --format text|json|ndjson
                         输出格式（默认 text；json 为一个文档，ndjson 每行一条）
                         output format (default text; json: one document; ndjson: one line per file/project/finding)
  --lang zh|en           报告语言（默认 zh）/ report language (default zh)
  --out DIR              将带批注的副本写入 DIR（不改动原文件；同名文件已存在时另存为“名称 (2)”；.xls/.et 存为 .xlsx）
                         write annotated copies to DIR (inputs untouched; an existing name gets “name (2)”; .xls/.et as .xlsx)
  --force                与 --out 同用：覆盖 DIR 中已有的同名文件（绝不覆盖原文件）
                         with --out: overwrite existing files in DIR (never an input)
  --clear                与 --out 同用：去掉本工具写入的批注，把原来的工作簿写入 DIR
                         with --out: remove this tool's annotations, writing the workbook as it was to DIR
  --self-eval[=combined] 与 --out 同用：在副本中生成自评表（每个项目一张；=combined 合为一张）
                         with --out: add generated 自评表 sheets (one per project; =combined: one sheet)
  --summary FILE.xlsx|csv
                         汇总表：每个工作簿每个项目一行 / batch summary: one row per project per workbook
  --jobs N               同时检查 N 个文件（工作线程）/ check N files at once on worker threads
  --max-memory MB        单个工作簿校验可用的内存上限（默认 1100）；超过时报告“过大”并继续
                         memory one workbook's check may take (default 1100); past it the file is reported too large
  --explain              json/ndjson：同时给出每个指标二级分类的依据（inference）
                         json/ndjson: also each indicator's classification evidence (inference)
  --profile FILE.json    校验配置（权重、容差等）/ review profile (weights, tolerance, …)
  -V, --version          显示版本 / show the version
  -h, --help             显示帮助 / show this help

退出码 / exit codes: 0 无错误 no errors · 1 发现错误 errors found · 2 输入无法使用或未检查任何文件 unusable input, or nothing checked`;

export class UsageError extends Error {}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined || !(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${name} 需要 ${allowed.join('|')} / ${name} takes ${allowed.join('|')}`);
  }
  return value as T;
}

function wholeNumber(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`${name} 需要 ${min}–${max} 的整数 / ${name} takes a whole number from ${min} to ${max}`);
  return n;
}

/** Default heap of one workbook's check: a 200,000-project list fits, and the process stays within 1.5 GB. */
export const DEFAULT_MAX_MEMORY_MB = 1100;

/** Parse argv (without node and script). Throws UsageError on bad options. */
export function parseArgs(argv: string[]): CliOptions {
  const opts: CliOptions = {
    files: [],
    format: 'text',
    lang: 'zh',
    recursive: false,
    selfEval: false,
    force: false,
    clear: false,
    jobs: 1,
    explain: false,
    maxMemoryMb: DEFAULT_MAX_MEMORY_MB,
    help: false,
    version: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] =
      a.startsWith('--') && a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
    const next = () => {
      if (inline !== undefined) return inline;
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${flag} 缺少取值 / ${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--format':
        opts.format = oneOf('--format', next(), ['text', 'json', 'ndjson'] as const);
        break;
      case '--lang':
        opts.lang = oneOf('--lang', next(), ['zh', 'en'] as const);
        break;
      case '-r':
      case '--recursive':
        opts.recursive = true;
        break;
      case '--out':
        opts.out = next();
        break;
      case '--profile':
        opts.profile = next();
        break;
      case '--summary':
        opts.summary = next();
        if (!/\.(xlsx|csv)$/i.test(opts.summary))
          throw new UsageError('--summary 需要 .xlsx 或 .csv 文件名 / --summary takes a .xlsx or .csv file name');
        break;
      case '--jobs':
        opts.jobs = wholeNumber('--jobs', next(), 1, 256);
        break;
      case '--max-memory':
        opts.maxMemoryMb = wholeNumber('--max-memory', next(), 256, 65536);
        break;
      case '--self-eval':
        opts.selfEval =
          inline === undefined ? 'perProject' : oneOf('--self-eval', inline, ['perProject', 'combined'] as const);
        break;
      case '--force':
        opts.force = true;
        break;
      case '--explain':
        opts.explain = true;
        break;
      case '--clear':
        opts.clear = true;
        break;
      case '-h':
      case '--help':
        opts.help = true;
        break;
      case '-V':
      case '--version':
        opts.version = true;
        break;
      default:
        if (flag.startsWith('-')) throw new UsageError(`未知选项 ${flag} / unknown option ${flag}`);
        opts.files.push(a);
    }
  }
  for (const [flag, set] of [
    ['--self-eval', opts.selfEval],
    ['--force', opts.force],
    ['--clear', opts.clear],
  ] as const)
    if (set && !opts.out) throw new UsageError(`${flag} 需要与 --out 一起使用 / ${flag} needs --out`);
  if (opts.clear && opts.selfEval)
    throw new UsageError('--clear 不能与 --self-eval 同用 / --clear cannot be used with --self-eval');
  return opts;
}
