// The package as a user gets it: `npm pack` gives a tarball that installs globally and into a project
// without building anything, and the installed `invitelint` then works from any folder, with its schemas,
// rule pages and checker page (issue 20). CI runs this on Node.js 20, 22 and 24 against one tarball packed on
// 20 (INVITELINT_TARBALL), so the V8 code cache it ships is, on 22 and 24, one made by another Node.js.
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { BIN, ROOT, WSIS_2005 } from '../helpers.js';

const NPM_TIMEOUT = 240_000;
/** Each test runs the installed command a few times: seconds alone, much longer on a loaded machine. */
const RUNS_TIMEOUT = 180_000;
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
const base = mkdtempSync(path.join(tmpdir(), 'invitelint-install-'));
const prefix = path.join(base, 'prefix');
const project = path.join(base, 'project');
const elsewhere = path.join(base, 'elsewhere');
const nodeFolder = path.dirname(process.execPath);

/** npm's own variables from the `npm test` that runs this suite would point npm back at this clone. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!/^npm_/i.test(name) && name !== 'INIT_CWD') env[name] = value;
  return { ...env, PATH: `${path.join(prefix, 'bin')}${path.delimiter}${nodeFolder}${path.delimiter}${process.env.PATH ?? ''}`, NO_COLOR: '1', ...extra };
}

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd,
    encoding: 'utf8',
    env: cleanEnv({ npm_config_update_notifier: 'false' }),
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: NPM_TIMEOUT,
  });
}

/** The project's own files as a clone has them (tracked, plus new files not ignored), copied to `target`. */
function copySources(target: string): void {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file !== '' && existsSync(path.join(ROOT, file)));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    copyFileSync(path.join(ROOT, file), path.join(target, file));
  }
  // The build tools, without installing them again.
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(target, 'node_modules'), 'dir');
}

/**
 * `npm pack` in a copy of the sources, so that its `prepare` builds dist/ there as it would in a clone,
 * while the rest of the suite goes on using this clone's dist/.
 */
function packTarball(): string {
  const given = process.env.INVITELINT_TARBALL;
  if (given) return path.resolve(given);
  const sources = path.join(base, 'sources');
  copySources(sources);
  const output = npm(['pack', '--json', '--pack-destination', base], sources);
  const packed = JSON.parse(output.slice(output.search(/^\[/m))) as { filename: string }[];
  return path.join(base, packed[0]!.filename);
}

let tarball: string;
const installed = () => path.join(prefix, 'lib', 'node_modules', 'invitelint');
const cacheFile = () => path.join(installed(), 'dist', 'cli.cjs.cache');

function invitelint(args: string[], options: { cwd?: string; uid?: number; gid?: number } = {}): SpawnSyncReturns<string> {
  return spawnSync(path.join(prefix, 'bin', 'invitelint'), args, { cwd: options.cwd ?? elsewhere, encoding: 'utf8', env: cleanEnv(), uid: options.uid, gid: options.gid });
}

/** What the clone's own command prints for the same arguments, in the same folder. */
function fromClone(args: string[], cwd = elsewhere): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: cleanEnv() });
}

/** Whether this Node.js accepts the installed code cache for the installed CLI, as bin/invitelint.js loads it. */
function cacheAccepted(): boolean {
  const script = `
    const fs = require('node:fs'); const vm = require('node:vm');
    const file = process.argv[1];
    const wrapped = '(function (exports, require, module, __filename, __dirname) {' + fs.readFileSync(file, 'utf8') + '\\n})';
    const script = new vm.Script(wrapped, { filename: file, cachedData: fs.readFileSync(file + '.cache') });
    process.stdout.write(String(!script.cachedDataRejected));`;
  return execFileSync(process.execPath, ['-e', script, path.join(installed(), 'dist', 'cli.cjs')], { encoding: 'utf8' }) === 'true';
}

beforeAll(() => {
  mkdirSync(elsewhere, { recursive: true });
  writeFileSync(path.join(elsewhere, 'received.yaml'), readFileSync(path.join(ROOT, 'fixtures', WSIS_2005)));
  tarball = packTarball();
  npm(['install', '--global', '--prefix', prefix, tarball], base);
}, 2 * NPM_TIMEOUT);

afterAll(() => {
  rmSync(base, { recursive: true, force: true, maxRetries: 3 });
}, NPM_TIMEOUT);

describe('the packed tarball', { timeout: RUNS_TIMEOUT }, () => {
  it('ships the built command, its schemas, rule pages and checker page, and no sources or tests', () => {
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(path.basename(tarball)).toBe(`invitelint-${version}.tgz`);
    for (const file of ['bin/invitelint.js', 'dist/cli.cjs', 'dist/cli.cjs.cache', 'dist/fast.json', 'dist/index.js', 'dist/checker.html', 'dist/types/src/index.d.ts', 'schema/announcement.schema.json', 'schema/config.schema.json', 'rules/notice-period/README.md', 'rules/notice-period/README.fr.md', 'rules/notice-period/README.es.md', 'README.md', 'CHANGELOG.md', 'package.json']) {
      expect(listing).toContain(`package/${file}`);
    }
    expect(listing.filter((file) => /^package\/(src|tests|fixtures|node_modules|\.ci)\/|consumer-check|\.tmp$/.test(file))).toEqual([]);
  });

  it('installs globally without building: no build script, no development dependency', () => {
    const manifest = JSON.parse(readFileSync(path.join(installed(), 'package.json'), 'utf8')) as { version: string; devDependencies: Record<string, string> };
    expect(manifest.version).toBe(version);
    expect(existsSync(path.join(installed(), 'src'))).toBe(false);
    const modules = readdirSync(path.join(installed(), 'node_modules'), { recursive: false });
    for (const dev of Object.keys(manifest.devDependencies)) expect(modules).not.toContain(dev.split('/')[0]);
    expect(invitelint(['--version']).stdout).toBe(`${version}\n`);
  });
});

describe('invitelint installed globally, run from an unrelated folder', { timeout: RUNS_TIMEOUT }, () => {
  it('answers --help (fast path) with the lint options', () => {
    const run = invitelint(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(fromClone(['--help']).stdout);
    expect(run.stdout).toContain('Lint options');
  });

  it('init writes a template in a new folder whose $schema line reaches the installed schema, and it lints clean', () => {
    const run = invitelint(['init', 'notices/2027-03.yaml']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('`invitelint notices/2027-03.yaml`');
    const first = readFileSync(path.join(elsewhere, 'notices/2027-03.yaml'), 'utf8').split('\n')[0]!;
    const ref = /^# yaml-language-server: \$schema=(.+)$/.exec(first)![1]!;
    expect(path.resolve(elsewhere, 'notices', ref)).toBe(path.join(installed(), 'schema', 'announcement.schema.json'));
    expect(existsSync(path.resolve(elsewhere, 'notices', ref))).toBe(true);
    const lint = invitelint(['notices/2027-03.yaml', '--as-of', '2027-01-04']);
    expect(lint.stderr).toBe('');
    expect(lint.status).toBe(0);
  });

  it('lints as the clone does, in every format that carries the rule pages', () => {
    for (const format of ['stylish', 'json', 'sarif', 'html']) {
      const args = ['received.yaml', '--as-of', '2026-01-05', '--no-config-lookup', '-f', format];
      const run = invitelint(args);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      expect(run.stdout).toBe(fromClone(args).stdout);
    }
  });

  it('lints a folder with --jobs, its worker threads started from the installed command', () => {
    const folder = path.join(elsewhere, 'batch');
    mkdirSync(folder, { recursive: true });
    for (const name of ['a', 'b', 'c']) copyFileSync(path.join(elsewhere, 'received.yaml'), path.join(folder, `${name}.yaml`));
    const args = ['batch', '--jobs', '2', '--as-of', '2026-01-05', '-f', 'json'];
    const run = invitelint(args);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).summary.files).toBe(3);
    expect(run.stdout).toBe(fromClone(['batch', '--as-of', '2026-01-05', '-f', 'json']).stdout);
  });

  it('explains a rule, lists them without one, and prints the catalogue and the schema', () => {
    const explain = invitelint(['explain', 'notice-period']);
    expect(explain.status).toBe(0);
    expect(explain.stdout).toBe(fromClone(['explain', 'notice-period']).stdout);
    expect(explain.stdout).toContain('Notice period');
    expect(invitelint(['explain']).stdout).toBe(fromClone(['explain']).stdout);
    expect(JSON.parse(invitelint(['rules', '-f', 'json']).stdout)).toHaveLength(RULES.length);
    expect(invitelint(['schema']).stdout).toBe(readFileSync(path.join(installed(), 'schema', 'announcement.schema.json'), 'utf8'));
  });

  it('web writes the offline checker page', () => {
    const run = invitelint(['web', '-o', 'checker.html']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const page = readFileSync(path.join(elsewhere, 'checker.html'), 'utf8');
    expect(page).toBe(readFileSync(path.join(installed(), 'dist', 'checker.html'), 'utf8'));
    expect(page).toContain('Announcement (YAML)');
    expect(page).toContain(version);
  });
});

describe("the installed command's V8 code cache", { timeout: RUNS_TIMEOUT }, () => {
  const lintArgs = ['received.yaml', '--as-of', '2026-01-05', '-f', 'json'];

  it('is one this Node.js accepts after a run, whichever Node.js made the shipped one', () => {
    expect(invitelint(lintArgs).status).toBe(1);
    expect(cacheAccepted()).toBe(true);
  });

  it('when damaged, is rejected quietly and written afresh', () => {
    const expected = invitelint(lintArgs).stdout;
    writeFileSync(cacheFile(), 'not a V8 code cache');
    const run = invitelint(lintArgs);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(expected);
    expect(readFileSync(cacheFile(), 'utf8')).not.toBe('not a V8 code cache');
    expect(cacheAccepted()).toBe(true);
  });

  it('is not written, and the run is the same, when the installation is read-only', () => {
    const expected = invitelint(lintArgs).stdout;
    rmSync(cacheFile());
    const dist = path.join(installed(), 'dist');
    // Root writes anywhere, so root runs the command as `nobody`; anyone else loses write access to dist/.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) for (const folder of [base, elsewhere]) chmodSync(folder, 0o755);
    else chmodSync(dist, 0o555);
    try {
      const run = invitelint(lintArgs, asRoot ? { uid: 65534, gid: 65534 } : {});
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      expect(run.stdout).toBe(expected);
    } finally {
      if (!asRoot) chmodSync(dist, 0o755);
    }
    expect(readdirSync(dist).filter((file) => file.includes('.cache'))).toEqual([]);
  });
});

describe('invitelint installed into a project', { timeout: RUNS_TIMEOUT }, () => {
  beforeAll(() => {
    mkdirSync(project, { recursive: true });
    writeFileSync(path.join(project, 'package.json'), `${JSON.stringify({ name: 'secretariat-notices', private: true, type: 'module' }, null, 2)}\n`);
    npm(['install', '--save-dev', tarball], project);
  }, NPM_TIMEOUT);

  it('runs with npx, and init points at the schema in node_modules', () => {
    const npx = (args: string[]) => spawnSync('npx', ['--no-install', 'invitelint', ...args], { cwd: project, encoding: 'utf8', env: cleanEnv() });
    const init = npx(['init', 'notices/first.yaml']);
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('`npx invitelint notices/first.yaml`');
    expect(readFileSync(path.join(project, 'notices/first.yaml'), 'utf8').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../node_modules/invitelint/schema/announcement.schema.json',
    );
    const lint = npx(['notices/first.yaml', '--as-of', '2027-01-04']);
    expect(lint.stderr).toBe('');
    expect(lint.status).toBe(0);
  });

  it('is imported by name as a library', () => {
    const script = `import { lintText, VERSION } from 'invitelint';
      const report = lintText(process.argv[1], { filePath: 'received.yaml', asOf: '2026-01-05' });
      console.log(JSON.stringify({ version: VERSION, errors: report.summary.errors }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, readFileSync(path.join(elsewhere, 'received.yaml'), 'utf8')], { cwd: project, encoding: 'utf8', env: cleanEnv() });
    expect(run.status).toBe(0);
    const cli = JSON.parse(invitelint(['received.yaml', '--as-of', '2026-01-05', '-f', 'json']).stdout) as { summary: { errors: number } };
    expect(JSON.parse(run.stdout)).toEqual({ version, errors: cli.summary.errors });
  });
});
