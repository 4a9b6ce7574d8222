import type { FindingSite } from '../findings/make';
import type { Indicator } from '../model/project';
import type { Owner } from './rule';

/** Where a finding about a whole project or self-evaluation points: its indicators (or its name). */
export function ownerSite(
  owner: Owner,
  cell: string = 'indicatorsCell' in owner ? owner.indicatorsCell : owner.cell,
): FindingSite {
  return { sheet: owner.sheet, cell, project: { id: owner.id, name: owner.name } };
}

/** Where a finding about one indicator points, with its 一级/二级/三级 path. */
export function indicatorSite(owner: Owner, indicator: Indicator, cell: string = indicator.cell): FindingSite {
  return {
    sheet: owner.sheet,
    cell,
    project: { id: owner.id, name: owner.name },
    indicator: [indicator.level1 ?? indicator.level1Raw, indicator.level2 ?? indicator.level2Raw, indicator.level3],
  };
}

/** 万元 amount for messages: `47.39 万元`. */
export function formatAmount(value: number): string {
  return `${Math.round(value * 100) / 100} 万元`;
}
