import type { NumericTarget } from '../model/target';
import type { Profile } from '../profile';
import { bareTargetIsUpperBound } from '../taxonomy/direction';

/**
 * Self-evaluation scoring (财预〔2020〕10号, SPEC §6), the TypeScript twin of
 * the formulas written into generated sheets: both must give the same numbers.
 */

/** How an indicator is scored. */
export type ScoreRule = 'higher' | 'lower' | 'qualitative' | 'manual';

/** 达成 / 部分达成 / 未达成 and the share of the weight each allows (national rule; a profile may move the bounds). */
export const TIERS = {
  达成: { low: 0.8, high: 1 },
  部分达成: { low: 0.6, high: 0.8 },
  未达成: { low: 0, high: 0.6 },
} as const;
export type Tier = keyof typeof TIERS;
export type Tiers = Record<Tier, { low: number; high: number }>;

/** The tiers a profile sets: 达成 [achieved, 100%], 部分达成 [partly, achieved), 未达成 [0, partly). */
export function tiersOf(profile: Pick<Profile, 'qualitativeTiers'>): Tiers {
  const { achieved, partly } = profile.qualitativeTiers;
  return {
    达成: { low: achieved, high: 1 },
    部分达成: { low: partly, high: achieved },
    未达成: { low: 0, high: partly },
  };
}

/** The tier an actual states in words (达成预期指标, 部分完成, 未达到…), if it states one. */
export function tierOfText(text: string): Tier | undefined {
  const t = text.replace(/\s/g, '');
  if (/^(未|没有|不)(达成|完成|达到|实现)/.test(t)) return '未达成';
  if (/^(部分|基本)(达成|完成|达到|实现)/.test(t)) return '部分达成';
  if (/^(已|全部|全面|按期|按时)?(达成|完成|达到|实现)|^达标|^合格|^是$/.test(t)) return '达成';
  return undefined;
}

/** Round as Excel's ROUND(x, 2) does for the values scores take (half away from zero). */
export function round2(x: number): number {
  const sign = x < 0 ? -1 : 1;
  return (sign * Math.round(Math.abs(x) * 100 + 1e-9)) / 100;
}

/**
 * Direction of a numeric target: ≥/> higher, ≤/< lower, a bare level by wording. A satisfaction rate is
 * higher-is-better whatever comparator was filed (SPEC §6: a filed ≤ is itself a finding).
 */
export function ruleOfNumeric(target: NumericTarget, indicatorName: string): 'higher' | 'lower' {
  if (/满意/.test(indicatorName)) return 'higher';
  if (target.comparator === '>=' || target.comparator === '>') return 'higher';
  if (target.comparator === '<=' || target.comparator === '<') return 'lower';
  return bareTargetIsUpperBound(indicatorName) ? 'lower' : 'higher';
}

/** Score of a quantitative indicator with weight w. */
export function scoreQuantitative(
  rule: 'higher' | 'lower',
  weight: number,
  target: number,
  actual: number,
  profile: Pick<Profile, 'lowerIsBetterRule'>,
): number {
  if (rule === 'higher') {
    if (target <= 0) return actual >= target ? weight : 0;
    return round2(Math.min(weight, (weight * actual) / target));
  }
  if (actual <= target) return weight;
  if (profile.lowerIsBetterRule === 'linear') {
    return target <= 0 ? 0 : round2(Math.max(0, weight * (1 - (actual - target) / target)));
  }
  return round2((weight * target) / actual);
}

/** Score of a qualitative indicator: the reviewer's share, clamped into the tier (default its top). */
export function scoreQualitative(weight: number, tier: Tier, share?: number, tiers: Tiers = TIERS): number {
  const { low, high } = tiers[tier];
  const s = share === undefined ? high : Math.max(low, Math.min(high, share));
  return round2(weight * s);
}

/** 预算执行率 score: min(执行率, 100%) × weight; rate as a fraction (0.4778). */
export function executionScore(rate: number, weight: number): number {
  return round2(Math.min(rate, 1) * weight);
}

/** 自评等级 from the total: ≥90 优, ≥80 良, ≥60 中, else 差. */
export function gradeOf(total: number): '优' | '良' | '中' | '差' {
  if (total >= 90) return '优';
  if (total >= 80) return '良';
  if (total >= 60) return '中';
  return '差';
}
