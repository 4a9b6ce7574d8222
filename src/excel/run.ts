/** `Excel.run`, injected so the adapter runs against a fake object model in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Sheet name quoted for an address: 'My Sheet'!A1. */
export function sheetAddress(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}
