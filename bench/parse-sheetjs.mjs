// The SheetJS baseline of the whole-process bench: parse each workbook named (or every workbook in
// a folder named) in one process, dense sheets, as a script using SheetJS would.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import * as XLSX from '@e965/xlsx';

const files = process.argv.slice(2).flatMap((p) =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .sort()
        .map((f) => join(p, f))
    : [p],
);
for (const file of files) XLSX.read(readFileSync(file), { type: 'buffer', dense: true });
