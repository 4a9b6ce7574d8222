#!/usr/bin/env node
// The command's entry (package.json `bin`), copied to build/cli/ by scripts/build-cli.mjs: runs the
// bundled engine (engine.cjs beside it) compiled with the V8 code cache the build made by running
// the command once, so that a run skips parsing and compiling most of its 2.8 MB of JavaScript
// (about 50 ms of every start). V8 rejects a cache made by another Node version or with other
// flags; the engine is then compiled as usual.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { wrap } = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

const file = join(__dirname, 'engine.cjs');
const cacheFile = `${file}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // No cache (not built yet, or removed): compile as usual.
}
const script = new Script(wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
// Only the build sets this: the cache then holds every function a check compiled.
if (process.env.JXB_WRITE_CODE_CACHE === '1')
  process.on('exit', () => writeFileSync(cacheFile, script.createCachedData()));
// Run as this module, so that the engine knows itself the main module (or a worker's) and starts.
script.runInThisContext().call(module.exports, module.exports, require, module, file, __dirname);
