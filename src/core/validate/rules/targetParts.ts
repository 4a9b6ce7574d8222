import type { SimpleTarget, TargetValue } from '../../model/target';
import { isUnit } from '../../vocabulary/units';

const NONE: SimpleTarget[] = [];

/** The simple targets a target states: its parts when composite, itself, or none when empty. */
export function targetParts(t: TargetValue): SimpleTarget[] {
  return t.kind === 'composite' ? t.parts : t.kind === 'empty' ? NONE : [t];
}

/** A target that is only a unit, maybe with a comparator (`公里`, `≧ %`, `万亩`): the figure was left out. */
export function unitOnly(target: TargetValue): string | null {
  if (target.kind !== 'qualitative') return null;
  const rest = target.text.replace(/[≥≤<>=\s]/g, '');
  return isUnit(rest) ? target.text : null;
}
