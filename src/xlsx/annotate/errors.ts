/** Why an annotated copy (or a cleared one) could not be made; each with a message for people. */
export type XlsxWriteReason =
  'unreadable-package' | 'text-encoding' | 'damaged-part' | 'changed-since' | 'not-annotated' | 'failed';

const MESSAGES: Record<XlsxWriteReason, { zh: string; en: string }> = {
  'unreadable-package': {
    zh: '无法生成批注副本：文件的压缩包结构无法按原样复制',
    en: 'No annotated copy: the file’s zip structure cannot be copied as it is',
  },
  'text-encoding': {
    zh: '无法生成批注副本：工作簿中有部件不是 UTF-8 编码，修改它会改变原有内容',
    en: 'No annotated copy: a part of the workbook is not UTF-8, and editing it would change what it holds',
  },
  'damaged-part': {
    zh: '无法生成批注副本：工作簿中有部件的 XML 结构不完整（文件可能已损坏），无法在其中安全地加入批注',
    en: 'No annotated copy: a part of the workbook is malformed XML (the file may be damaged), so annotations cannot be added to it safely',
  },
  'changed-since': {
    zh: '无法清除批注：副本在写入批注后已被修改（例如在 Excel 中另存过），不能精确还原；请从原文件重新生成副本',
    en: 'Cannot clear: the copy was changed after the annotations were written (e.g. saved again in Excel), so it cannot be restored exactly; make a new copy from the original',
  },
  'not-annotated': {
    zh: '文件中没有本工具写入的批注',
    en: 'The file holds no annotations written by this tool',
  },
  failed: { zh: '无法生成批注副本', en: 'No annotated copy could be made' },
};

export class XlsxWriteError extends Error {
  readonly zh: string;
  readonly en: string;

  constructor(
    readonly reason: XlsxWriteReason,
    detail?: string,
  ) {
    const m = MESSAGES[reason];
    super(detail ? `${m.en}: ${detail}` : m.en);
    this.name = 'XlsxWriteError';
    this.zh = detail ? `${m.zh}（${detail}）` : m.zh;
    this.en = this.message;
  }
}

/** Why a copy could not be made, in both languages: the writer's own reason, or the error's text. */
export function writeFailure(e: unknown): { zh: string; en: string } {
  if (e instanceof XlsxWriteError) return { zh: e.zh, en: e.en };
  const detail = e instanceof Error ? e.message : String(e);
  return { zh: `${MESSAGES.failed.zh}：${detail}`, en: `${MESSAGES.failed.en}: ${detail}` };
}
