import type { Lang } from '../core/lang';
import type { Severity } from '../core/findings/finding';
import type { CategoryState } from '../core/report/overview';
import type { Progress } from '../worker/protocol';

const n = (x: number) => x.toLocaleString('en-US');

/** Every string of the pane, zh-CN first. Catalogue texts (titles, why, how to fix) come from the catalogue. */
const STRINGS = {
  zh: {
    title: '绩效表校验',
    validate: '校验',
    revalidate: '重新校验',
    cancel: '取消',
    scope: '校验范围',
    scopeSheet: '当前工作表',
    scopeWorkbook: '整个工作簿',
    annotate: '写入批注',
    clear: '清除批注',
    selfEval: '生成自评表',
    selfEvalPerProject: '每个项目一张表',
    selfEvalCombined: '全部项目合并为一张表',
    download: '下载批注副本',
    downloadHintNothing: '先“写入批注”或“生成自评表”，才有可下载的副本。',
    openFile: '打开工作簿（.xlsx、.xls、.et）',
    openAnother: '打开其他文件',
    dropHint:
      '把工作簿（.xlsx、.xlsm、.xls、.et）拖到这里，或按 Enter / 点击选择文件。文件只在本机浏览器中处理，不会上传。',
    browserMode: '浏览器模式',
    browserModeNote: '未在 Excel 中运行：批注写入可下载的副本，原文件不会改动。',
    officeShort: (s: number) => `office.js ${s} 秒内未加载`,
    officeTimeout: (s: number) =>
      `Office 组件（office.js）${s} 秒内未加载完成，因此进入浏览器模式。如在 Excel 中，请检查网络后重新打开面板。`,
    language: 'English',
    languageLabel: 'Switch to English',
    tabOverview: '概览',
    tabFindings: '问题',
    tabSheet: '工作表',
    projects: '个项目',
    indicators: '个指标',
    selfEvaluations: '张自评表',
    complete: (k: number, m: number) => `${n(k)} / ${n(m)} 个项目指标类别完整`,
    noProjects: '未识别到绩效目标表项目。',
    budget: '预算',
    wan: '万元',
    noBudget: '未填预算',
    selfEvalTag: '自评表',
    sheetLevel: '工作表级问题',
    showMore: (k: number) => `再显示 ${n(k)} 个`,
    missingChart: '各类指标缺失的项目数',
    missingChartNone: '所有项目的指标类别都完整。',
    missingBar: (cat: string, missing: number, undetermined: number) =>
      `${cat}：缺少 ${n(missing)} 个项目${undetermined ? `，待确认 ${n(undetermined)} 个` : ''}`,
    legend: '图例',
    categoryState: {
      present: '有',
      missing: '缺少',
      undetermined: '待确认',
      notRequired: '不要求',
    } as Record<CategoryState, string>,
    filterProject: (name: string) => `只看此项目的问题：${name}`,
    severity: { error: '错误', warning: '警告', info: '提示' } as Record<Severity, string>,
    severityFilter: '按严重程度筛选',
    groupBy: '分组',
    groupBySeverity: '按严重程度',
    groupByProject: '按项目',
    area: '检查类别',
    allAreas: '全部类别',
    project: '项目',
    allProjects: '全部项目',
    moreProjects: (k: number) => `另有 ${n(k)} 个项目未列出：在概览中点击项目名，或在搜索框输入项目名。`,
    search: '搜索问题',
    searchPlaceholder: '搜索标题、说明、单元格、项目',
    clearFilters: '清除筛选',
    showing: (k: number, m: number) => `显示 ${n(k)} / ${n(m)} 条问题`,
    noFindings: '未发现问题。',
    noMatch: '没有符合筛选条件的问题。',
    findingsTree: '校验问题',
    other: '工作表级',
    why: '为什么要改',
    fix: '如何修改',
    expected: '应为',
    actual: '实际',
    indicator: '指标',
    code: '代码',
    keyboardHint: '↑↓ 移动 · → 展开 · Enter 定位单元格 · Esc 返回',
    previewLabel: (sheet: string) => `工作表预览：${sheet}`,
    previewSheet: '工作表',
    previewPart: (r: number, c: number, tr: number, tc: number) =>
      `预览显示前 ${n(r)} 行 × ${n(c)} 列（共 ${n(tr)} 行 × ${n(tc)} 列）；问题列表包含全部内容。`,
    previewFindings: (k: number) => `${n(k)} 条问题`,
    backHint: '按 Esc 返回问题列表',
    status: {
      opening: (file: string) => `正在打开 ${file}…`,
      opened: (file: string, sheets: number) => `已打开 ${file}（${n(sheets)} 张工作表）。请点击“校验”。`,
      openFailed: (file: string, reason: string) => `无法打开 ${file}：${reason}`,
      openCancelled: (file: string) => `已取消打开 ${file}。`,
      validating: '正在校验…',
      validated: (total: number, e: number, w: number, i: number) =>
        total === 0
          ? '校验完成：未发现问题。'
          : `校验完成：${n(total)} 条问题（错误 ${n(e)}、警告 ${n(w)}、提示 ${n(i)}）。`,
      validateCancelled: '已取消校验，之前的结果已清空。',
      annotating: '正在写入批注…',
      annotatedExcel: (cells: number) => `已在 ${n(cells)} 个单元格写入批注，并添加“校验报告”工作表。`,
      annotatedCopy: (cells: number) =>
        `批注已写入下载副本（${n(cells)} 个单元格和“校验报告”工作表），原文件未改动。点击“下载批注副本”保存。`,
      clearing: '正在清除批注…',
      clearedExcel: '已清除本工具写入的批注和工作表，单元格格式已还原。',
      clearedNothing: '没有本工具写入的批注，无需清除。',
      clearedCopy: '已从下载副本中去掉批注和自评表。',
      generating: '正在生成自评表…',
      generatedExcel: (k: number) => `已生成 ${n(k)} 张自评表。`,
      generatedCopy: (k: number) => `已生成 ${n(k)} 张自评表，放在下载副本中。`,
      downloading: '正在生成下载副本…',
      downloaded: (file: string) => `已下载 ${file}。`,
      cancelled: '已取消。',
      failed: (what: string) => `操作失败：${what}`,
    },
    progress: (p: Progress, seconds: number): string => {
      switch (p.stage) {
        case 'open':
          return p.total > 0 ? `读取工作表 ${n(p.done)} / ${n(p.total)}` : '解压文件…';
        case 'read':
          return `读取单元格 ${n(p.done)} / ${n(p.total)}`;
        case 'check':
          return `识别与校验 ${n(p.total)} 张工作表…（${seconds} 秒）`;
        case 'send':
        case 'receive':
          return `接收结果 ${n(p.done)} / ${n(p.total)} 条`;
        case 'write':
          return `生成副本中…（${seconds} 秒）`;
      }
    },
  },
  en: {
    title: 'Target Sheet Checker',
    validate: 'Validate',
    revalidate: 'Revalidate',
    cancel: 'Cancel',
    scope: 'Scope',
    scopeSheet: 'Active sheet',
    scopeWorkbook: 'Whole workbook',
    annotate: 'Write comments',
    clear: 'Clear comments',
    selfEval: 'Self-evaluation sheets',
    selfEvalPerProject: 'One sheet per project',
    selfEvalCombined: 'All projects on one sheet',
    download: 'Download annotated copy',
    downloadHintNothing: 'Write comments or generate self-evaluation sheets first: they are what the copy holds.',
    openFile: 'Open a workbook (.xlsx, .xls, .et)',
    openAnother: 'Open another file',
    dropHint:
      'Drop a workbook (.xlsx, .xlsm, .xls, .et) here, or press Enter / click to choose one. The file is processed in this browser only; nothing is uploaded.',
    browserMode: 'Browser mode',
    browserModeNote: 'Not running in Excel: comments go into a copy to download; the opened file is not changed.',
    officeShort: (s: number) => `office.js did not load in ${s} s`,
    officeTimeout: (s: number) =>
      `Office (office.js) did not load within ${s} s, so this is the browser mode. In Excel, check the network and reopen the pane.`,
    language: '中文',
    languageLabel: '切换到中文',
    tabOverview: 'Overview',
    tabFindings: 'Findings',
    tabSheet: 'Sheet',
    projects: 'projects',
    indicators: 'indicators',
    selfEvaluations: 'self-evaluations',
    complete: (k: number, m: number) => `${n(k)} of ${n(m)} projects have every category`,
    noProjects: 'No target-sheet projects were recognized.',
    budget: 'Budget',
    wan: '×10k yuan',
    noBudget: 'no budget given',
    selfEvalTag: 'Self-evaluation',
    sheetLevel: 'Sheet-level findings',
    showMore: (k: number) => `Show ${n(k)} more`,
    missingChart: 'Projects missing each category',
    missingChartNone: 'Every project has every category.',
    missingBar: (cat: string, missing: number, undetermined: number) =>
      `${cat}: missing in ${n(missing)} projects${undetermined ? `, ${n(undetermined)} to confirm` : ''}`,
    legend: 'Legend',
    categoryState: {
      present: 'present',
      missing: 'missing',
      undetermined: 'to confirm',
      notRequired: 'not required',
    } as Record<CategoryState, string>,
    filterProject: (name: string) => `Show only this project's findings: ${name}`,
    severity: { error: 'Error', warning: 'Warning', info: 'Info' } as Record<Severity, string>,
    severityFilter: 'Filter by severity',
    groupBy: 'Group',
    groupBySeverity: 'By severity',
    groupByProject: 'By project',
    area: 'Check area',
    allAreas: 'All areas',
    project: 'Project',
    allProjects: 'All projects',
    moreProjects: (k: number) =>
      `${n(k)} more projects are not listed here: select one by name in the overview, or search for its name.`,
    search: 'Search findings',
    searchPlaceholder: 'Search titles, messages, cells, projects',
    clearFilters: 'Clear filters',
    showing: (k: number, m: number) => `Showing ${n(k)} of ${n(m)} findings`,
    noFindings: 'No findings.',
    noMatch: 'No findings match the filters.',
    findingsTree: 'Findings',
    other: 'Sheet level',
    why: 'Why fix',
    fix: 'How to fix',
    expected: 'Expected',
    actual: 'Actual',
    indicator: 'Indicator',
    code: 'Code',
    keyboardHint: '↑↓ move · → expand · Enter go to cell · Esc back',
    previewLabel: (sheet: string) => `Sheet preview: ${sheet}`,
    previewSheet: 'Sheet',
    previewPart: (r: number, c: number, tr: number, tc: number) =>
      `The preview shows the first ${n(r)} rows × ${n(c)} columns (of ${n(tr)} × ${n(tc)}); the findings list covers everything.`,
    previewFindings: (k: number) => `${n(k)} findings`,
    backHint: 'Press Esc to return to the findings',
    status: {
      opening: (file: string) => `Opening ${file}…`,
      opened: (file: string, sheets: number) => `Opened ${file} (${n(sheets)} sheets). Select Validate.`,
      openFailed: (file: string, reason: string) => `Could not open ${file}: ${reason}`,
      openCancelled: (file: string) => `Opening ${file} was cancelled.`,
      validating: 'Validating…',
      validated: (total: number, e: number, w: number, i: number) =>
        total === 0
          ? 'Validated: no findings.'
          : `Validated: ${n(total)} findings (${n(e)} errors, ${n(w)} warnings, ${n(i)} info).`,
      validateCancelled: 'Validation cancelled; the earlier results were cleared.',
      annotating: 'Writing comments…',
      annotatedExcel: (cells: number) => `Comments written on ${n(cells)} cells, and the 校验报告 report sheet added.`,
      annotatedCopy: (cells: number) =>
        `Comments are in the copy to download (${n(cells)} cells and the 校验报告 report sheet); the opened file is unchanged. Select "Download annotated copy" to save it.`,
      clearing: 'Clearing comments…',
      clearedExcel: "The checker's comments and sheets were removed and cell formats restored.",
      clearedNothing: 'There were no comments of this checker to clear.',
      clearedCopy: 'Comments and self-evaluation sheets were taken out of the copy to download.',
      generating: 'Generating self-evaluation sheets…',
      generatedExcel: (k: number) => `${n(k)} self-evaluation sheets generated.`,
      generatedCopy: (k: number) => `${n(k)} self-evaluation sheets generated, in the copy to download.`,
      downloading: 'Building the copy to download…',
      downloaded: (file: string) => `Downloaded ${file}.`,
      cancelled: 'Cancelled.',
      failed: (what: string) => `Failed: ${what}`,
    },
    progress: (p: Progress, seconds: number): string => {
      switch (p.stage) {
        case 'open':
          return p.total > 0 ? `Reading sheet ${n(p.done)} of ${n(p.total)}` : 'Unpacking the file…';
        case 'read':
          return `Reading cells ${n(p.done)} of ${n(p.total)}`;
        case 'check':
          return `Recognizing and checking ${n(p.total)} sheets… (${seconds} s)`;
        case 'send':
        case 'receive':
          return `Receiving findings ${n(p.done)} of ${n(p.total)}`;
        case 'write':
          return `Building the copy… (${seconds} s)`;
      }
    },
  },
};

export type Strings = (typeof STRINGS)['zh'];

export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}
