/** Excel's date conventions, shared by the readers (.xlsx, Office.js) and the recognizers. */

/** Codes of a number format that shows dates or times, once quoted text, escapes and [..] sections are removed. */
const DATE_FORMAT_CODES = /[ymdhs]/i;
const FORMAT_NOISE = /"[^"]*"|\\.|\[[^\]]*\]/g;

/** Whether Excel displays a number in this format as a date (Office.js and .xlsx give dates as serial numbers). */
export function isDateFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat || numberFormat === 'General') return false;
  return DATE_FORMAT_CODES.test(numberFormat.replace(FORMAT_NOISE, ''));
}

/** Days from 1899-12-30 (the 1900 system's day 0) to 1904-01-01 (the 1904 system's day 0). */
const DATE_1904_OFFSET = 1462;

/** Excel date serial → `2023-12-31` (how the checker shows a date wherever a number or text belongs). */
export function isoDateOfSerial(serial: number, date1904 = false): string {
  const days = date1904 ? serial + DATE_1904_OFFSET : serial;
  const date = new Date(Math.round((days - 25569) * 86400000));
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10);
}
