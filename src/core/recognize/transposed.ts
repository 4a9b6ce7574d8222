import type { SheetView } from '../grid/sheetView';
import type { TextField } from '../model/project';
import { level2Label, normalizeLevel1 } from '../taxonomy/labels';
import type { FieldRole } from '../vocabulary/fields';
import { stripItemPrefix } from '../vocabulary/placeholders';
import { cellText } from './header/cellText';
import { buildIndicator } from './indicator';
import { formProject } from './projectForm';
import { regionResult, type Region, type RegionResult } from './region';
import { combineSubTargets } from './rowValues';

/** One indicator column of a transposed table: its 一级 and 二级 above it, its name on the names row. */
interface TransposedColumn {
  col: number;
  level1: string;
  level2: string;
}

/**
 * A transposed indicator table (Fujian's county transfer tables): 一级 labels across the top (merged over
 * their columns), 二级 labels on the row below, the 三级 names on the third row, then one row per 项目单位
 * (a town, a village) holding its values in the indicators' columns.
 */
export interface TransposedHeader {
  /** Row of the 一级 labels. */
  row: number;
  /** Row of the 三级 names (the header's last). */
  namesRow: number;
  /** Column of the 项目单位 labels of the value rows (left of the indicator columns). */
  labelCol: number;
  columns: TransposedColumn[];
}

const isLevel1 = (text: string) => normalizeLevel1(text) !== null;
const isLevel2 = (text: string) => {
  const l = level2Label(text);
  return l !== null && l !== '效益(combined)';
};

/** The label over a column: its cell's, or (unmerged) the nearest one to its left that spans it. */
function labelOver(view: SheetView, row: number, col: number): string {
  for (let c = col; c >= 0; c--) {
    const text = view.text(row, c);
    if (text) return text;
  }
  return '';
}

/** The transposed header whose 一级 row is `row`, if it is one: at least two named indicator columns. */
export function readTransposedHeader(view: SheetView, row: number): TransposedHeader | null {
  if (!view.rowCells(row).some((c) => c.label && isLevel1(c.text))) return null;
  // 二级 labels side by side (a tree list has one per row).
  if (view.rowCells(row + 1).filter((c) => c.label && isLevel2(c.text)).length < 2) return null;
  const namesRow = row + 2;
  const columns: TransposedColumn[] = [];
  for (const n of view.rowCells(namesRow)) {
    const level1 = labelOver(view, row, n.col);
    const level2 = labelOver(view, row + 1, n.col);
    if (!isLevel1(level1) || !isLevel2(level2)) continue;
    // Category labels on the names row: an ordinary table's first data row, not names.
    if (isLevel1(n.text) || isLevel2(n.text)) return null;
    columns.push({ col: n.col, level1, level2 });
  }
  if (columns.length < 2) return null;
  return { row, namesRow, labelCol: Math.max(0, columns[0].col - 1), columns };
}

/** The first transposed header among a region's rows. */
export function findTransposedHeader(view: SheetView, region: Region): TransposedHeader | null {
  for (let r = region.preamble.firstRow; r <= region.lastRow; r++) {
    const header = readTransposedHeader(view, r);
    if (header) return header;
  }
  return null;
}

/** The 项目单位 rows under the header: down to a blank row or the region's end. */
function valueRows(view: SheetView, header: TransposedHeader, lastRow: number): number[] {
  const rows: number[] = [];
  for (let r = header.namesRow + 1; r <= lastRow && view.rowCells(r).length > 0; r++) rows.push(r);
  return rows;
}

/**
 * The project of a transposed table: named by its form fields or its title, its indicators read column by
 * column, each target joined from the 项目单位 rows (`龙门滩镇:2个；葛坑镇:1个`, one value when all agree).
 */
export function recognizeTransposed(
  view: SheetView,
  region: Region,
  header: TransposedHeader,
  fields: Partial<Record<FieldRole, TextField>>,
): RegionResult {
  const firstName = view.address(header.namesRow, header.columns[0].col);
  const project = formProject(view, region, header.row - 1, fields, firstName);
  // Named by its title when no field names it: a project's table all the same, not a department's.
  project.layout = 'form';
  const rows = valueRows(view, header, region.lastRow);
  project.indicators = header.columns.map(({ col, level1, level2 }) => {
    const name = stripItemPrefix(cellText(view, header.namesRow, col));
    const parts = rows.map((r) => ({
      label: view.text(r, header.labelCol),
      raw: view.text(r, col),
      cell: view.address(r, col),
    }));
    const target = parts.length > 0 ? combineSubTargets(parts) : { raw: '', cell: name.cell };
    return buildIndicator({
      level1Raw: level1,
      level2Raw: level2,
      level3: name.text,
      targetRaw: target.raw,
      cell: name.cell,
      targetCell: target.cell,
    });
  });
  project.rowSpan.last = rows.at(-1) ?? header.namesRow;
  return regionResult(project.layout, { projects: [project] });
}
