// The SheetJS baseline of the whole-process bench: parse each workbook named (or every workbook in
// a folder named) in one process, dense sheets, as a script using SheetJS would.
import { readFileSync } from 'node:fs';
import { files } from './files.mjs';
import * as XLSX from '@e965/xlsx';

for (const file of files) XLSX.read(readFileSync(file), { type: 'buffer', dense: true });
