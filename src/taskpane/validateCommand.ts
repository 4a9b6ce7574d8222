import { planAnnotations } from '../core/annotate/plan';
import { checkWorkbook } from '../core/engine';
import type { Lang } from '../core/lang';
import type { WorkbookHost } from '../host/host';

/**
 * The ribbon's 校验 button (ExecuteFunction in the shared runtime): validate
 * the whole workbook and write annotations without opening the pane.
 */
export async function validateAndAnnotate(
  host: WorkbookHost,
  lang: Lang,
): Promise<{ errors: number; warnings: number }> {
  const { findings } = checkWorkbook(await host.readWorkbook('workbook'));
  await host.applyAnnotations(planAnnotations(findings, lang));
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  };
}
