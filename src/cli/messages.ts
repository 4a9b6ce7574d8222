import type { Lang } from '../core/lang';
import type { SkipReason } from './inputs';
import type { WrittenCopy } from './output';

/** What the command says beyond the report itself, in each language; printed once, in the chosen one. */
export const CLI_MESSAGES = {
  zh: {
    skipped: (path: string, reason: string) => `○ ${path}：已跳过 — ${reason}`,
    reasons: {
      'not-workbook': '不是工作簿（扩展名不是 .xlsx、.xlsm、.xltx、.xltm、.xls、.et）',
      'lock-file': 'Excel 打开文件时留下的临时锁文件（~$…）',
      subfolder: '子目录（加 -r 一并检查）',
      'empty-folder': '目录中没有工作簿',
    } satisfies Record<SkipReason, string>,
    nothingChecked: '没有检查任何工作簿：请给出 .xlsx、.xls 或 .et 文件，或含有它们的目录',
    copyWritten: (c: WrittenCopy) => {
      const notes = [
        ...(c.insteadOf ? [`${c.insteadOf} 已存在，另存为此名`] : []),
        ...(c.fromXls ? ['原文件为旧版 .xls/.et，副本为 .xlsx'] : []),
      ];
      return notes.length > 0 ? `已写入 ${c.path}（${notes.join('；')}）` : `已写入 ${c.path}`;
    },
    copyRefused: (path: string, why: string) => `${path}：未写入副本 — ${why}`,
    summaryWritten: (path: string, rows: number) => `已写入汇总表：${path}（${rows} 行）`,
    unreadable: (path: string, why: string) => `${path}：无法读取 — ${why}`,
    profileMissing: (path: string) => `找不到配置文件 ${path}`,
    profileNotJson: (path: string, why: string) => `配置文件 ${path} 不是有效的 JSON：${why}`,
    profileUnknownKey: (path: string, key: string, known: string) =>
      `配置文件 ${path} 中有未知的项“${key}”（可用的项：${known}）`,
    profileInvalid: (path: string, where: string, why: string) => `配置文件 ${path} 中“${where}”的取值无效：${why}`,
    writeFailed: (path: string, why: string) => `无法写入 ${path}：${why}`,
  },
  en: {
    skipped: (path: string, reason: string) => `○ ${path}: skipped — ${reason}`,
    reasons: {
      'not-workbook': 'not a workbook (the name does not end in .xlsx, .xlsm, .xltx, .xltm, .xls or .et)',
      'lock-file': 'an Excel lock file (~$…), left while a workbook is open',
      subfolder: 'a subfolder (add -r to check it too)',
      'empty-folder': 'the folder holds no workbook',
    } satisfies Record<SkipReason, string>,
    nothingChecked: 'No workbook was checked: name .xlsx, .xls or .et files, or folders holding them',
    copyWritten: (c: WrittenCopy) => {
      const notes = [
        ...(c.insteadOf ? [`${c.insteadOf} exists, so this name`] : []),
        ...(c.fromXls ? ['the input is a legacy .xls/.et; its copy is an .xlsx'] : []),
      ];
      return notes.length > 0 ? `Written: ${c.path} (${notes.join('; ')})` : `Written: ${c.path}`;
    },
    copyRefused: (path: string, why: string) => `${path}: no copy written — ${why}`,
    summaryWritten: (path: string, rows: number) => `Summary written: ${path} (${rows} rows)`,
    unreadable: (path: string, why: string) => `${path}: cannot be read — ${why}`,
    profileMissing: (path: string) => `Profile not found: ${path}`,
    profileNotJson: (path: string, why: string) => `The profile ${path} is not valid JSON: ${why}`,
    profileUnknownKey: (path: string, key: string, known: string) =>
      `The profile ${path} has an unknown key "${key}" (known keys: ${known})`,
    profileInvalid: (path: string, where: string, why: string) =>
      `The profile ${path} has an invalid "${where}": ${why}`,
    writeFailed: (path: string, why: string) => `Cannot write ${path}: ${why}`,
  },
} satisfies Record<Lang, unknown>;

export type CliMessages = (typeof CLI_MESSAGES)['zh'];
