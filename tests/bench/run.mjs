// `npm run bench`: measures invitelint against its floors (issue 8) and prints one line per case.
//
//   npm run bench                  the full bench: 10,000 and 20,000 files, 20 start-up runs, 5 heavy runs
//   npm run bench -- --quick       a small corpus and one run of each case: CI runs this so the bench
//                                  cannot rot; it checks that every command works, not how fast it is
//   npm run bench -- --runs 3      heavy runs (start-up cases run four times as often)
//   npm run bench -- --only startup|throughput|memory|hostile
//
// Every case is timed against its floor in the same run: the floor and the subject alternate, round after
// round, and the ratio is median(subject) / median(floor). The floors are `node -e 0` (a Node process that
// does nothing) and tests/bench/parse-floor.mjs (read every file and parse it with positions, one thread).
// The exit code is 0 whatever the ratios (a benchmark, not a test); it is 1 only when a command fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    only: { type: 'string' },
    seed: { type: 'string', default: '2005' },
  },
});

const quick = flags.quick;
const heavyRuns = flags.runs ? Number(flags.runs) : quick ? 1 : 5;
const startupRuns = quick ? 1 : heavyRuns * 4;
const small = quick ? 200 : 10_000;
const large = small * 2;
const seed = Number(flags.seed);
const only = flags.only ? new Set(flags.only.split(',')) : null;
const wanted = (group) => !only || only.has(group);

const node = process.execPath;
const bin = path.join(root, 'bin/invitelint.js');
const work = path.join(os.tmpdir(), 'invitelint-bench');
const AS_OF = ['--as-of', '2026-01-01'];

if (!existsSync(path.join(root, 'dist/cli.cjs'))) {
  const { buildAll } = await import('../../src/tools/build.mjs');
  await buildAll();
}

/** Runs a command; returns milliseconds. Lint exits 0 or 1 (findings); anything else fails the bench. */
function run(label, argv, { okCodes = [0, 1], cwd = work, env = process.env } = {}) {
  const started = process.hrtime.bigint();
  const child = spawnSync(argv[0], argv.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.error || !okCodes.includes(child.status ?? -1)) {
    const why = child.error ? child.error.message : `exit ${child.status ?? child.signal}`;
    throw new Error(`${label}: ${argv.join(' ')} failed (${why})\n${String(child.stderr).slice(0, 2000)}`);
  }
  return { ms, stdout: String(child.stdout) };
}

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Times cases that share floors: each round runs every command once, in an order that alternates between
 * rounds so that drift (cache, thermal, other load) falls on floor and subject alike.
 */
function timeRounds(commands, rounds, env = process.env) {
  const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  const names = Object.keys(commands);
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) samples[name].push(run(name, commands[name], { env }).ms);
  }
  return Object.fromEntries(names.map((name) => [name, median(samples[name])]));
}

const lines = [];
/** A ratio against its floor, judged against `target` (none: informative only). */
function report(label, subjectMs, floorLabel, floorMs, target = null) {
  const ratio = subjectMs / floorMs;
  const verdict = target === null ? 'no target' : `target <= ${target.toFixed(2)}x  ${ratio <= target ? 'met' : 'missed'}`;
  const line = `${label.padEnd(56)} ${fmtMs(subjectMs).padStart(9)} vs ${fmtMs(floorMs).padStart(9)} ${floorLabel.padEnd(14)} ${ratio.toFixed(2).padStart(6)}x  ${verdict}`;
  lines.push(line);
  console.log(line);
}
const fmtMs = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

mkdirSync(work, { recursive: true });
const help = run('help', [node, bin, '--help'], { okCodes: [0] }).stdout;
const hasJobs = help.includes('--jobs') || run('lint help', [node, bin, 'lint', '--help'], { okCodes: [0] }).stdout.includes('--jobs');
const jobs = (n) => (hasJobs ? ['--jobs', String(n)] : []);

console.log(
  `invitelint bench${quick ? ' (quick: small corpus, one run; ratios mean little)' : ''}: node ${process.version}, ` +
    `${os.availableParallelism?.() ?? os.cpus().length} cores, ${small} and ${large} files, ` +
    `${startupRuns} start-up runs, ${heavyRuns} heavy runs, medians`,
);

let failed = false;
try {
  if (wanted('startup')) {
    const oneFile = path.join(root, 'fixtures/wsis-2005-informal-consultations.yaml');
    const commands = {
      floor: [node, '-e', '0'],
      version: [node, bin, '--version'],
      help: [node, bin, '--help'],
      one: [node, bin, ...AS_OF, '-f', 'json', oneFile],
    };
    // NODE_EXTRA_CA_CERTS makes every Node process parse a certificate bundle as it starts (about 80 ms on
    // the build machine, twice what the rest of `node -e 0` costs): it inflates the floor and flatters every
    // start-up ratio, and users do not have it. The start-up cases are measured without it; where it is set,
    // they are measured with it too, for comparison only.
    const { NODE_EXTRA_CA_CERTS: certificates, ...clean } = process.env;
    const environments = [['', clean, true]];
    if (certificates) environments.push([' (with NODE_EXTRA_CA_CERTS, informative)', process.env, false]);
    for (const [suffix, env, judged] of environments) {
      const t = timeRounds(commands, startupRuns, env);
      const judge = (target) => (judged ? target : null);
      report(`invitelint --version${suffix}`, t.version, 'node -e 0', t.floor, judge(1.3));
      report(`invitelint --help${suffix}`, t.help, 'node -e 0', t.floor, judge(1.3));
      report(`lint one announcement, json${suffix}`, t.one, 'node -e 0', t.floor, judge(2.6));
    }
  }

  if (wanted('throughput') || wanted('memory')) {
    const started = Date.now();
    const fixturesDir = path.join(root, 'fixtures');
    const smallDir = generateCorpus({ root: work, count: small, seed, fixturesDir });
    const largeDir = generateCorpus({ root: work, count: large, seed: seed + 1, fixturesDir });
    console.log(`corpus: ${path.relative(work, smallDir)} and ${path.relative(work, largeDir)} in ${work} (${Date.now() - started} ms)`);
    const out = (name) => path.join(work, `${name}.json`);
    const lint = (dir, n, name) => [node, bin, ...jobs(n), ...AS_OF, '-f', 'json', '-o', out(name), path.relative(work, dir)];

    // Sanity, untimed: the floor and the linter see the same files; --jobs 2 reports exactly what one job does.
    const floorSays = run('parse floor', [node, path.join(here, 'parse-floor.mjs'), smallDir]).stdout;
    if (!floorSays.startsWith(`${small} files`)) throw new Error(`parse floor saw ${floorSays.trim()}, expected ${small} files`);
    run('lint', lint(smallDir, 1, 'one-job'));
    const summary = JSON.parse(readFileSync(out('one-job'), 'utf8')).summary;
    if (summary.files !== small) throw new Error(`invitelint linted ${summary.files} files, expected ${small}`);
    console.log(`corpus check: ${summary.files} files, ${summary.documents} documents, ${summary.errors} errors, ${summary.warnings} warnings`);
    if (hasJobs) {
      run('lint --jobs 2', lint(smallDir, 2, 'two-jobs'));
      const same = readFileSync(out('one-job'), 'utf8') === readFileSync(out('two-jobs'), 'utf8');
      if (!same) throw new Error('--jobs 2 and --jobs 1 wrote different reports');
      console.log('--jobs 2 report: identical to --jobs 1');
    }

    if (wanted('throughput')) {
      const t = timeRounds(
        {
          floor: [node, path.join(here, 'parse-floor.mjs'), smallDir],
          one: lint(smallDir, 1, 'one-job'),
          ...(hasJobs && { two: lint(smallDir, 2, 'two-jobs') }),
          // The default number of jobs: what a user gets.
          chosen: [node, bin, ...AS_OF, '-f', 'json', '-o', out('default-jobs'), path.relative(work, smallDir)],
          large: lint(largeDir, 1, 'large'),
        },
        heavyRuns,
      );
      report(`lint ${small} files, default --jobs`, t.chosen, 'parse floor', t.floor, 1.0);
      report(`lint ${small} files, one thread`, t.one, 'parse floor', t.floor);
      if (hasJobs) report(`lint ${small} files, --jobs 2`, t.two, 'parse floor', t.floor);
      else console.log(`lint ${small} files, --jobs 2`.padEnd(56) + ' not run: this build has no --jobs option');
      report(`lint ${large} files against ${small}, one thread`, t.large, `${small} files`, t.one, 2.1);
    }

    if (wanted('memory')) {
      const peaks = [];
      const floorPeaks = [];
      for (let i = 0; i < Math.min(heavyRuns, 3); i++) {
        // The default number of jobs: what a user gets.
        peaks.push(peakMegabytes([node, bin, ...AS_OF, '-f', 'json', '-o', out('memory'), path.relative(work, smallDir)]));
        floorPeaks.push(peakMegabytes([node, path.join(here, 'parse-floor.mjs'), smallDir]));
      }
      const peak = median(peaks);
      const line = `${`peak memory, ${small} files, json to a file`.padEnd(56)} ${`${peak.toFixed(0)} MB`.padStart(9)} (parse floor ${median(floorPeaks).toFixed(0)} MB)${''.padEnd(6)} target <= 300 MB  ${peak <= 300 ? 'met' : 'missed'}`;
      lines.push(line);
      console.log(line);
    }
  }
  if (wanted('hostile')) {
    // Hostile inputs (issue 23): the cases that made reports of hundreds of megabytes or overflowed the stack,
    // each format timed once with its peak memory (target: under 1 GB for a 10 MB input in every format).
    const wsis = readFileSync(path.join(root, 'fixtures/wsis-2005-informal-consultations.yaml'), 'utf8');
    const passing = readFileSync(path.join(root, 'fixtures/passing/inclusive-hybrid-consultation.yaml'), 'utf8');
    const size = quick ? 200 * 1024 : 10 * 1024 * 1024;
    const repeatTo = (line, bytes) => Array.from({ length: Math.floor(bytes / Buffer.byteLength(line(0))) }, (_, i) => line(i)).join('\n');
    // Every zone Intl lists but the old names ICU still lists (announcements may use only the current ones, zones.ts).
    const oldNames = /^(Africa\/Asmera|America\/(Buenos_Aires|Catamarca|Coral_Harbour|Cordoba|Godthab|Indianapolis|Jujuy|Louisville|Mendoza)|Asia\/(Calcutta|Katmandu|Rangoon|Saigon)|Atlantic\/Faeroe|Europe\/Kiev|Pacific\/(Enderbury|Ponape|Truk))$/;
    const zones = Intl.supportedValuesOf('timeZone').filter((zone) => !oldNames.test(zone));
    const cases = {
      // One rule's findings: a label each that claims criteria the 2005 invitation fails.
      labels: wsis.replace(/^labels:.*$/m, `labels:\n${repeatTo((i) => `  - open consultation ${i}`, size - wsis.length)}`),
      // One list the reports draw: background documents.
      documents: wsis.replace(/^documents:.*$/m, '') + `documents:\n${repeatTo((i) => `  - { title: Paper ${i}, published: 2005-04-20 }`, size - wsis.length)}\n`,
      // The zone-by-session product: 2,000 sessions in every zone (a 100 KB file; the rules compute every pair).
      'sessions x zones': passing
        .replace('  start: 2026-03-16T13:00\n', `  sessions:\n${Array.from({ length: quick ? 100 : 2000 }, (_, i) => `    - { start: 2026-03-${String(16 + (i % 10)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00, duration: 1h }`).join('\n')}\n`)
        .replace('  duration: 3h\n', '')
        .replace('  regions: [europe, africa]\n', `  regions: [europe, africa]\n  timezones: [${zones.join(', ')}]\n`),
    };
    const formats = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown', 'html'];
    for (const [name, text] of Object.entries(cases)) {
      const file = path.join(work, `hostile-${name.replace(/\W+/g, '-')}.yaml`);
      writeFileSync(file, text);
      const megabytes = (Buffer.byteLength(text) / 1024 / 1024).toFixed(1);
      for (const format of formats) {
        const argv = [node, bin, '--as-of', '2005-04-18', '--max-file-size', '11MB', '-f', format, '-o', path.join(work, `hostile.${format}`), file];
        const { ms } = run(`hostile ${name}`, argv);
        const peak = peakMegabytes(argv);
        const line = `${`hostile ${name} (${megabytes} MB), ${format}`.padEnd(52)} ${fmtMs(ms).padStart(9)}  peak ${`${peak.toFixed(0)} MB`.padStart(7)}  report ${`${(statSync(path.join(work, `hostile.${format}`)).size / 1024 / 1024).toFixed(1)} MB`.padStart(8)}  target < 1024 MB  ${peak < 1024 ? 'met' : 'missed'}`;
        lines.push(line);
        console.log(line);
      }
    }
  }
} catch (error) {
  failed = true;
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
}

/** Peak resident memory of a command and everything it runs in its process (worker threads included). */
function peakMegabytes(argv) {
  if (existsSync('/usr/bin/time')) {
    const child = spawnSync('/usr/bin/time', ['-v', ...argv], { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(String(child.stderr));
    if (!match || ![0, 1].includes(child.status ?? -1)) throw new Error(`peak memory: ${argv.join(' ')} failed\n${String(child.stderr).slice(0, 2000)}`);
    return Number(match[1]) / 1024;
  }
  // No GNU time: ask the child itself, at exit, through a preloaded module.
  const probe = path.join(here, 'max-rss.mjs');
  const { stdout } = run('peak memory', [argv[0], '--import', probe, ...argv.slice(1)]);
  return Number(/max-rss-kb=(\d+)/.exec(stdout)?.[1] ?? NaN) / 1024;
}

process.exitCode = failed ? 1 : 0;
