/**
 * Which way an indicator's wording points: rates where more is better, and
 * where less is better (budget-management rates such as 预算调整率 and 结转结余率 included; a 控制率 only
 * of spending or staff, since 病虫害控制率 is higher-is-better). Used to spot contradicting comparators and to score
 * targets stated without one.
 */
export const HIGHER_IS_BETTER =
  /满意度|满意率|合格率|达标率|及时率|完成率|覆盖率|准确率|完好率|正常运行率|正常运转率|正常使用率|在线率|通过率|优良率|良好率|畅通率|整改率|出勤率/;

export const LOWER_IS_BETTER =
  /故障率|事故率|败诉率|撤改率|误工|发生率|受害率|差错率|投诉率|死亡率|失误率|返工率|调整率|结转结余率|结余率|结转率|变动率|偏差率|超支率|闲置率|(经费|人员|成本|费用|支出)控制率/;

/** Wording of quantities that are usually capped (durations, costs, control rates): a bare number there is an upper bound. */
const CAPPED_QUANTITY = /时间|时长|成本|费用|单价|控制率/;

/** For a target written without comparator (`5%`, `24小时`): does the wording mean "at most"? */
export function bareTargetIsUpperBound(indicatorName: string): boolean {
  return LOWER_IS_BETTER.test(indicatorName) || CAPPED_QUANTITY.test(indicatorName);
}

/** A cost indicator: filed under 成本 (as 一级 or 二级), or named as a cost. */
export function isCostIndicator(ind: { level1: string | null; level2: string | null; level3: string }): boolean {
  return (
    ind.level1 === '成本指标' ||
    ind.level2 === '成本指标' ||
    ind.level2 === '经济成本指标' ||
    (ind.level2 === null && /成本|费用|单价/.test(ind.level3))
  );
}
