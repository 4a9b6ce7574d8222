import { SheetNames } from '../core/sheetNames';
import type { SheetSpec } from '../core/sheetSpec';
import type { HostWarning } from '../host/host';
import type { Capabilities } from './capabilities';
import { renderSheet } from './renderSheet';
import type { ExcelRun } from './run';

/** Add generated sheets (自评表) under names no user sheet has; two syncs. */
export async function writeSpecSheets(run: ExcelRun, caps: Capabilities, specs: SheetSpec[]): Promise<HostWarning[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const names = new SheetNames(sheets.items.map((s) => s.name));
    for (const spec of specs) renderSheet(sheets.add(names.claim(spec.name)), spec, caps);
    await context.sync();
    return caps.dataValidation
      ? []
      : [
          {
            message: '此版本 Excel 不支持数据验证（需 ExcelApi 1.8），评价档次请手工填写“达成/部分达成/未达成”',
            messageEn: 'No data validation in this Excel (ExcelApi 1.8): type 达成/部分达成/未达成 by hand',
          },
        ];
  });
}
