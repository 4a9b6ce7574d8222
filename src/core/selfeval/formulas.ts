import type { Profile } from '../profile';
import type { Tiers } from './scoring';

/**
 * Native Excel formulas (no LAMBDA/LET/dynamic arrays) so Excel 2016, WPS and
 * LibreOffice compute the same as scoring.ts. Arguments are A1 references.
 */

export function higherIsBetterFormula(weight: string, target: string, actual: string): string {
  return `IF(ISNUMBER(${actual}),IF(${target}<=0,IF(${actual}>=${target},${weight},0),ROUND(MIN(${weight},${weight}*${actual}/${target}),2)),"")`;
}

export function lowerIsBetterFormula(
  weight: string,
  target: string,
  actual: string,
  rule: Profile['lowerIsBetterRule'],
): string {
  const over =
    rule === 'linear'
      ? `IF(${target}<=0,0,ROUND(MAX(0,${weight}*(1-(${actual}-${target})/${target})),2))`
      : `ROUND(${weight}*${target}/${actual},2)`;
  return `IF(ISNUMBER(${actual}),IF(${actual}<=${target},${weight},${over}),"")`;
}

/** Tier bound lookup: IF(tier="达成",a,IF(tier="部分达成",b,c)). */
function byTier(tiers: Tiers, tier: string, pick: 'low' | 'high'): string {
  return `IF(${tier}="达成",${tiers.达成[pick]},IF(${tier}="部分达成",${tiers.部分达成[pick]},${tiers.未达成[pick]}))`;
}

/** A qualitative indicator's score: the reviewer's share clamped into the tier's bounds (the profile's tiers). */
export function qualitativeFormula(weight: string, tier: string, share: string, tiers: Tiers): string {
  const high = byTier(tiers, tier, 'high');
  const low = byTier(tiers, tier, 'low');
  return `IF(${tier}="","",ROUND(${weight}*MAX(${low},MIN(${high},IF(ISNUMBER(${share}),${share},${high}))),2))`;
}

export function executionRateFormula(executed: string, budget: string): string {
  return `IF(AND(ISNUMBER(${executed}),ISNUMBER(${budget}),${budget}>0),${executed}/${budget},"")`;
}

export function executionScoreFormula(rate: string, weight: string): string {
  return `IF(ISNUMBER(${rate}),ROUND(MIN(${rate},1)*${weight},2),"")`;
}

export function gradeFormula(total: string): string {
  return `IF(ISNUMBER(${total}),IF(${total}>=90,"优",IF(${total}>=80,"良",IF(${total}>=60,"中","差"))),"")`;
}
