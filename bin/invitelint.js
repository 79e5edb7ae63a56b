#!/usr/bin/env node
// The command's entry. It is CommonJS (bin/package.json says so) because Node starts a CommonJS file
// faster than an ES module, and `--version` and `--help`, which hooks and editors call most, answer from
// text the build wrote (dist/fast.json) without loading the CLI at all. `--help` takes that path only when
// standard output is not a terminal: at a terminal commander wraps the help to the terminal's width.
'use strict';

const args = process.argv.slice(2);
const LINT_WORKER_ARG = '--invitelint-lint-worker-thread';
const only = args.length === 1 ? args[0] : undefined;
const fast =
  only === '--version' || only === '-v'
    ? 'version'
    : (only === '--help' || only === '-h') && !process.stdout.isTTY
      ? 'help'
      : undefined;

let answered = false;
if (fast) {
  try {
    const texts = JSON.parse(require('node:fs').readFileSync(require('node:path').join(__dirname, '../dist/fast.json'), 'utf8'));
    if (typeof texts[fast] === 'string') {
      process.stdout.write(texts[fast]);
      answered = true;
    }
  } catch {
    // No fast.json (a partial build): the CLI answers.
  }
}

if (!answered) startCli();

/**
 * Loads dist/cli.cjs (the whole command in one CommonJS file) with the V8 code cache the build made next to
 * it, dist/cli.cjs.cache: most of a short run's time is V8 parsing and compiling code, and the cache skips
 * that for every function the build's cached run compiled. V8 checks the cache against its own version and
 * flags and against the source, and ignores one that does not fit; the run then writes a fresh one (only into
 * dist/, beside the code, so only who can change the code can change its cache). INVITELINT_CODE_CACHE=off
 * turns the cache off; =write makes a run write it (the build does, once).
 */
function startCli() {
  const fs = require('node:fs');
  const path = require('node:path');
  const file = path.join(__dirname, '../dist/cli.cjs');
  const cacheFile = `${file}.cache`;
  const mode = process.env.INVITELINT_CODE_CACHE;
  let source;
  try {
    source = decode(fs.readFileSync(file));
  } catch (error) {
    process.stderr.write(`invitelint: cannot load the CLI (${error instanceof Error ? error.message : String(error)}); run npm run build\n`);
    process.exitCode = 2;
    return;
  }
  let cachedData;
  if (mode !== 'off' && mode !== 'write') {
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      // No cache yet: this run writes one.
    }
  }
  const vm = require('node:vm');
  // The wrapper Node itself puts around a CommonJS module.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  // A `--jobs` worker thread (src/jobs/pool.ts starts them from this file with this argument) serves lint
  // batches instead. Only then is node:worker_threads loaded: loading it costs a command's start-up 5 ms.
  const worker = args[0] === LINT_WORKER_ARG && !require('node:worker_threads').isMainThread;
  if (!worker && mode !== 'off' && (cachedData === undefined || script.cachedDataRejected)) {
    process.once('exit', () => writeCodeCache(fs, script, cacheFile));
  }
  const cli = { exports: {} };
  script.runInThisContext()(cli.exports, require('node:module').createRequire(file), cli, file, path.dirname(file));
  if (worker) cli.exports.serveLintWorker();
  else cli.exports.main(process.argv);
}

/**
 * The bundle as text. esbuild writes it in ASCII (non-ASCII characters escaped), and ASCII read as Latin-1 is
 * the same text: Node decodes Latin-1 by copying bytes, where UTF-8 decoding of the 1 MB bundle costs some
 * 10 ms more. A bundle with any other byte (a hand-edited one) is decoded as UTF-8, as before.
 */
function decode(bytes) {
  return require('node:buffer').isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** Written whole or not at all (a temporary file renamed over the old), and never at the cost of the run. */
function writeCodeCache(fs, script, cacheFile) {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, script.createCachedData());
    fs.renameSync(temporary, cacheFile);
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // A read-only install: the command simply runs without a cache.
    }
  }
}
