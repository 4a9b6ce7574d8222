// The exceljs baseline of the whole-process bench: parse each workbook named (or every .xlsx in a
// folder named) in one process, as a script using exceljs would.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import ExcelJS from 'exceljs';

const files = process.argv.slice(2).flatMap((p) =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .sort()
        .map((f) => join(p, f))
    : [p],
);
for (const file of files) await new ExcelJS.Workbook().xlsx.load(readFileSync(file));
