import type { LabelTable } from './table';

/**
 * Key/value fields of a form (label cell, value to its right or below), as finance offices label them.
 * name 项目名称 · department 主管部门 · unit 实施单位 · period 实施期 · code 项目编码 · kind 项目类别 (read, not used)
 * · periodGoal 实施期/中期/长期目标 · annualGoal 年度目标 · goal 绩效目标 (unqualified) · actualGoal 目标完成情况 (自评)
 * · deviation 偏差原因 (monitoring forms) · statedScore 自评得分 / 自评总分 stated above a self-evaluation's table.
 */
export type FieldRole =
  | 'name'
  | 'department'
  | 'unit'
  | 'period'
  | 'code'
  | 'kind'
  | 'periodGoal'
  | 'annualGoal'
  | 'goal'
  | 'actualGoal'
  | 'deviation'
  | 'statedScore';

export const FIELD_LABELS: LabelTable<FieldRole> = {
  name: [
    '项目名称',
    '项目支出名称',
    '项目(资金)名称',
    '项目资金名称',
    '资金名称',
    '专项名称',
    '专项资金名称',
    '转移支付名称',
    '转移支付项目名称',
    '项目全称',
    '二级项目名称',
    '项目(政策)名称',
    '政策(项目)名称',
    '政策名称',
  ],
  department: [
    '主管部门',
    '主管部门及代码',
    '主管部门(单位)',
    '部门名称',
    '部门(单位)名称',
    '预算部门',
    '主管单位',
    '一级预算单位',
    '归口部门',
  ],
  unit: ['实施单位', '项目单位', '资金使用单位', '项目实施单位', '预算单位', '单位名称', '实施主体', '二级预算单位'],
  period: [
    '项目实施期',
    '实施期',
    '实施期限',
    '实施周期',
    '项目期限',
    '项目周期',
    '项目支出实施期',
    '项目起止时间',
    '项目实施周期',
    '项目执行期',
  ],
  code: ['项目编码', '项目编号', '项目代码'],
  kind: ['项目类别', '项目类型', '项目属性', '支出类型', '项目分类', '归口科室', '归口处室', '项目负责人', '联系电话'],
  periodGoal: [
    '实施期目标',
    '实施期绩效目标',
    '实施期总体目标',
    '总体目标',
    '项目总体目标',
    '中期目标',
    '中期绩效目标',
    '中期滚动目标',
    '长期目标',
    '长期绩效目标',
    '整体目标',
  ],
  annualGoal: [
    '年度目标',
    '年度绩效目标',
    '本年度绩效目标',
    '本年度目标',
    '年度总体目标',
    '年度总体绩效目标',
    '当年绩效目标',
    '年度预期目标',
    '预期目标',
    '年初设定目标',
    '年初绩效目标',
    '项目年度目标',
    '年度项目目标',
    '本年度项目绩效目标',
  ],
  goal: ['绩效目标', '项目绩效目标', '整体绩效目标', '部门整体绩效目标', '总体绩效目标', '绩效目标描述', '项目目标'],
  actualGoal: [
    '实际完成情况',
    '年度目标完成情况',
    '全年实际完成情况',
    '目标完成情况',
    '年度总体目标完成情况',
    '总体目标完成情况',
    '实际完成目标',
  ],
  deviation: ['偏差或不能完成目标原因分析', '偏差原因分析', '偏差原因', '不能完成目标原因分析', '偏差原因及纠偏措施'],
  statedScore: ['自评得分', '自评总分', '自评分数', '自评总得分'],
};
