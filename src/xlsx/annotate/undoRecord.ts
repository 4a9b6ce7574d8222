import { decodeXml } from '../xml';
import { escapeXml } from './opc';
import type { PackageEdit, UndoRecord } from './packageEdit';
import { textHash, undoSplices } from './textEdit';
import type { ZipPackage } from './zipPackage';
import { XlsxWriteError } from './errors';

/**
 * The undo record lives in the copy as a custom XML part of the workbook (Excel keeps those when
 * it saves), so a copy can be cleared later by whoever holds it.
 */
const NAMESPACE = 'urn:jixiaobiao:annotations:1';
const RECORD = new RegExp(`^\\s*(?:<\\?xml[^>]*\\?>\\s*)?<annotations xmlns="${NAMESPACE}">([^<]*)</annotations>\\s*$`);

/** Make room for the record: a new custom XML part related from the workbook; returns its name. */
export async function reserveRecordPart(edit: PackageEdit, workbookPart: string): Promise<string> {
  const part = edit.freeName((n) => `customXml/item${n}.xml`);
  edit.create(part, '');
  edit.defaultType('xml', 'application/xml');
  await edit.relate(workbookPart, 'customXml', part);
  return part;
}

export function recordXml(record: UndoRecord): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<annotations xmlns="${NAMESPACE}">${escapeXml(JSON.stringify(record))}</annotations>`;
}

/** Undo records of earlier runs in a package (custom XML parts of ours), newest first. */
export async function findRecords(pkg: ZipPackage): Promise<UndoRecord[]> {
  const out: UndoRecord[] = [];
  for (const part of pkg.parts().filter((p) => /^customXml\/item\d+\.xml$/i.test(p))) {
    const m = RECORD.exec((await pkg.text(part)) ?? '');
    if (m) out.push(JSON.parse(decodeXml(m[1])) as UndoRecord);
  }
  return out.sort((a, b) => b.run - a.run);
}

/** Whether every part a record edited is still the text we wrote. */
async function intact(pkg: ZipPackage, record: UndoRecord): Promise<boolean> {
  for (const e of record.edited) {
    const text = await pkg.text(e.part);
    if (text === undefined || text.length !== e.length || textHash(text) !== e.hash) return false;
  }
  return true;
}

/**
 * Give the package back its parts as they were before our annotations: edited parts restored
 * splice by splice, added parts removed, newest run first. A run older than one whose parts were
 * changed (the copy saved elsewhere, then annotated again) stays. Throws XlsxWriteError when
 * there is nothing of ours, or when the newest run's parts were changed since (nothing touched).
 */
export async function undoRecords(pkg: ZipPackage, records: UndoRecord[]): Promise<void> {
  if (records.length === 0) throw new XlsxWriteError('not-annotated');
  for (const [i, record] of records.entries()) {
    if (!(await intact(pkg, record))) {
      if (i === 0) throw new XlsxWriteError('changed-since');
      return;
    }
    for (const e of record.edited) pkg.write(e.part, undoSplices((await pkg.text(e.part))!, e.undo));
    for (const part of record.added) pkg.remove(part);
  }
}
