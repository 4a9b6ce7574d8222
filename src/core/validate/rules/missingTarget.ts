import { makeFinding } from '../../findings/make';
import { rule } from '../rule';
import { indicatorSite } from '../site';
import { unitOnly } from './targetParts';

/** Every indicator has a 年度指标值 (MISSING_TARGET); a target that is only a unit counts as missing. */
export const missingTarget = rule({
  scope: 'indicator',
  codes: ['MISSING_TARGET'],
  check({ owner, indicator }) {
    const onlyUnit = unitOnly(indicator.target);
    if (indicator.target.kind !== 'empty' && !onlyUnit) return [];
    const what = onlyUnit
      ? { what: `指标值（只填了单位“${onlyUnit}”）`, whatEn: `target value (only the unit "${onlyUnit}")` }
      : { what: '年度指标值', whatEn: 'annual target value' };
    return [
      makeFinding('MISSING_TARGET', indicatorSite(owner, indicator, indicator.targetCell), {
        actual: indicator.target.raw,
        params: { name: indicator.level3, ...what },
      }),
    ];
  },
});
