import type { Lang } from '../core/lang';

export interface CliOptions {
  files: string[];
  format: 'text' | 'json';
  lang: Lang;
  out?: string;
  /** With --out: overwrite existing files there (never an input) instead of numbering the copy. */
  force: boolean;
  /** With --out: write each input without our annotations (a copy made by --out given back as it was). */
  clear: boolean;
  /** Generated 自评表: none, one sheet per project, or one combined sheet. */
  selfEval: false | 'perProject' | 'combined';
  profile?: string;
  help: boolean;
}

export const USAGE = `用法 / Usage: npm run check -- [文件或目录…] [选项]

  files…                 .xlsx/.xlsm 文件或目录（目录中的 .xlsx/.xlsm 全部检查）；省略时检查内置示例
                         .xlsx/.xlsm files or folders (every one inside); none: the bundled sample
  --format text|json     输出格式（默认 text）/ output format (default text)
  --lang zh|en           报告语言（默认 zh）/ report language (default zh)
  --out DIR              将带批注的副本写入 DIR（不改动原文件；同名文件已存在时另存为“名称 (2)”）
                         write annotated copies to DIR (inputs untouched; an existing name gets “name (2)”)
  --force                与 --out 同用：覆盖 DIR 中已有的同名文件（绝不覆盖原文件）
                         with --out: overwrite existing files in DIR (never an input)
  --clear                与 --out 同用：去掉本工具写入的批注，把原来的工作簿写入 DIR
                         with --out: remove this tool's annotations, writing the workbook as it was to DIR
  --self-eval[=combined] 与 --out 同用：在副本中生成自评表（每个项目一张；=combined 合为一张）
                         with --out: add generated 自评表 sheets (one per project; =combined: one sheet)
  --profile FILE.json    校验配置（权重、容差等）/ review profile (weights, tolerance, …)
  -h, --help             显示帮助 / show this help

退出码 / exit codes: 0 无错误 no errors · 1 发现错误 errors found · 2 输入无法使用 unusable input`;

export class UsageError extends Error {}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined || !(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${name} 需要 ${allowed.join('|')} / ${name} takes ${allowed.join('|')}`);
  }
  return value as T;
}

/** Parse argv (without node and script). Throws UsageError on bad options. */
export function parseArgs(argv: string[]): CliOptions {
  const opts: CliOptions = {
    files: [],
    format: 'text',
    lang: 'zh',
    selfEval: false,
    force: false,
    clear: false,
    help: false,
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
        opts.format = oneOf('--format', next(), ['text', 'json'] as const);
        break;
      case '--lang':
        opts.lang = oneOf('--lang', next(), ['zh', 'en'] as const);
        break;
      case '--out':
        opts.out = next();
        break;
      case '--profile':
        opts.profile = next();
        break;
      case '--self-eval':
        opts.selfEval =
          inline === undefined ? 'perProject' : oneOf('--self-eval', inline, ['perProject', 'combined'] as const);
        break;
      case '--force':
        opts.force = true;
        break;
      case '--clear':
        opts.clear = true;
        break;
      case '-h':
      case '--help':
        opts.help = true;
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
