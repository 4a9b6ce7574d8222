import type { Lang } from '../core/lang';

export interface CliOptions {
  files: string[];
  format: 'text' | 'json';
  lang: Lang;
  out?: string;
  /** Generated 自评表: none, one sheet per project, or one combined sheet. */
  selfEval: false | 'perProject' | 'combined';
  profile?: string;
  help: boolean;
}

export const USAGE = `用法 / Usage: npm run check -- [文件或目录…] [选项]

  files…                 .xlsx 文件或目录（目录中的 .xlsx 全部检查）；省略时检查内置示例
                         .xlsx files or folders (every .xlsx inside); none: the bundled sample
  --format text|json     输出格式（默认 text）/ output format (default text)
  --lang zh|en           报告语言（默认 zh）/ report language (default zh)
  --out DIR              将带批注的副本写入 DIR（不改动原文件）/ write annotated copies to DIR
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
  const opts: CliOptions = { files: [], format: 'text', lang: 'zh', selfEval: false, help: false };
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
      case '-h':
      case '--help':
        opts.help = true;
        break;
      default:
        if (flag.startsWith('-')) throw new UsageError(`未知选项 ${flag} / unknown option ${flag}`);
        opts.files.push(a);
    }
  }
  if (opts.selfEval && !opts.out) throw new UsageError('--self-eval 需要与 --out 一起使用 / --self-eval needs --out');
  return opts;
}
