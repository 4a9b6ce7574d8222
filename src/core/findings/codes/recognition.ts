import type { CatalogueEntry } from '../entry';

/** Codes raised while recognizing layouts. */
export const RECOGNITION_CODES = {
  UNRECOGNIZED_CONTENT: {
    severity: 'warning',
    title: '无法识别的内容',
    titleEn: 'Unrecognized content',
    zh: '无法识别：{detail}',
    en: 'Could not recognize: {detailEn}',
  },
  NO_TARGET_SHEET: {
    severity: 'info',
    title: '未找到绩效目标表',
    titleEn: 'No performance target table',
    zh: '工作表“{sheet}”中未找到绩效目标表或自评表',
    en: 'No performance target or self-evaluation table found on sheet "{sheet}"',
  },
  MISPLACED_LABEL: {
    severity: 'warning',
    title: '指标标签错位',
    titleEn: 'Misplaced indicator label',
    zh: '“{label}”填在了{actual}列，应在{expected}列',
    en: '"{label}" is in the {actualEn} column; it belongs in the {expectedEn} column',
  },
  SHEET_TRUNCATED: {
    severity: 'warning',
    title: '工作表只检查了一部分',
    titleEn: 'Sheet checked in part',
    zh: '工作表“{sheet}”的已用区域过大（{used}），多半是远处有误输入的单元格；只检查了 {read}。删除多余的单元格后再校验',
    en: 'Sheet "{sheet}" has an oversized used range ({used}), most likely a stray entry far away; only {read} was checked. Delete the stray cells and check again',
  },
  RECOGNITION_FAILED: {
    severity: 'error',
    title: '工作表识别失败',
    titleEn: 'Sheet recognition failed',
    zh: '工作表“{sheet}”识别时出错，结果不完整：{reason}',
    en: 'Recognizing sheet "{sheet}" failed, results are incomplete: {reason}',
  },
} satisfies Record<string, CatalogueEntry>;
