import type { SheetView } from '../grid/sheetView';
import { FIELD_VOCABULARY, isKnownLabel, valueOfLabel } from './fields';
import { readTableHeader } from './header/tableHeader';
import { readListHeader } from './listHeader';
import { readPreamble } from './preamble';
import { readTransposedHeader } from './transposed';
import type { Region, RegionStart } from './region';

/** Labels that can start a region: a list header's or form's 项目名称, a department's name, a table's columns. */
const START_HINT = /名称|项目|指标|部门|单位|一级|二级|三级/;

type State = 'none' | 'list' | 'form' | 'form-with-table';

/**
 * Split a sheet into regions, one per table or form, top to bottom. A list header starts a list table;
 * a 项目名称 field (or, with none before it, a department's name field) starts a form, whose indicator
 * tables belong to it, however many blocks it has; an indicator table with no form above it starts a
 * region of its own, so its indicators are not lost.
 */
export function findRegions(view: SheetView): Region[] {
  const anchors: RegionStart[] = [];
  let state: State = 'none';
  for (let r = 0; r < view.rowCount; r++) {
    if (!mayStartRegion(view, r)) continue;
    const list = readListHeader(view, r);
    if (list) {
      anchors.push({ kind: 'list', anchorRow: r, header: list });
      state = 'list';
      r = list.lastRow;
      continue;
    }
    const start = formStart(view, r);
    if (
      start === 'name'
        ? state !== 'form'
        : start === 'weak' && (state === 'none' || state === 'list' || state === 'form-with-table')
    ) {
      anchors.push({ kind: 'form', anchorRow: r });
      state = 'form';
      continue;
    }
    const table = readTableHeader(view, r);
    if (!table) {
      // A transposed table (indicators as columns) with no form above it starts a region of its own.
      const transposed = state === 'form' ? null : readTransposedHeader(view, r);
      if (transposed) {
        anchors.push({ kind: 'form', anchorRow: r, headed: true });
        state = 'form-with-table';
        r = transposed.namesRow;
      }
      continue;
    }
    // A second table is another block of the same form, unless a title line of its own stands above it.
    if (state !== 'form' && (state !== 'form-with-table' || titledAbove(view, r)))
      anchors.push({ kind: 'form', anchorRow: r, headed: true });
    state = 'form-with-table';
    r = table.lastRow;
  }
  const regions: Region[] = [];
  anchors.forEach((anchor, i) => {
    const floor = i > 0 ? anchors[i - 1].anchorRow : -1;
    const preamble = readPreamble(view, anchor.anchorRow, floor, anchor.kind === 'form' && anchor.headed === true);
    regions.push({ ...anchor, preamble, lastRow: view.rowCount - 1 });
    if (i > 0) regions[i - 1].lastRow = preamble.firstRow - 1;
  });
  return regions;
}

/**
 * Whether a row can start a region at all: one of its labels names a project, a department or a table
 * column. One test per label spares the data rows of a long list the header lookups.
 */
function mayStartRegion(view: SheetView, row: number): boolean {
  for (const { label } of view.rowCells(row)) if (label && START_HINT.test(label)) return true;
  return false;
}

/** A table title (…绩效自评表, …目标表（2023年度）) on one of the few rows above `row`, alone on its row. */
function titledAbove(view: SheetView, row: number): boolean {
  for (let r = row - 1; r >= Math.max(0, row - 3); r--) {
    const cells = view.rowCells(r);
    if (cells.length === 1 && /表([(（].*[)）])?$/.test(cells[0].text)) return true;
  }
  return false;
}

/** A form's first field: its 项目名称 ('name'), or a department's or unit's name ('weak'), with a value. */
function formStart(view: SheetView, row: number): 'name' | 'weak' | undefined {
  let out: 'name' | 'weak' | undefined;
  for (const { col, label } of view.rowCells(row)) {
    const field = label ? FIELD_VOCABULARY.roleOfKey(label) : undefined;
    if (field !== 'name' && field !== 'department' && field !== 'unit') continue;
    const value = valueOfLabel(view, row, col);
    if (!value.text || isKnownLabel(value.text)) continue;
    if (field === 'name') return 'name';
    out = 'weak';
  }
  return out;
}
