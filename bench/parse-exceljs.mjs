// The exceljs baseline of the whole-process bench: parse each workbook named (or every .xlsx in a
// folder named) in one process, as a script using exceljs would.
import { readFileSync } from 'node:fs';
import { files } from './files.mjs';
import ExcelJS from 'exceljs';

for (const file of files) await new ExcelJS.Workbook().xlsx.load(readFileSync(file));
