import type { Finding } from '../findings/finding';
import { makeFinding } from '../findings/make';

/** Where recognition is: the sheet and, inside a form, the project findings belong to. */
export interface RecognitionSite {
  sheet: string;
  project?: { id: string; name: string };
}

/** UNRECOGNIZED_CONTENT for a cell whose text fits nowhere in the layout. */
export function unrecognizedCell(
  site: RecognitionSite,
  cell: string,
  text: string,
  where: { zh: string; en: string },
): Finding {
  return makeFinding(
    'UNRECOGNIZED_CONTENT',
    { sheet: site.sheet, cell, project: site.project },
    { params: { detail: `${where.zh}中的“${text}”`, detailEn: `"${text}" in ${where.en}` }, actual: text },
  );
}
