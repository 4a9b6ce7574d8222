import type { SheetView } from '../grid/sheetView';
import { recognizeDeptSelfEval } from './deptSelfEval';
import { isScoredHeader, readIndicatorHeader, type IndicatorHeader } from './indicatorHeader';
import { recognizeListForm } from './listForm';
import { recognizeProjectForm } from './projectForm';
import type { Region, RegionResult } from './region';
import { findRegions } from './segment';
import { recognizeProjectSelfEval } from './selfEval';

/** Every table and form of one sheet, in order of appearance. */
export function recognizeSheet(view: SheetView): RegionResult[] {
  return findRegions(view).map((region) => recognizeRegion(view, region));
}

function recognizeRegion(view: SheetView, region: Region): RegionResult {
  switch (region.kind) {
    case 'list':
      return recognizeListForm(view, region, region.header);
    case 'scored-table':
      return recognizeDeptSelfEval(view, region, region.header);
    case 'form': {
      const table = firstIndicatorHeader(view, region);
      const scored = table && (isScoredHeader(table) || table.columns.actual !== undefined);
      return scored ? recognizeProjectSelfEval(view, region, table) : recognizeProjectForm(view, region);
    }
  }
}

function firstIndicatorHeader(view: SheetView, region: Region): IndicatorHeader | null {
  for (let r = region.anchorRow; r <= region.lastRow; r++) {
    const header = readIndicatorHeader(view, r);
    if (header) return header;
  }
  return null;
}
