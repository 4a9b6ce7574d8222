/** Why a file could not be read as a workbook; each with a message for people. */
export type XlsxReadReason = 'not-xlsx' | 'encrypted' | 'corrupt' | 'empty' | 'too-large';

const MESSAGES: Record<XlsxReadReason, { zh: string; en: string }> = {
  'not-xlsx': {
    zh: '不是 Excel/WPS 工作簿（.xlsx、.xlsm、.xls、.et）',
    en: 'Not an Excel or WPS workbook (.xlsx, .xlsm, .xls, .et)',
  },
  encrypted: {
    zh: '文件已加密（设置了打开密码）：请去掉密码后再校验',
    en: 'The file is password-protected: remove the password, then check again',
  },
  corrupt: { zh: '文件已损坏，无法读取', en: 'The file is damaged and cannot be read' },
  empty: { zh: '工作簿中没有工作表', en: 'The workbook has no worksheets' },
  'too-large': {
    zh: '文件过大：解压后的表格数据超过 1 GB（或单个工作表超过 512 MB），请拆分成几个工作簿后再校验',
    en: 'The file is too large: over 1 GB of sheet data unpacked (or one sheet over 512 MB); split it into several workbooks and check them',
  },
};

/** A file that cannot be read as a workbook: the reason, its message in both languages with what was found (`detail`, technical, e.g. the damaged part). */
export class XlsxReadError extends Error {
  readonly zh: string;
  readonly en: string;

  constructor(
    readonly reason: XlsxReadReason,
    readonly detail?: string,
  ) {
    const m = MESSAGES[reason];
    super(detail ? `${m.en}: ${detail}` : m.en);
    this.name = 'XlsxReadError';
    this.zh = detail ? `${m.zh}（${detail}）` : m.zh;
    this.en = detail ? `${m.en} (${detail})` : m.en;
  }
}

/** Classify bytes before parsing: zip (xlsx), CFB container (.xls, .et, or an encrypted .xlsx), or neither. */
export function sniff(bytes: Uint8Array): 'zip' | 'cfb' | 'other' {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return 'zip';
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return 'cfb';
  return 'other';
}
