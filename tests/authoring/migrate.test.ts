// `invitelint migrate`: format v1 files become v2 with their comments and order, and lint the same.
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateText } from '../../src/authoring/migrate.js';
import { lintText } from '../../src/index.js';
import { fixture, ROOT, runCli } from '../helpers.js';

const AS_OF = '2026-01-05';
// The criteria whose facts only v2 can state: a v1 file's remedy says to move to v2, and a v2 file without a
// revision says it is the first invitation, so their words and material-changes' status differ by version.
const V2_ONLY = new Set(['accessibility', 'records-and-feedback', 'cost-barriers', 'material-changes']);
const verdicts = (text: string) =>
  lintText(text, { asOf: AS_OF }).results.map((result) => ({
    criteria: result.criteria.filter((criterion) => !V2_ONLY.has(criterion.rule)).map((criterion) => `${criterion.rule} ${criterion.status}`),
    findings: result.findings.filter((finding) => !V2_ONLY.has(finding.rule)).map((finding) => `${finding.rule} ${finding.message} -> ${finding.remedy ?? ''}`),
  }));

describe('invitelint migrate', () => {
  it('moves the deadline and captioning to their v2 homes, with their comments, and sets format_version', () => {
    const v1 = [
      '# a v1 notice',
      'title: t',
      'convener: { name: c }',
      'meeting:',
      '  start: 2026-03-16T13:00',
      '  timezone: Europe/Zurich',
      '  duration: 3h',
      '  venue: { city: Geneva, country: CH }',
      '  # the deadline, as written',
      '  registration_deadline: 2026-03-02  # stated',
      'languages:',
      '  working: [en]',
      '  captioning: true',
      '',
    ].join('\n');
    const result = migrateText(v1);
    expect(result.problems).toEqual([]);
    expect(result.text).toBe(
      [
        'format_version: 2',
        '# a v1 notice',
        'title: t',
        'convener: { name: c }',
        'meeting:',
        '  start: 2026-03-16T13:00',
        '  timezone: Europe/Zurich',
        '  duration: 3h',
        '  venue: { city: Geneva, country: CH }',
        'admission:',
        '  # the deadline, as written',
        '  closes: 2026-03-02 # stated',
        'languages:',
        "  working: [ en ]", // yaml writes flow collections with inner spaces
        'accessibility:',
        '  captioning: true',
        '',
      ].join('\n'),
    );
    expect(result.changes).toEqual([
      '`format_version: 2` added',
      'line 10: `meeting.registration_deadline` is now `admission.closes`',
      'line 13: `languages.captioning` is now `accessibility.captioning`',
    ]);
  });

  it.each(readdirSync(path.join(ROOT, 'fixtures')).filter((name) => name.endsWith('.yaml')))(
    'leaves the verdicts of fixtures/%s as they were',
    (name) => {
      const text = fixture(name);
      const result = migrateText(text);
      if (result.text === null) return expect(result.problems.length).toBeGreaterThan(0); // not YAML: nothing to migrate
      expect(verdicts(result.text)).toEqual(verdicts(text));
      expect(migrateText(result.text).changes).toEqual([]); // a v2 file is left alone
    },
  );

  it('refuses what it cannot read, and the command writes in place, checks, or prints', () => {
    expect(migrateText('title: [unclosed').problems[0]).toMatch(/^line 1: .*fix the YAML first$/);
    expect(migrateText('format_version: 3\ntitle: t\n').problems).toEqual(['line 1: `format_version` is 3; only version 1 is migrated']);
    const dir = mkdtempSync(path.join(tmpdir(), 'invitelint-migrate-'));
    const file = path.join(dir, 'notice.yaml');
    copyFileSync(path.join(ROOT, 'fixtures/wsis-2005-informal-consultations.yaml'), file);
    const check = runCli(['migrate', '--check', file]);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('would be migrated to format v2');
    expect(readFileSync(file, 'utf8')).toContain('format_version: 1');
    const printed = runCli(['migrate', '--stdout', file]);
    expect(printed.status).toBe(0);
    expect(printed.stdout).toContain('format_version: 2');
    const write = runCli(['migrate', file]);
    expect(write.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(printed.stdout);
    expect(runCli(['migrate', '--check', file]).status).toBe(0);
    writeFileSync(path.join(dir, 'broken.yaml'), 'title: [\u001b[31m\n');
    const broken = runCli(['migrate', path.join(dir, 'broken.yaml'), file]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).not.toContain('\u001b');
  });
});
