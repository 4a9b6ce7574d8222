import type { Finding } from '../../findings/finding';
import { makeFinding } from '../../findings/make';
import type { Indicator } from '../../model/project';
import type { NumericTarget } from '../../model/target';
import { formatTarget } from '../../parse/targetValue';
import { unitKind } from '../../vocabulary/units';
import { isScored, rule, type Owner } from '../rule';
import { indicatorSite } from '../site';
import { targetParts } from './targetParts';

/** A name that measures a share (…率), not a count or a rate of something else (…频率 is a count per period). */
const RATE_NAME = /率$|率[(（]|比例$|占比$/;
const NOT_A_SHARE = /频率|效率|功率|税率|利率|汇率/;
/** A name that measures a count (…数, …数量), not an index or a ratio. */
const COUNT_NAME =
  /(人数|户数|个数|次数|件数|台数|数量|家数|场次|人次|学生数|对象数|项目数|村数|公里数)$|(?<![指系倍分])数$/;

/** Units that measure the same thing on another scale: comparing a target and an actual across them is wrong. */
const SAME_SCALE = [
  ['%', '‰'],
  ['万元', '元'],
];

function nameVersusUnit(
  ind: Indicator,
  t: NumericTarget,
): { reason: string; reasonEn: string; expected: string } | null {
  const name = ind.level3.replace(/[(（][^()（）]*[)）]$/, '');
  const kind = unitKind(t.unit);
  if (RATE_NAME.test(name) && !NOT_A_SHARE.test(name) && kind === 'count')
    return { reason: '是比率，单位却是计数单位', reasonEn: 'is a rate but its unit is a count', expected: '%' };
  if (COUNT_NAME.test(name) && t.unit === '%')
    return {
      reason: '是数量，单位却是百分比',
      reasonEn: 'is a count but its unit is a percentage',
      expected: '个/人/次等计数单位',
    };
  return null;
}

function unitMismatch(owner: Owner, ind: Indicator, t: NumericTarget, out: Finding[]): void {
  const m = nameVersusUnit(ind, t);
  if (!m) return;
  out.push(
    makeFinding('UNIT_MISMATCH', indicatorSite(owner, ind, ind.targetCell), {
      actual: formatTarget(t),
      expected: m.expected,
      params: { name: ind.level3, reason: m.reason, reasonEn: m.reasonEn },
    }),
  );
}

/**
 * Units: a rate name with a count unit or a count name with % (UNIT_MISMATCH); in a self-evaluation, an
 * actual on another scale than its target (‰ against %), a target in another unit than its 计量单位 column
 * (28.8万元 beside %); a 计量单位 cell holding no unit (UNKNOWN_UNIT); a
 * date target shown as a plain number (DATE_SHOWN_AS_NUMBER).
 */
export const units = rule({
  scope: 'indicator',
  codes: ['UNIT_MISMATCH', 'UNKNOWN_UNIT', 'DATE_SHOWN_AS_NUMBER'],
  check({ owner, indicator }) {
    const out: Finding[] = [];
    for (const t of targetParts(indicator.target)) if (t.kind === 'numeric') unitMismatch(owner, indicator, t, out);
    if (isScored(indicator)) {
      const t = indicator.target;
      const a = indicator.actual;
      if (
        t.kind === 'numeric' &&
        a.kind === 'numeric' &&
        t.unit !== a.unit &&
        SAME_SCALE.some((f) => f.includes(t.unit) && f.includes(a.unit))
      )
        out.push(
          makeFinding('UNIT_MISMATCH', indicatorSite(owner, indicator, indicator.actualCell), {
            expected: t.unit,
            actual: a.unit,
            params: {
              name: indicator.level3,
              reason: '的实际完成值与年度指标值单位不同',
              reasonEn: 'has its actual in another unit than its target',
            },
          }),
        );
    }
    if (indicator.unitConflict) {
      out.push(
        makeFinding('UNIT_MISMATCH', indicatorSite(owner, indicator, indicator.targetCell), {
          actual: indicator.target.raw,
          expected: '两者一致（改正指标值或计量单位）',
          params: {
            name: indicator.level3,
            reason: `的指标值单位与计量单位栏（${indicator.unitConflict.text}）不一致`,
            reasonEn: `has a target in another unit than its unit column (${indicator.unitConflict.text})`,
          },
        }),
      );
    }
    if (indicator.unitNotUnit) {
      const { text, cell } = indicator.unitNotUnit;
      const isDate = indicator.targetShownAs !== undefined;
      out.push(
        makeFinding('UNKNOWN_UNIT', indicatorSite(owner, indicator, cell), {
          actual: text,
          params: {
            name: indicator.level3,
            reason: isDate ? '（是一个日期的序列号）' : '',
            reasonEn: isDate ? ' (it is a date serial number)' : '',
          },
        }),
      );
    }
    if (indicator.targetShownAs !== undefined && indicator.target.kind !== 'empty') {
      out.push(
        makeFinding('DATE_SHOWN_AS_NUMBER', indicatorSite(owner, indicator, indicator.targetCell), {
          expected: indicator.target.raw,
          actual: indicator.targetShownAs,
          params: { name: indicator.level3 },
        }),
      );
    }
    return out;
  },
});
