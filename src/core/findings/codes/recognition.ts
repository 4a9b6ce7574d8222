import type { CatalogueEntry } from '../entry';

/** Codes raised while reading a sheet: what could not be read, and where. */
export const RECOGNITION_CODES = {
  UNRECOGNIZED_CONTENT: {
    severity: 'warning',
    area: 'recognition',
    title: '无法识别的内容',
    titleEn: 'Unrecognized content',
    zh: '无法识别：{detail}',
    en: 'Could not recognize: {detailEn}',
    why: '校验只能检查读懂了的内容；这一格的内容没有被当作任何指标或金额，其中的问题不会被发现。',
    whyEn:
      'Only what was understood is checked; this cell was not read as any indicator or amount, so problems in it go unnoticed.',
    fix: '按模板把内容填到对应的列（一级/二级/三级指标、指标值等），或删除多余的文字。',
    fixEn:
      'Put the content in the template column it belongs to (categories, indicator, target…), or remove stray text.',
  },
  PARTLY_READ: {
    severity: 'warning',
    area: 'recognition',
    title: '表格只读懂了一部分',
    titleEn: 'Table only partly read',
    zh: '{detail}，因此未检查{skipped}',
    en: '{detailEn}, so {skippedEn} was not checked',
    why: '表格的这一部分不符合任何已知的模板结构；为避免误报，依赖它的检查没有进行。',
    whyEn:
      'This part of the table fits no known template structure; checks that depend on it were skipped rather than risk a false alarm.',
    fix: '核对表头和行列是否与模板一致（表头文字、合并单元格、列的顺序）；如是新模板，请把样表反馈给我们。',
    fixEn:
      'Check the header and layout against the template (header labels, merged cells, column order); if it is a new template, send us a sample.',
  },
  NO_TARGET_SHEET: {
    severity: 'info',
    area: 'recognition',
    title: '未找到绩效目标表',
    titleEn: 'No performance target table',
    zh: '工作表“{sheet}”中未找到绩效目标表或自评表',
    en: 'No performance target or self-evaluation table found on sheet "{sheet}"',
    why: '这张工作表没有被检查。如果它本应是绩效目标表或自评表，说明表头没有被认出。',
    whyEn:
      'This sheet was not checked. If it should be a target or self-evaluation table, its header was not recognized.',
    fix: '如果这张表不是绩效表，可忽略；否则请确认表头含“一级指标/二级指标/三级指标/指标值”等标准列名。',
    fixEn:
      'Ignore this if the sheet is not a performance table; otherwise make sure its header has the standard column names (一级指标, 三级指标, 指标值…).',
  },
  MISPLACED_LABEL: {
    severity: 'warning',
    area: 'recognition',
    title: '指标标签错位',
    titleEn: 'Misplaced indicator label',
    zh: '“{label}”填在了{actual}列，应在{expected}列',
    en: '"{label}" is in the {actualEn} column; it belongs in the {expectedEn} column',
    why: '类别填错列会让审核人员和系统把指标归错类，汇总和自评打分都会受影响。',
    whyEn:
      'A label in the wrong column makes reviewers and systems file the indicator wrongly, which skews summaries and self-evaluation scores.',
    fix: '把该标签移到它所属的列，使每行的一级、二级、三级指标各在其列。',
    fixEn: 'Move the label to its column so that each row has its 一级, 二级 and 三级 in their own columns.',
  },
  MISSING_INDICATOR_NAME: {
    severity: 'error',
    area: 'recognition',
    title: '缺少指标名称',
    titleEn: 'Indicator without a name',
    zh: '第 {row} 行填写了{category}和指标值“{actual}”，但没有三级指标名称',
    en: 'Row {row} has {categoryEn} and the value "{actual}" but no indicator name',
    why: '没有名称的指标无法理解、无法考核，自评时也无法打分。',
    whyEn: 'An indicator without a name cannot be understood, monitored or scored.',
    fix: '在三级指标（指标名称）列写明考核的具体内容，如“设备采购数量”。',
    fixEn: 'Write what is measured in the indicator-name column, e.g. 设备采购数量.',
  },
  SHEET_TRUNCATED: {
    severity: 'warning',
    area: 'recognition',
    title: '工作表只检查了一部分',
    titleEn: 'Sheet checked in part',
    zh: '工作表“{sheet}”的已用区域过大（{used}），多半是远处有误输入的单元格；只检查了 {read}。删除多余的单元格后再校验',
    en: 'Sheet "{sheet}" has an oversized used range ({used}), most likely a stray entry far away; only {read} was checked. Delete the stray cells and check again',
    why: '超出检查范围的单元格没有被读取，其中的内容不会被检查。',
    whyEn: 'Cells beyond the checked area were not read, so nothing in them is checked.',
    fix: '删除远处误输入的单元格（或整行整列），保存后重新校验。',
    fixEn: 'Delete the stray far-away cells (or whole rows/columns), save and check again.',
  },
  RECOGNITION_FAILED: {
    severity: 'error',
    area: 'recognition',
    title: '工作表识别失败',
    titleEn: 'Sheet recognition failed',
    zh: '工作表“{sheet}”识别时出错，结果不完整：{reason}',
    en: 'Recognizing sheet "{sheet}" failed, results are incomplete: {reason}',
    why: '这张工作表的检查结果不完整。',
    whyEn: 'The results for this sheet are incomplete.',
    fix: '请把该工作簿反馈给我们以便修复；其他工作表的结果不受影响。',
    fixEn: 'Please send us the workbook so we can fix this; other sheets are not affected.',
  },
} as const satisfies Record<string, CatalogueEntry>;
