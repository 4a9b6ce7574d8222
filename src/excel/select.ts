import type { HostWarning } from '../host/host';
import type { ExcelRun } from './run';

/**
 * Go to a finding's cell. Excel refuses to activate a hidden sheet, and we do not unhide
 * the user's sheets: the pane says where the cell is instead. A sheet deleted or renamed
 * since the check is reported the same way, never thrown at the pane.
 */
export async function selectCell(run: ExcelRun, sheet: string, cell: string): Promise<HostWarning[]> {
  try {
    return await run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.load('visibility');
      await context.sync();
      if (ws.visibility !== Excel.SheetVisibility.visible) {
        return [
          {
            message: `工作表“${sheet}”已隐藏，无法定位到 ${cell}；取消隐藏后再点击`,
            messageEn: `Sheet "${sheet}" is hidden: unhide it to go to ${cell}`,
          },
        ];
      }
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
      return [];
    });
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return [
      {
        message: `无法定位到“${sheet}”!${cell}（工作表可能已删除或改名，请重新校验）：${reason}`,
        messageEn: `Cannot go to "${sheet}"!${cell} (the sheet may have been deleted or renamed; validate again): ${reason}`,
      },
    ];
  }
}
