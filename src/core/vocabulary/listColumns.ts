import type { LabelTable } from './table';

/**
 * Project-level columns of a list table, where each project is a row (indicators in one cell) or a
 * band of rows (one indicator per row, project cells merged down). Amounts in the sheet's unit.
 * name 项目名称 · unit 单位名称 · department 主管部门 · total 总计 · fiscal 财政拨款 · fiscalSpecial 财政专户拨款 ·
 * other 其他资金 · goal 绩效目标 / 年度目标 · periodGoal 实施期目标 · indicatorsText 绩效指标 (all indicators in one cell).
 */
export type ListColumnRole =
  | 'name'
  | 'unit'
  | 'department'
  | 'total'
  | 'fiscal'
  | 'fiscalSpecial'
  | 'other'
  | 'goal'
  | 'periodGoal'
  | 'indicatorsText';

export const LIST_COLUMN_LABELS: LabelTable<ListColumnRole> = {
  name: [
    '项目名称',
    '项目名称(资金使用单位)',
    '项目(单位)名称',
    '项目支出名称',
    '项目',
    '项目(资金)名称',
    '专项名称',
    '二级项目名称',
    '转移支付名称',
  ],
  unit: ['单位名称', '资金使用单位', '实施单位', '预算单位', '项目单位', '单位'],
  department: ['主管部门', '部门名称', '预算部门'],
  total: [
    '总计',
    '合计',
    '资金总额',
    '预算总额',
    '金额合计',
    '预算数',
    '预算金额',
    '项目资金',
    '年度预算',
    '年度预算数',
    '年度资金总额',
    '预算资金',
    '项目预算',
    '绩效金额',
    '项目金额',
  ],
  fiscal: ['财政拨款', '财政资金', '一般公共预算', '财政拨款资金', /^财政拨款/],
  fiscalSpecial: ['财政专户拨款', '财政专户', '财政专户管理资金'],
  other: ['其他资金', '其他来源资金', '自筹资金', /^其他资金/],
  goal: ['绩效目标', '年度目标', '年度绩效目标', '本年度绩效目标', '项目绩效目标', '年度总体目标'],
  periodGoal: ['实施期目标', '实施期绩效目标', '中期目标', '长期目标'],
  indicatorsText: ['绩效指标', '项目绩效指标', '年度绩效指标', '绩效指标(含指标值)'],
};
