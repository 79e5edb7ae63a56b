// Every schema and syntax problem is a finding at its exact 1-based line and column (issue 2, item 2).
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/index.js';
import { fixture, PASSING, PASSING_V1 } from '../helpers.js';

const base = fixture(PASSING_V1);

function problems(text: string) {
  return lintText(text, { asOf: '2026-01-05' }).results.map((result) =>
    result.findings
      .filter((finding) => finding.rule === 'syntax' || finding.rule === 'schema')
      .map((finding) => ({ rule: finding.rule, at: `${finding.line}:${finding.column}`, path: finding.path, message: finding.message })),
  );
}

/** The line of the first occurrence of `needle` in the passing fixture, 1-based. */
function lineOf(needle: string): number {
  return base.slice(0, base.indexOf(needle)).split('\n').length;
}

describe('schema and syntax findings', () => {
  it.each([
    ['a misspelt key, with the nearest known key', 'issued:', 'isued:', 'issued:', 1, 'unknown field `isued` in the announcement; did you mean `issued`?'],
    ['a day-first date', 'issued: 2026-01-12', 'issued: 02/05/2005', 'issued:', 1, 'expected a date (2005-04-18) or a date and time (2005-04-18T09:00+02:00), got "02/05/2005"'],
    ['a date in words', 'issued: 2026-01-12', 'issued: May 2nd', 'issued:', 1, 'got "May 2nd"'],
    ['an impossible date', 'issued: 2026-01-12', 'issued: 2005-02-30', 'issued:', 1, '2005-02-30 is not a day of the calendar'],
    ['a duration without a unit', 'duration: 3h', 'duration: 180', 'duration:', 3, 'a duration needs a unit: write 180m or 3h (or PT3H)'],
    ['an unknown time zone', 'timezone: Europe/Zurich', 'timezone: Europe/Genva', 'timezone:', 3, '"Europe/Genva" is not a known time zone'],
    ['a time-zone offset instead of a name', 'timezone: Europe/Zurich', 'timezone: "+01:00"', 'timezone:', 3, '"+01:00" is an offset from UTC, not a time zone name'],
    ['a value outside the value set', 'participation: speak', 'participation: speek', 'participation:', 3, 'should be one of: none, listen, speak, not "speek"; did you mean `speak`?'],
    ['YAML 1.2: yes is text, not true', 'captioning: true', 'captioning: yes', 'captioning:', 3, '`languages.captioning` should be true or false, not "yes"'],
    ['a misspelt key inside a list item', 'selection: self', 'selecton: self', 'selection: self', 7, 'unknown field `selecton` in `invitees.groups[1]`; did you mean `selection`?'],
    ['both a duration and an end', 'duration: 3h', 'duration: 3h\n  end: 2026-03-16T16:00', 'duration: 3h', 3, 'give either `duration` or `end`, not both'],
  ])('%s', (_name, from, to, anchor, column, message) => {
    const [found] = problems(base.replace(from, to));
    expect(found).toHaveLength(1);
    expect(found![0]!.message).toContain(message);
    const line = lineOf(anchor) + (_name.startsWith('both') ? 1 : 0);
    expect(found![0]!.at).toBe(`${line}:${column}`);
  });

  it.each([
    ['2026-03-16T12:00', 'the end 2026-03-16T12:00 is not after the start 2026-03-16T13:00'],
    ['2026-03-16T13:00', 'the end 2026-03-16T13:00 is not after the start 2026-03-16T13:00'],
  ])('refuses a session that ends at %s, not after its start', (end, message) => {
    const [found] = problems(base.replace('duration: 3h', `end: ${end}`));
    expect(found).toEqual([{ rule: 'schema', at: `${lineOf('duration: 3h')}:3`, path: 'meeting.end', message: `\`meeting.end\`: ${message}` }]);
  });

  it('points a missing required field at its parent mapping', () => {
    const [found] = problems(base.replace('  name: Chair of the Preparatory Committee\n', ''));
    expect(found).toEqual([{ rule: 'schema', at: `${lineOf('convener:')}:1`, path: 'convener.name', message: '`convener.name` is required' }]);
  });

  it('points a missing top-level field at the first key of the document', () => {
    const [found] = problems(base.replace(/^title:.*\n/m, ''));
    expect(found).toEqual([{ rule: 'schema', at: `${lineOf('format_version')}:1`, path: 'title', message: '`title` is required' }]);
  });

  it('needs a time zone for a local time', () => {
    const [found] = problems(base.replace('  timezone: Europe/Zurich\n', ''));
    expect(found![0]).toMatchObject({ at: `${lineOf('meeting:')}:1`, path: 'meeting' });
    expect(found![0]!.message).toContain('a time without an offset needs `timezone`');
  });

  it.each([
    ['the end of a session', 'start: 2026-03-16T13:00+01:00\n  end: 2026-03-16T16:00'],
    ['the second of two sessions', 'sessions:\n    - { start: 2026-03-16T13:00+01:00, duration: 3h }\n    - { start: 2026-03-17T13:00, duration: 3h }'],
  ])('needs a time zone when only %s has no offset', (_name, times) => {
    const text = base.replace('  timezone: Europe/Zurich\n', '').replace('  duration: 3h\n', '').replace('start: 2026-03-16T13:00', times);
    const [found] = problems(text);
    expect(found).toHaveLength(1);
    expect(found![0]).toMatchObject({ at: `${lineOf('meeting:')}:1`, path: 'meeting' });
    expect(found![0]!.message).toContain('a time without an offset needs `timezone`');
  });

  it('accepts times with offsets without a time zone', () => {
    const text = base.replace('  timezone: Europe/Zurich\n', '').replace('start: 2026-03-16T13:00', 'start: 2026-03-16T13:00+01:00');
    expect(problems(text)).toEqual([[]]);
  });

  it('reports a duplicate key as a syntax finding at the second occurrence', () => {
    const [found] = problems(base.replace('issued: 2026-01-12', 'issued: 2026-01-12\nissued: 2026-01-13'));
    expect(found).toEqual([{ rule: 'syntax', at: `${lineOf('issued:') + 1}:1`, path: '', message: 'the field `issued` appears twice; each field may be given once' }]);
  });

  it('reports a key longer than YAML allows (1,024 characters before its colon) as one syntax finding at the key', () => {
    const [found] = problems(base.replace('issued:', `${'k'.repeat(1030)}: 1\nissued:`));
    expect(found).toEqual([
      { rule: 'syntax', at: `${lineOf('issued:')}:1`, path: '', message: 'a field name is longer than 1024 characters: a field name is a word or two, followed by a colon' },
    ]);
    // At the limit the key is read, and it is an unknown field.
    const [atLimit] = problems(base.replace('issued:', `${'k'.repeat(1024)}: 1\nissued:`));
    expect(atLimit).toEqual([{ rule: 'schema', at: `${lineOf('issued:')}:1`, path: 'k'.repeat(1024), message: `unknown field \`${'k'.repeat(200)}…\` in the announcement` }]);
  });

  it('reports malformed YAML as a syntax finding', () => {
    const [found] = problems('title: [unclosed\n');
    expect(found![0]!.rule).toBe('syntax');
    expect(found![0]!.at).toMatch(/^[12]:\d+$/);
  });

  it.each([
    ['an empty file', ''],
    ['a file of comments only', '# nothing here\n'],
  ])('reports %s as one schema finding at line 1', (_name, text) => {
    expect(problems(text)).toEqual([[{ rule: 'schema', at: '1:1', path: '', message: expect.stringContaining('the file is empty') }]]);
  });

  it('lints each document of a multi-document file on its own, numbering from 0', () => {
    const passing = fixture(PASSING);
    const report = lintText(`${passing}---\ntitle: A second, incomplete announcement\n`, { asOf: '2026-01-05' });
    expect(report.results.map((result) => result.document)).toEqual([0, 1]);
    expect(report.results[0]!.findings).toEqual([]);
    const second = report.results[1]!.findings.map((finding) => `${finding.line} ${finding.message}`);
    const line = passing.split('\n').length + 1;
    expect(second).toEqual([`${line} \`convener\` is required`, `${line} \`meeting\` is required`]);
  });

  it('does not run rules on a document that breaks the format', () => {
    const result = lintText(base.replace('issued:', 'isued:'), { asOf: '2026-01-05' }).results[0]!;
    expect(result.criteria).toEqual([]);
    expect(result.errorCount).toBe(1);
  });
});
