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
  const { findings } = await host.validate('workbook');
  await host.annotate(lang);
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  };
}
