// A worker that, sent a file, allocates until its heap limit stops it: stands in for a workbook
// whose check needs more memory than --max-memory allows.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', () => {
  const kept = [];
  for (;;) kept.push({ text: `明细${kept.length}`, cells: [kept.length] });
});
