// Preloaded into each benchmarked process (node --require; --import would start Node 20's ESM
// loader, 0.25 s a process): at exit, appends the process's peak resident memory in KB (worker
// threads included) to the file named by BENCH_PEAK_FILE.
'use strict';
const { appendFileSync } = require('node:fs');

process.on('exit', () => {
  if (process.env.BENCH_PEAK_FILE) appendFileSync(process.env.BENCH_PEAK_FILE, `${process.resourceUsage().maxRSS}\n`);
});
