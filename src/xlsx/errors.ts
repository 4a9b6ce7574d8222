/** Why a file could not be read as a workbook; each with a message for people. */
export type XlsxReadReason = 'not-xlsx' | 'encrypted' | 'corrupt' | 'empty' | 'too-large';

const MESSAGES: Record<XlsxReadReason, { zh: string; en: string }> = {
  'not-xlsx': {
    zh: '不是 .xlsx 工作簿（请在 Excel/WPS 中另存为 .xlsx）',
    en: 'Not an .xlsx workbook (save it as .xlsx in Excel or WPS)',
  },
  encrypted: {
    zh: '文件已加密（设置了打开密码）或是旧版 .xls 格式：请去掉密码或另存为 .xlsx 后再校验',
    en: 'The file is password-protected or a legacy .xls: remove the password or save it as .xlsx, then check again',
  },
  corrupt: { zh: '文件已损坏，无法读取', en: 'The file is damaged and cannot be read' },
  empty: { zh: '工作簿中没有工作表', en: 'The workbook has no worksheets' },
  'too-large': {
    zh: '文件过大：解压后的表格数据超过 1 GB（或单个工作表超过 512 MB），请拆分成几个工作簿后再校验',
    en: 'The file is too large: over 1 GB of sheet data unpacked (or one sheet over 512 MB); split it into several workbooks and check them',
  },
};

export class XlsxReadError extends Error {
  readonly zh: string;
  readonly en: string;

  constructor(
    readonly reason: XlsxReadReason,
    detail?: string,
  ) {
    const m = MESSAGES[reason];
    super(detail ? `${m.en}: ${detail}` : m.en);
    this.name = 'XlsxReadError';
    this.zh = m.zh;
    this.en = m.en;
  }
}

/** Classify bytes before parsing: zip (xlsx), CFB container (encrypted xlsx or .xls), or neither. */
export function sniff(bytes: Uint8Array): 'zip' | 'cfb' | 'other' {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return 'zip';
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return 'cfb';
  return 'other';
}
