import type { SheetView } from '../grid/sheetView';
import { isScoredHeader, readIndicatorHeader } from './indicatorHeader';
import { isProjectNameKey } from './keyValues';
import { readListHeader } from './listHeader';
import { readPreamble } from './preamble';
import type { Region, RegionStart } from './region';

/**
 * Split a sheet into regions, one per table or form, top to bottom: a list header starts a list
 * table, a 项目名称 key starts a form (whose first indicator table belongs to it), and a scored
 * table with no form above it starts a department self-evaluation. An indicator table with no
 * 项目名称 above it is still read as a form, so its indicators are not lost.
 */
export function findRegions(view: SheetView): Region[] {
  const anchors: RegionStart[] = [];
  let formAwaitsTable = false;
  for (let r = 0; r < view.rowCount; r++) {
    if (!mayStartRegion(view, r)) continue;
    const list = readListHeader(view, r);
    if (list) {
      anchors.push({ kind: 'list', anchorRow: r, header: list });
      formAwaitsTable = false;
      r = list.lastRow;
      continue;
    }
    if (view.rowCells(r).some((c) => isProjectNameKey(c.label))) {
      anchors.push({ kind: 'form', anchorRow: r });
      formAwaitsTable = true;
      continue;
    }
    const table = readIndicatorHeader(view, r);
    if (!table) continue;
    if (formAwaitsTable) formAwaitsTable = false;
    else if (isScoredHeader(table)) anchors.push({ kind: 'scored-table', anchorRow: r, header: table });
    else anchors.push({ kind: 'form', anchorRow: r });
  }
  const regions: Region[] = [];
  anchors.forEach((anchor, i) => {
    const floor = i > 0 ? anchors[i - 1].anchorRow : -1;
    const preamble = readPreamble(view, anchor.anchorRow, floor);
    regions.push({ ...anchor, preamble, lastRow: view.rowCount - 1 });
    if (i > 0) regions[i - 1].lastRow = preamble.firstRow - 1;
  });
  return regions;
}

/**
 * Whether a row can start a region at all: every start has a label beginning 项目 (a list
 * header's 项目名称, a form's 项目名称 key) or 一级 (an indicator table's 一级指标). One prefix test
 * per label spares the data rows of a long list the header patterns.
 */
function mayStartRegion(view: SheetView, row: number): boolean {
  for (const { label } of view.rowCells(row)) if (label.startsWith('项目') || label.startsWith('一级')) return true;
  return false;
}
