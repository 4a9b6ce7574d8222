import type { Lang } from '../core/lang';
import type { Severity } from '../core/findings/finding';

/** Every string of the pane, zh-CN first. */
const STRINGS = {
  zh: {
    title: '绩效表校验',
    validate: '校验',
    validating: '正在校验…',
    scopeSheet: '当前工作表',
    scopeWorkbook: '整个工作簿',
    annotate: '写入批注',
    clear: '清除批注',
    selfEval: '生成自评表',
    combined: '合并为一张表',
    download: '下载批注副本',
    openFile: '打开 .xlsx 文件',
    dropHint: '把 .xlsx 文件拖到这里，或点击选择文件。文件只在本机浏览器中处理，不会上传。',
    browserMode: '浏览器模式（未检测到 Excel）',
    projects: '项目',
    indicators: '指标',
    selfEvaluations: '自评表',
    noFindings: '未发现问题',
    allSeverities: '全部',
    allCodes: '全部代码',
    other: '工作表级',
    reading: (done: number, total: number) => `读取单元格 ${done.toLocaleString()} / ${total.toLocaleString()}`,
    severity: { error: '错误', warning: '警告', info: '提示' } as Record<Severity, string>,
    completeness: '指标完整性',
    annotated: '已写入批注和校验报告',
    cleared: '已清除批注，单元格格式已还原',
    generated: (n: number) => `已生成 ${n} 张自评表`,
    failed: '操作失败：',
    language: 'English',
    selectedCell: '选中单元格',
  },
  en: {
    title: 'Target Sheet Checker',
    validate: 'Validate',
    validating: 'Validating…',
    scopeSheet: 'Active sheet',
    scopeWorkbook: 'Whole workbook',
    annotate: 'Write comments',
    clear: 'Clear comments',
    selfEval: 'Generate self-evaluation',
    combined: 'One sheet',
    download: 'Download annotated copy',
    openFile: 'Open an .xlsx file',
    dropHint:
      'Drop an .xlsx file here or click to choose one. The file is processed in this browser only; nothing is uploaded.',
    browserMode: 'Browser mode (Excel not detected)',
    projects: 'projects',
    indicators: 'indicators',
    selfEvaluations: 'self-evaluations',
    noFindings: 'No findings',
    allSeverities: 'All',
    allCodes: 'All codes',
    other: 'Sheet level',
    reading: (done: number, total: number) => `Reading cells ${done.toLocaleString()} / ${total.toLocaleString()}`,
    severity: { error: 'Errors', warning: 'Warnings', info: 'Info' } as Record<Severity, string>,
    completeness: 'Completeness',
    annotated: 'Comments and the report sheet were written',
    cleared: 'Comments cleared, cell formats restored',
    generated: (n: number) => `${n} self-evaluation sheets generated`,
    failed: 'Failed: ',
    language: '中文',
    selectedCell: 'Selected cell',
  },
};

export type Strings = (typeof STRINGS)['zh'];

export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}
