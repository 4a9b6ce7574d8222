// The workbooks a baseline parses: each file named on its command line, or every file in a folder named, sorted.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';

export const files = process.argv.slice(2).flatMap((p) =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .sort()
        .map((f) => join(p, f))
    : [p],
);
