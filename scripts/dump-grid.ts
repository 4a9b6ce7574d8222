/**
 * Print a workbook's grid as our reader sees it, one line per row (`A1="…"[format] | …`), with each
 * sheet's merges: the quickest way to see what a recognizer is given. Usage: tsx scripts/dump-grid.ts FILE…
 */
import { readFileSync } from 'node:fs';
import { address, rangeAddress } from '../src/core/grid/address';
import { readXlsx } from '../src/xlsx/read';

async function main(files: string[]): Promise<void> {
  for (const file of files) {
    const wb = await readXlsx(new Uint8Array(readFileSync(file)));
    for (const s of wb.sheets) {
      console.log(
        `== ${file} · ${s.name}${s.hidden ? ' (hidden)' : ''} · merges: ${s.merges.map(rangeAddress).join(' ')}`,
      );
      s.rows.forEach((r, i) => {
        const cells = (r ?? []).flatMap((c, j) =>
          c ? [`${address(i, j)}=${JSON.stringify(c.value)}${c.numberFormat ? `[${c.numberFormat}]` : ''}`] : [],
        );
        if (cells.length) console.log(cells.join(' | '));
      });
    }
  }
}

void main(process.argv.slice(2));
