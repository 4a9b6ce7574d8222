import type { Severity } from './finding';

export interface CatalogueEntry {
  severity: Severity;
  /** Short title for the docs catalogue. */
  title: string;
  titleEn: string;
  /** Message templates with `{param}` placeholders. */
  zh: string;
  en: string;
}
