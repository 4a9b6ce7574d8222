import type { LabelTable } from './table';

/**
 * Column labels of an indicator table (target sheets, self-evaluations, monitoring tables), by role.
 * Roles whose content decides their meaning (指标性质 holds ≥/≤, 正向/反向 or 定量/定性) are typed
 * again by content: see recognize/header/columnKinds.ts.
 */
export type ColumnRole =
  /** 一级指标. */
  | 'level1'
  /** 二级指标. */
  | 'level2'
  /** 三级指标. */
  | 'level3'
  /** 指标名称 / 绩效指标: the indicator's name where there is no 三级 column. */
  | 'name'
  /** 指标内容: the name where no column says 三级 or 指标名称, a description otherwise. */
  | 'content'
  /** 绩效指标: the name only where no other column names the indicator (elsewhere a side label of the table). */
  | 'indicator'
  /** A value column of one sub-project or village (西坪镇尧山村 | 桃舟乡吾培村 …), told by content. */
  | 'subTarget'
  /** 年度指标值 / 指标值 / 目标值 / 当年预期实现值. */
  | 'target'
  /** 年初指标值 (self-evaluations with an adjusted target). */
  | 'initialTarget'
  /** 调整指标值 / 调整后指标值. */
  | 'adjustedTarget'
  /** 实施周期 / 中期 / 长期 指标值. */
  | 'periodTarget'
  /** 指标值类型: 定量 / 定性 (never the target). */
  | 'valueType'
  /** 指标性质 / 指标方向 / 符号: a comparator, a direction or a value type, told by content. */
  | 'comparator'
  /** 正向 / 反向 (指标方向性): which way is better. */
  | 'direction'
  /** 计量单位 / 度量单位. */
  | 'unit'
  /** 权重 / 分值. */
  | 'weight'
  /** 实际完成值 / 完成值 / 全年完成值. */
  | 'actual'
  /** 得分. */
  | 'score'
  /** 得分系数 (a share of the weight). */
  | 'scoreRatio'
  /** 偏差原因分析及改进措施. */
  | 'deviation'
  /** 指标解释 / 指标说明. */
  | 'explanation'
  /** 评分标准 / 绩效标准. */
  | 'standard'
  /** 指标值确定依据. */
  | 'basis'
  /** 绩效指标描述. */
  | 'description'
  /** 备注. */
  | 'remark'
  /** 序号. */
  | 'seq'
  /** 执行数 / 执行进度 / 1–N月执行情况 (monitoring). */
  | 'progress'
  /** 预计全年完成 (monitoring). */
  | 'forecast';

export const COLUMN_LABELS: LabelTable<ColumnRole> = {
  level1: ['一级指标', '一级', '一级指标名称', '一级指标(分值)', '一级目标', '绩效指标分类'],
  level2: ['二级指标', '二级', '二级指标名称', '二级指标(分值)'],
  level3: ['三级指标', '三级', '三级指标名称', '三级指标(分值)'],
  name: ['指标名称', '绩效指标名称', '具体指标', '考核指标', '指标项'],
  content: ['指标内容', '绩效指标内容'],
  indicator: ['绩效指标', '指标'],
  subTarget: [],
  target: [
    '指标值',
    '年度指标值',
    '目标值',
    '年度目标值',
    '当年预期实现值',
    '预期实现值',
    '计划指标值',
    '指标值(或计划水平)',
    '计划指标值(或计划水平)',
    '指标值及单位',
    '预期目标值',
    '绩效目标值',
    '本年指标值',
    '本年度指标值',
    // One value per region under a merged header (city-to-county transfers): the regions are sub-targets.
    /^(区域|分区域|各区域|地区|分地区|各地区|各地|分县|各县)(绩效)?(目标|指标)值$/,
    '年度预期指标值',
    '年度指标值(A)',
    '年度指标',
    '年度绩效指标值',
    '指标目标值',
    '全年指标值',
    '标准值',
    '预期值',
    '目标',
  ],
  initialTarget: ['年初指标值', '年初目标值'],
  adjustedTarget: ['调整指标值', '调整后指标值', '调整后目标值'],
  periodTarget: [
    '实施周期指标值',
    '实施期指标值',
    '实施期目标值',
    '中期指标值',
    '中期目标值',
    '长期指标值',
    '长期目标值',
    '实施周期目标值',
    '周期指标值',
    '项目周期指标值',
    '实施期指标',
  ],
  valueType: ['指标值类型', '指标类型', '指标属性', '定性/定量', '定量/定性'],
  comparator: [
    '指标性质',
    '指标方向',
    '指标方向性',
    '符号',
    '比较符',
    '运算符号',
    '计算符号',
    '比较方式',
    '指标值方向',
  ],
  direction: ['正向/反向', '正反向', '指标正反向'],
  unit: ['计量单位', '度量单位', '单位', '指标单位', '计算单位'],
  weight: [
    '权重',
    '分值',
    '指标权重',
    '指标分值',
    '权重(%)',
    '分值权重',
    '标准分值',
    '权重分值',
    '指标权重(分)',
    '分数',
    '参考分值',
    '满分',
  ],
  actual: [
    '实际完成值',
    '完成值',
    '全年完成值',
    '实际值',
    '全年实际值',
    '实际完成',
    '实际完成值(B)',
    '全年实际完成值',
    '实际达成值',
    '实际完成情况',
  ],
  score: ['得分', '自评得分', '指标得分', '评分', '实际得分', '指标得分(分)', '评价得分'],
  scoreRatio: ['得分系数', '得分系数(%)', '完成系数'],
  deviation: [
    '偏差原因分析及改进措施',
    '偏差原因',
    '偏差原因分析',
    '未完成原因分析',
    '未完成原因',
    '原因分析',
    '偏差原因及改进措施',
    '未完成原因和改进措施',
    '原因分析及改进措施',
    '未达到指标值原因',
    '偏差或不能完成目标原因分析',
  ],
  explanation: ['指标解释', '指标说明', '指标含义'],
  standard: [
    '评分标准',
    '计分标准',
    '评分办法',
    '计分办法',
    '绩效标准',
    '指标说明及评分标准',
    '评分办法',
    '评价标准',
    '评分规则',
    '考核标准',
    /(评价|评分|绩效|考核)标准$/,
  ],
  basis: ['指标值确定依据', '确定依据', '指标值设定依据', '指标值依据', '设定依据', /确定依据$/],
  description: ['绩效指标描述', '指标描述'],
  remark: ['备注', '说明'],
  seq: ['序号', '编号'],
  progress: [
    '执行数',
    '执行进度',
    '执行情况',
    '完成进度',
    '实际执行情况',
    '目前完成情况',
    '1-6月执行情况',
    /^1[-~至]\d{1,2}月(执行|完成)(数|情况|值)?$/,
    /^截至\d{1,2}月(底|末)?(执行|完成)(数|情况|值)?$/,
    /^(半年度?|上半年|前三季度|1-\d{1,2}月)(指标)?(执行|完成)(情况|值|进度)$/,
  ],
  forecast: [
    '预计全年完成',
    '全年预计完成',
    '预计年底完成',
    '全年预计完成情况',
    '预计完成情况',
    '预计完成值',
    '完成目标可能性',
    '全年完成目标可能性',
    /^(全年)?完成目标(的)?可能性/,
  ],
};
