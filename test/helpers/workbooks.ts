import ExcelJS from 'exceljs';
import { sampleWorkbooks } from '../../scripts/samples/workbooks';

/** Bytes of an exceljs workbook. */
export async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Bytes of a bundled sample, built in memory (same builder as assets/samples). */
export async function sampleBytes(file: string, merged = true): Promise<Uint8Array> {
  return toBytes(sampleWorkbooks({ merged })[file]);
}

/** Reload bytes with exceljs, to inspect what a writer produced. */
export async function reload(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}
