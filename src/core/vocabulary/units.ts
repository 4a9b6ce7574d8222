/**
 * Units of measure as targets write them, by what they measure (SPEC §4). Data, so that a unit a finance
 * office uses is one line: counts (个, 次, 人…), time (天, 小时…), money (元, 万元…), rates (%, ‰),
 * physical quantities (公里, 平方米…).
 */
export const COUNT_UNITS = [
  '个',
  '次',
  '人',
  '人次',
  '户',
  '家',
  '台',
  '套',
  '件',
  '项',
  '场',
  '期',
  '批',
  '所',
  '座',
  '处',
  '条',
  '份',
  '册',
  '本',
  '篇',
  '辆',
  '艘',
  '只',
  '头',
  '株',
  '棵',
  '名',
  '位',
  '班',
  '支',
  '部',
  '宗',
  '起',
  '张',
  '块',
  '间',
  '栋',
  '村',
  '镇',
  '县',
  '万人',
  '万人次',
  '万户',
  '千人',
  '个专项',
  '个项目',
] as const;

export const TIME_UNITS = ['年', '月', '个月', '周', '天', '日', '工作日', '小时', '分钟', '秒', '季度'] as const;

export const MONEY_UNITS = [
  '元',
  '万元',
  '亿元',
  '千元',
  '元/人',
  '万元/人',
  '元/人/年',
  '元/月',
  '元/年',
  '元/次',
] as const;

export const RATE_UNITS = ['%', '‰', '百分比'] as const;

export const MEASURE_UNITS = [
  '公里',
  '千米',
  '米',
  '平方米',
  '平方公里',
  '立方米',
  '万立方米',
  '亩',
  '万亩',
  '公顷',
  '吨',
  '万吨',
  '千克',
  '公斤',
  '千瓦',
  '千瓦时',
  '度',
  'M',
  'm',
  'km',
  'KM',
] as const;

const ALL = new Set<string>([...COUNT_UNITS, ...TIME_UNITS, ...MONEY_UNITS, ...RATE_UNITS, ...MEASURE_UNITS]);

/** Whether the text is a unit (or units joined by /, as in 人/次). */
export function isUnit(text: string): boolean {
  const t = text.trim();
  return t !== '' && t.split('/').every((p) => ALL.has(p) || ALL.has(p.replace(/^每/, '')));
}

/** The kind of quantity a unit measures. */
export type UnitKind = 'count' | 'time' | 'money' | 'rate' | 'measure';

const KIND = new Map<string, UnitKind>([
  ...COUNT_UNITS.map((u) => [u, 'count'] as const),
  ...TIME_UNITS.map((u) => [u, 'time'] as const),
  ...MONEY_UNITS.map((u) => [u, 'money'] as const),
  ...RATE_UNITS.map((u) => [u, 'rate'] as const),
  ...MEASURE_UNITS.map((u) => [u, 'measure'] as const),
]);

/** What a target's unit measures (`人/年` by its first part); undefined for no or an unknown unit. */
export function unitKind(unit: string): UnitKind | undefined {
  if (!unit) return undefined;
  return KIND.get(unit) ?? KIND.get(unit.split('/')[0]);
}
