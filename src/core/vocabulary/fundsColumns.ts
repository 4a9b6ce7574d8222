import type { LabelTable } from './table';

/**
 * The funds table of a self-evaluation (项目资金 / 预算执行情况): columns and rows.
 * Columns: initialBudget 年初预算数 · fullYearBudget 全年(调整后)预算数 · executed 全年执行数 (monitoring: 1–N月执行数) ·
 * forecast 全年预计执行数 · weight 分值/权重 ·
 * rate 执行率 (%) · score 得分 · reason 原因. Amounts in 万元 unless the block states another unit.
 */
export type FundsColumnRole =
  'initialBudget' | 'fullYearBudget' | 'executed' | 'forecast' | 'weight' | 'rate' | 'score' | 'reason';

export const FUNDS_COLUMN_LABELS: LabelTable<FundsColumnRole> = {
  initialBudget: ['年初预算数', '年初预算', '年初预算金额', '年初批复预算', '年初安排数'],
  fullYearBudget: [
    '全年预算数',
    '全年预算',
    '调整后预算数',
    '调整后预算',
    '全年(调整)预算数',
    '全年预算数(A)',
    '年度预算数',
    '全年调整预算数',
    '预算调整数',
  ],
  executed: [
    '全年执行数',
    '预算执行数',
    '执行数',
    '全年执行数(B)',
    '实际支出',
    '全年实际支出',
    '实际执行数',
    '支出数',
    /^(1[-~至])?\d{1,2}月(底|末)?(执行数|支出数|实际支出)$/,
    /^截至\d{1,2}月(底|末)?(执行数|支出数)$/,
  ],
  forecast: ['全年预计执行数', '预计全年执行数', '全年预计支出', '预计执行数'],
  weight: ['分值', '权重', '执行率权重', '预算执行率权重'],
  rate: ['执行率', '预算执行率', '执行率(%)', '执行率(B/A)', '资金执行率'],
  score: ['得分', '执行率得分', '执行率得分(分)', '预算执行率得分'],
  reason: ['原因', '偏差原因', '未完成原因', '原因分析', '偏差原因分析'],
};

/** Rows of the funds table: total 年度资金总额 · fiscal 财政拨款 · carryover 上年结转 · other 其他资金 · special 财政专户. */
export type FundsRowRole = 'total' | 'fiscal' | 'carryover' | 'other' | 'fiscalSpecial' | 'unitFunds';

export const FUNDS_ROW_LABELS: LabelTable<FundsRowRole> = {
  total: ['年度资金总额', '总额', '合计', '资金总额', '年度资金总量', '总计', '项目资金总额'],
  fiscal: ['财政拨款', '本年财政拨款', '财政资金', '当年财政拨款', '财政拨款资金', '一般公共预算资金'],
  carryover: ['上年结转资金', '上年结转', '结转资金'],
  other: ['其他资金', '其他来源资金', '自筹资金'],
  fiscalSpecial: ['财政专户管理资金', '财政专户资金', '财政专户'],
  unitFunds: ['单位资金'],
};
