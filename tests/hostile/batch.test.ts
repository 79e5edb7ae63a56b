// Nothing lost in a batch: any mix of good, broken, missing and unreadable paths reports every readable
// document exactly once, names every path that could not be read, and exits with the worst code (2 > 1 > 0).
import { accessSync, chmodSync, constants, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/lint-files.js';
import { fixture, PASSING, runCli } from '../helpers.js';

const AS_OF = ['--as-of', '2026-01-05', '--no-config-lookup'];
const good = fixture(PASSING);

/** A folder with every kind of path; returns it with the documents that must be reported. */
function messyFolder() {
  const dir = mkdtempSync(path.join(tmpdir(), 'invitelint-batch-'));
  mkdirSync(path.join(dir, 'tree/sub'), { recursive: true });
  writeFileSync(path.join(dir, 'tree/good.yaml'), good);
  writeFileSync(path.join(dir, 'tree/sub/two.yaml'), `${good}---\n${good}`);
  writeFileSync(path.join(dir, 'tree/broken.yaml'), 'title: [unclosed\n');
  writeFileSync(path.join(dir, 'tree/latin1.yaml'), Buffer.from('title: Gen\xe8ve\n', 'latin1'));
  // A loop of folders, a link to a file already walked, a link to nothing, a link to itself.
  symlinkSync('..', path.join(dir, 'tree/sub/loop'));
  symlinkSync('../good.yaml', path.join(dir, 'tree/sub/again.yaml'));
  symlinkSync('nowhere.yaml', path.join(dir, 'tree/dangling.yaml'));
  symlinkSync('self.yaml', path.join(dir, 'tree/self.yaml'));
  // A folder where a file is expected: named *.yaml, holding no announcement.
  mkdirSync(path.join(dir, 'folder.yaml'));
  writeFileSync(path.join(dir, 'locked.yaml'), good);
  chmodSync(path.join(dir, 'locked.yaml'), 0o000);
  let lockedReadable = true;
  try {
    accessSync(path.join(dir, 'locked.yaml'), constants.R_OK);
  } catch {
    lockedReadable = false;
  }
  return { dir, lockedReadable };
}

const DOCUMENTS = ['tree/broken.yaml#0', 'tree/good.yaml#0', 'tree/latin1.yaml#0', 'tree/sub/two.yaml#0', 'tree/sub/two.yaml#1'];

describe('a batch of every kind of path', () => {
  it.each(['1', '3'])('reports each readable document once, names each bad path on standard error, and exits 2 (--jobs %s)', (jobs) => {
    const { dir, lockedReadable } = messyFolder();
    const run = runCli(['tree', 'missing.yaml', 'folder.yaml', 'locked.yaml', 'tree/good.yaml', 'tree/self.yaml', ...AS_OF, '-f', 'json', '--jobs', jobs], {
      cwd: dir,
    });
    expect(run.status).toBe(2);
    const report = JSON.parse(run.stdout) as { results: { file: string; document: number; errorCount: number }[] };
    const reported = report.results.map((r) => `${r.file}#${r.document}`);
    // Running as root, chmod 000 does not stop reading: then the locked file is a readable one like any other.
    expect(reported.sort()).toEqual([...DOCUMENTS, ...(lockedReadable ? ['locked.yaml#0'] : [])].sort());
    const stderr = run.stderr.split('\n').filter(Boolean).sort();
    expect(stderr).toEqual(
      [
        'invitelint: no such file or folder: missing.yaml',
        'invitelint: no *.yaml or *.yml files in the folder folder.yaml',
        'invitelint: tree/dangling.yaml: cannot be read: it does not exist (a symbolic link to nothing?) (ENOENT)',
        'invitelint: tree/self.yaml: cannot be read: a loop of symbolic links (ELOOP)',
        ...(lockedReadable ? [] : ['invitelint: locked.yaml: cannot be read: permission denied (EACCES)']),
      ].sort(),
    );
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('exits 1 when every path is readable and one document fails, 0 when all pass', () => {
    const { dir } = messyFolder();
    expect(runCli(['tree/good.yaml', 'tree/broken.yaml', ...AS_OF], { cwd: dir }).status).toBe(1);
    expect(runCli(['tree/good.yaml', 'tree/sub/two.yaml', ...AS_OF], { cwd: dir }).status).toBe(0);
  });

  it('the library reports the same: results for every readable document, one problem per bad path', async () => {
    const { dir } = messyFolder();
    const report = await lintFiles(['tree', 'missing.yaml'], { cwd: dir, asOf: '2026-01-05', config: {} });
    expect(report.results.map((r) => `${r.file}#${r.document}`).sort()).toEqual(DOCUMENTS);
    expect(report.problems.sort()).toEqual([
      'no such file or folder: missing.yaml',
      'tree/dangling.yaml: cannot be read: it does not exist (a symbolic link to nothing?) (ENOENT)',
      'tree/self.yaml: cannot be read: a loop of symbolic links (ELOOP)',
    ]);
  });

  it('a folder that cannot be listed is named, and the rest of the walk goes on', () => {
    const { dir } = messyFolder();
    mkdirSync(path.join(dir, 'tree/closed'));
    writeFileSync(path.join(dir, 'tree/closed/hidden.yaml'), good);
    chmodSync(path.join(dir, 'tree/closed'), 0o000);
    let listable = true;
    try {
      accessSync(path.join(dir, 'tree/closed'), constants.R_OK | constants.X_OK);
    } catch {
      listable = false;
    }
    const run = runCli(['tree', ...AS_OF, '-f', 'json'], { cwd: dir });
    chmodSync(path.join(dir, 'tree/closed'), 0o755);
    const reported = (JSON.parse(run.stdout) as { results: { file: string; document: number }[] }).results.map((r) => `${r.file}#${r.document}`);
    expect(reported.sort()).toEqual([...DOCUMENTS, ...(listable ? ['tree/closed/hidden.yaml#0'] : [])].sort());
    if (!listable) expect(run.stderr).toContain('invitelint: tree/closed: cannot be listed: permission denied (EACCES)');
    expect(run.status).toBe(2); // the dangling and self links in tree/ are always there
  });
});
