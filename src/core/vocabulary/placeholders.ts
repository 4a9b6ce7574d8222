import type { CellText } from '../recognize/header/cellText';

/**
 * What templates leave in cells that is not content: numbered slots (`指标1:`, `指标2:`), ellipses,
 * slashes for "not applicable", and the template's own instructions (`…(100字以内)`).
 */

/** A numbered slot prefix of a template indicator cell: `指标1:`, `指标 2：`, `指标1学校…`, `指标L:` (a scan's 1). */
const ITEM_PREFIX = /^指标\s*(?:\d+\s*[:：]?|[lLI一二三四五]\s*[:：])\s*/;
/** Cells that hold no content: ellipses, dashes (一 is how scans read a dash), slashes, 无. */
const NOTHING = /^(?:[….。·\-—–_/\\、]+|一|无|暂无|空|指标\d*)$/;
/** Instructions a template gives the filer, left unreplaced. */
const INSTRUCTION =
  /[(（]\s*\d+\s*字(以内|左右)\s*[)）]|^(请|应)?(对照|结合|针对|简要|根据|填写|说明|概述|阐述).{0,30}(情况|原因|措施|建议|目标|内容)|^(填写|请填写|请说明)/;

/** The cell without a numbered slot prefix (`指标1:工程质量合格` → `工程质量合格`). */
export function stripItemPrefix(cell: CellText): CellText {
  return ITEM_PREFIX.test(cell.text) ? { ...cell, text: cell.text.replace(ITEM_PREFIX, '') } : cell;
}

/** A name cell that holds no indicator: empty, a bare slot, an ellipsis or a slash. */
export function isPlaceholderName(text: string): boolean {
  const t = text.replace(ITEM_PREFIX, '').trim();
  return t === '' || NOTHING.test(t);
}

/** A value cell that holds nothing: blank, `/`, `—`, `……`, 无. */
export function isPlaceholderValue(text: string): boolean {
  const t = text.trim();
  return t === '' || NOTHING.test(t);
}

/** Text that is the template's instruction to the filer, not the filer's content. */
export function isTemplateInstruction(text: string): boolean {
  return INSTRUCTION.test(text.trim());
}

/** A bare number where an indicator's name belongs (`88`): it names nothing (MISSING_INDICATOR_NAME). */
export function isBareNumberName(text: string): boolean {
  return /^\s*-?\d+(?:\.\d+)?\s*%?\s*$/.test(text);
}
