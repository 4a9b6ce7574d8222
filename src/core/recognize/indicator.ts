import { memoizeRecent } from '../memo';
import type { Amount, Indicator } from '../model/project';
import { parseTarget } from '../parse/targetValue';
import { ownCopy } from '../text/ownCopy';
import { inferLevel2 } from '../taxonomy/classifier';
import { PARENT_OF } from '../taxonomy/categories';
import { frameworkDimension, level2Label, normalizeLevel1 } from '../taxonomy/labels';

/**
 * One string for each category label as written (产出指标, 数量指标): every indicator of a list
 * carries its labels, a few hundred distinct texts over hundreds of thousands of indicators.
 */
const internLabel = memoizeRecent(
  (label: string) => label,
  (label) => label,
);

/** Wording of a satisfaction indicator (满意度, 满意率, 满意程度). */
const SATISFACTION = /满意(度|率|程度)/;

/** The texts of an indicator as a sheet states them, before normalization. */
export interface IndicatorTexts {
  level1Raw: string;
  level2Raw: string;
  level3: string;
  targetRaw: string;
  periodRaw?: string;
  description?: string;
  basis?: string;
  weight?: Amount;
  direction?: 'higher' | 'lower';
  targetShownAs?: string;
  unitNotUnit?: { text: string; cell: string };
  unitConflict?: { text: string; cell: string };
  progress?: { text: string; cell: string };
  outlook?: { text: string; cell: string };
}

/** Where an indicator sits on the sheet. */
export interface IndicatorPlace {
  cell: string;
  targetCell: string;
  ordinal?: number;
}

/** What an indicator says, apart from where it sits. */
export type IndicatorContent = Omit<Indicator, keyof IndicatorPlace>;

/** Typed indicator from what the sheet says, placed at its cells. */
export function buildIndicator(parts: IndicatorTexts & IndicatorPlace): Indicator {
  return placeIndicator(indicatorContent(parts), parts);
}

/**
 * The content placed at its cells. Content objects may be shared, so they are copied, never
 * changed. The fields every indicator has come first, in one order, so that the indicators of a
 * table share one object shape (property reads stay fast in every rule that follows); the
 * occasional ones (framework … outlook) are added only when set: a province's list has a million indicators, and a slot
 * for each unset field was nearly half of each one's memory.
 */
export function placeIndicator(c: IndicatorContent, place: IndicatorPlace): Indicator {
  const indicator: Indicator = {
    level1: c.level1,
    level1Raw: c.level1Raw,
    level2: c.level2,
    level2Raw: c.level2Raw,
    level2Inferred: c.level2Inferred,
    inference: c.inference,
    level3: c.level3,
    target: c.target,
    cell: place.cell,
    targetCell: place.targetCell,
    ordinal: place.ordinal,
  };
  if (c.framework !== undefined) indicator.framework = c.framework;
  if (c.periodTarget !== undefined) indicator.periodTarget = c.periodTarget;
  if (c.description !== undefined) indicator.description = c.description;
  if (c.basis !== undefined) indicator.basis = c.basis;
  if (c.weight !== undefined) indicator.weight = c.weight;
  if (c.direction !== undefined) indicator.direction = c.direction;
  if (c.targetShownAs !== undefined) indicator.targetShownAs = c.targetShownAs;
  if (c.unitNotUnit !== undefined) indicator.unitNotUnit = c.unitNotUnit;
  if (c.unitConflict !== undefined) indicator.unitConflict = c.unitConflict;
  if (c.progress !== undefined) indicator.progress = c.progress;
  if (c.outlook !== undefined) indicator.outlook = c.outlook;
  return indicator;
}

/**
 * Canonical 一级/二级 from their labels, target parsed; a 二级 the sheet left out (or gave as the combined
 * 社会、经济、生态效益 row) is inferred from the wording, with the reason kept; a 一级 the sheet left out
 * follows from a stated 二级. Every field is set, as in placeIndicator.
 */
export function indicatorContent(parts: IndicatorTexts): IndicatorContent {
  const label2 = level2Label(parts.level2Raw);
  const stated = label2 !== null && label2 !== '效益(combined)' ? label2 : null;
  // A 一级 name in the 二级 column under an umbrella 一级 (实施效果指标 › 产出指标) is the indicator's 一级.
  const umbrella = label2 === null ? normalizeLevel1(parts.level2Raw) : null;
  let level1 = umbrella ?? normalizeLevel1(parts.level1Raw);
  if (label2 === '效益(combined)') level1 ??= '效益指标';
  // A satisfaction 二级 under 效益 is how older templates file 满意度 (社会公众或服务对象满意度指标).
  if (stated && (level1 === null || (level1 === '效益指标' && stated === '服务对象满意度指标')))
    level1 = PARENT_OF[stated];
  const target = parseTarget(parts.targetRaw);
  // 项目决策 / 项目管理 rows of a scorecard: the framework's own, with no 二级 to infer.
  const framework = level1 === null && stated === null ? frameworkDimension(parts.level1Raw) : undefined;
  const needsInference =
    framework === undefined &&
    stated === null &&
    (parts.level2Raw.trim() === '' || label2 === '效益(combined)' || umbrella !== null);
  // A satisfaction rate filed under 效益 with no 二级 (效果指标 › 救助对象满意度) is the template's 满意度.
  if (needsInference && level1 === '效益指标' && SATISFACTION.test(parts.level3)) level1 = '满意度指标';
  const inference = needsInference
    ? (inferLevel2(parts.level3, level1, target, parts.description) ?? undefined)
    : undefined;
  return {
    level1,
    level1Raw: internLabel(parts.level1Raw),
    framework,
    level2: stated ?? inference?.level2 ?? null,
    level2Raw: internLabel(parts.level2Raw),
    level2Inferred: inference !== undefined,
    inference,
    level3: ownCopy(parts.level3),
    target,
    periodTarget:
      parts.periodRaw !== undefined && parts.periodRaw.trim() !== '' ? parseTarget(parts.periodRaw) : undefined,
    description: parts.description || undefined,
    basis: parts.basis || undefined,
    weight: parts.weight,
    direction: parts.direction,
    targetShownAs: parts.targetShownAs,
    unitNotUnit: parts.unitNotUnit,
    unitConflict: parts.unitConflict,
    progress: parts.progress,
    outlook: parts.outlook,
  };
}
