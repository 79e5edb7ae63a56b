#!/usr/bin/env node
// The command's entry. It is CommonJS (bin/package.json says so) because Node starts a CommonJS file
// faster than an ES module, and `--version` and `--help`, which hooks and editors call most, answer from
// text the build wrote (dist/fast.json) without loading the CLI at all. `--help` takes that path only when
// standard output is not a terminal: at a terminal commander wraps the help to the terminal's width.
'use strict';

const args = process.argv.slice(2);
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

if (!answered) {
  import('../dist/cli.js').then(
    ({ main }) => main(process.argv),
    (error) => {
      process.stderr.write(`invitelint: cannot load the CLI (${error instanceof Error ? error.message : String(error)}); run npm run build\n`);
      process.exitCode = 2;
    },
  );
}
