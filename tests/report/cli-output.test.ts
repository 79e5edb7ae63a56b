// The formats through the real binary: `-o FILE` for each, and several inputs in one report.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/report/format.js';
import { PASSING, runCli, WSIS_2005 } from '../helpers.js';
import { AS_OF, HOSTILE } from './reports.js';

const INPUTS = [`fixtures/${WSIS_2005}`, `fixtures/${PASSING}`, `fixtures/${HOSTILE}`];

describe('formats on the command line', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'invitelint-formats-'));

  it.each(FORMAT_NAMES)('-o writes the %s report to the file, the same as standard output, and prints nothing', (format) => {
    const file = path.join(dir, `report.${format}`);
    const toFile = runCli([...INPUTS, '--as-of', AS_OF, '-f', format, '-o', file]);
    const toStdout = runCli([...INPUTS, '--as-of', AS_OF, '-f', format]);
    expect(toFile.stderr).toBe('');
    expect(toFile.stdout).toBe('');
    expect(toFile.status).toBe(1);
    expect(toStdout.status).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(toStdout.stdout);
  });

  it('gives several inputs one report: one SARIF run, one JUnit document, one Markdown summary', () => {
    const read = (format: string) => runCli([...INPUTS, '--as-of', AS_OF, '-f', format]).stdout;
    const sarif = JSON.parse(read('sarif'));
    expect(sarif.runs).toHaveLength(1);
    const uris = new Set(sarif.runs[0].properties.announcements.map((announcement: { file: string }) => announcement.file));
    expect(uris).toEqual(new Set(INPUTS));

    const junit = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testsuite' }).parse(read('junit'));
    const json = JSON.parse(read('json'));
    expect(junit.testsuites.testsuite).toHaveLength(json.results.length);
    expect(json.summary.files).toBe(INPUTS.length);

    const markdown = read('markdown');
    expect(markdown.match(/^# /gm)).toHaveLength(1);
    expect(markdown.match(/^## /gm)).toHaveLength(json.results.length);
  });

  it('reports a file it cannot write, and exits 2', () => {
    const run = runCli([`fixtures/${PASSING}`, '--as-of', AS_OF, '-f', 'sarif', '-o', path.join(dir, 'missing-folder', 'out.sarif')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^invitelint: cannot write .*out\.sarif \(ENOENT\)\n$/);
  });
});
