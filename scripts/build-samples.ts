/** Writes the bundled sample workbooks to assets/samples/ (npm run samples). */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { sampleWorkbooks } from './samples/workbooks';

async function main(): Promise<void> {
  const dir = join(__dirname, '..', 'assets', 'samples');
  mkdirSync(dir, { recursive: true });
  for (const [file, wb] of Object.entries(sampleWorkbooks())) {
    const bytes = await wb.xlsx.writeBuffer();
    writeFileSync(join(dir, file), Buffer.from(bytes));
    console.log(`wrote assets/samples/${file}`);
  }
}

void main();
