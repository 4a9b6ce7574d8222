import type { Indicator } from '../model/project';
import type { TargetValue } from '../model/target';
import { parseTarget } from '../parse/targetValue';
import { inferLevel2 } from '../taxonomy/infer';
import { normalizeLevel1, normalizeLevel2 } from '../taxonomy/labels';

/** The parts of an indicator as a sheet states them, before normalization. */
export interface IndicatorParts {
  level1Raw: string;
  level2Raw: string;
  level3: string;
  targetRaw: string;
  periodRaw?: string;
  description?: string;
  basis?: string;
  cell: string;
  targetCell: string;
  ordinal?: number;
}

/**
 * Typed indicator from what the sheet says: canonical 一级/二级 from their labels, target parsed;
 * a 二级 the sheet left out is inferred from the wording, with the reason kept.
 */
export function buildIndicator(parts: IndicatorParts): Indicator {
  const level1 = normalizeLevel1(parts.level1Raw);
  const target = parseTarget(parts.targetRaw);
  const indicator: Indicator = {
    level1,
    level1Raw: parts.level1Raw,
    level2: null,
    level2Raw: parts.level2Raw,
    level2Inferred: false,
    level3: parts.level3,
    target,
    cell: parts.cell,
    targetCell: parts.targetCell,
  };
  if (parts.level2Raw.trim() !== '') indicator.level2 = normalizeLevel2(parts.level2Raw);
  else Object.assign(indicator, inferred(parts.level3, level1, target));
  if (parts.periodRaw !== undefined && parts.periodRaw.trim() !== '') indicator.periodTarget = parseTarget(parts.periodRaw);
  if (parts.description) indicator.description = parts.description;
  if (parts.basis) indicator.basis = parts.basis;
  if (parts.ordinal !== undefined) indicator.ordinal = parts.ordinal;
  return indicator;
}

function inferred(level3: string, level1: Indicator['level1'], target: TargetValue): Partial<Indicator> {
  const inference = inferLevel2(level3, level1, target);
  return inference ? { level2: inference.level2, level2Inferred: true, inference } : {};
}
