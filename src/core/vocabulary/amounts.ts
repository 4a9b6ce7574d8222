import type { LabelTable } from './table';

/**
 * Amount labels of a form's funding block (资金投入 / 预算规模 / 项目资金), by what they state.
 * `group:part`: group period 实施期/中期 · annual 年度/本年 · any (the label says neither);
 * part total 金额合计 · fiscal 财政拨款 · other 其他资金 · fiscalSpecial 财政专户 · carryover 上年结转.
 * A `其中：` prefix is dropped before lookup. Amounts are converted to 万元 by the unit the label,
 * its column header or the sheet states.
 */
export type AmountRole =
  | 'period:total'
  | 'annual:total'
  | 'any:total'
  | 'annual:fiscal'
  | 'annual:other'
  | 'any:fiscal'
  | 'any:other'
  | 'any:fiscalSpecial'
  | 'any:carryover';

export const AMOUNT_LABELS: LabelTable<AmountRole> = {
  'period:total': [
    '实施期金额',
    '实施期资金',
    '实施期资金总额',
    '实施期预算',
    '实施期预算数',
    '中期资金总额',
    '中期预算',
    '项目总金额',
    '项目总预算',
    '项目资金总额(实施期)',
    '项目总额',
    '项目总投资',
    '总投资',
    '总预算',
    /^(中期|实施期).{0,8}(预算|资金)(数|金额|总额)?$/,
  ],
  'annual:total': [
    '年度金额',
    '年度资金',
    '年度资金总额',
    '年度预算',
    '年度预算数',
    '年度预算金额',
    '本年预算',
    '本年预算数',
    '当年预算',
    '年初安排金额',
    '年初预算',
    '年初预算数',
    '年度本级预算金额',
    '本年度预算资金',
    '全年预算数',
    '当年资金总额',
    '年度预算资金总额',
    '年度预算资金',
    '当年年度预算',
    '年度资金申请总额',
    /^本?年度?(申请|安排).{0,12}(预算|资金)(数|金额)?$/,
    /^(当年|本年)(年度)?(预算|资金)(总额|数|金额)?$/,
    /^(本|当)?年度.{0,6}预算(数|金额|资金)$/,
  ],
  'any:total': [
    '预算数',
    '预算金额',
    '预算资金',
    '资金总额',
    '项目资金',
    '项目资金总额',
    '金额合计',
    '项目预算',
    '项目预算数',
    '申请金额',
    '资金合计',
    '合计',
    '总额',
    '总计',
    '项目金额',
    '项目预算金额',
    '资金总额及构成',
    '项目资金申请',
    '资金情况',
    /^(下达|安排|申请|拨付).{0,10}(投资|资金)$/,
  ],
  'annual:fiscal': [
    '本年财政拨款',
    '当年财政拨款',
    '年度财政拨款',
    /^(当年|本年)(中央|省|市|县|区)?级?财政(资金|拨款)$/,
  ],
  'annual:other': ['当年其他资金', '本年其他资金', '年度其他资金'],
  'any:fiscal': [
    '财政拨款',
    '财政资金',
    '财政拨款数',
    '财政拨款资金',
    '一般公共预算',
    '一般公共预算拨款',
    '一般公共预算资金',
    '本级财政资金',
    '财政性资金',
    '上级补助资金',
    '上级资金',
    '中央资金',
    /^财政(拨款|资金)(小计|合计)$/,
    /^(中央|省|市|县|区|省级|市级|县级|区级|本级)(财政)?(资金|补助|拨款)$/,
  ],
  'any:other': [
    '其他资金',
    '其它资金',
    '其他来源资金',
    '自筹资金',
    '单位资金',
    '社会资金',
    '单位自筹',
    '自有资金',
    '自有资金小计',
    '地方资金',
  ],
  'any:fiscalSpecial': ['财政专户', '财政专户拨款', '财政专户管理资金', '专户资金'],
  'any:carryover': ['上年结转', '上年结转资金', '结转资金'],
};

/**
 * Column headings of a funding block (金额(万元) over the amounts, 资金来源 over the sources): labels, never
 * amounts themselves.
 */
export const AMOUNT_HEADINGS: readonly string[] = [
  '金额',
  '资金来源',
  '资金额度',
  '来源',
  '资金性质',
  '年初安排金额',
  '成本构成',
  '测算依据',
  '测算(公式)依据',
];
