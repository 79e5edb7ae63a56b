// `invitelint rules` and `invitelint explain RULE`: the catalogue, read from the rules' own metadata and pages.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { runCli } from '../helpers.js';

describe('invitelint rules', () => {
  it('lists every rule in catalogue order with its criterion, default severity and description', () => {
    const run = runCli(['rules']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^id +criterion +severity +description$/);
    const rows = lines.slice(1, 1 + RULES.length);
    expect(rows.map((row) => row.split(/\s+/)[0])).toEqual(RULES.map((rule) => rule.meta.id));
    for (const [index, rule] of RULES.entries()) {
      expect(rows[index]).toMatch(new RegExp(`^${rule.meta.id} +${rule.meta.criterion} +${rule.meta.severity} +`));
      expect(rows[index]).toContain(rule.meta.description);
    }
    expect(run.stdout).toContain(`${RULES.length} rules`);
  });

  it('gives machines id, criterion, severity, description, options with defaults and sources', () => {
    const run = runCli(['rules', '--format', 'json']);
    expect(run.status).toBe(0);
    const catalogue = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(catalogue.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.meta.id));
    const fairHours = catalogue.find((rule) => rule.id === 'fair-hours');
    expect(fairHours).toMatchObject({
      criterion: 'Fair hours',
      severity: 'warn',
      options: {
        earliest: { default: '06:00', description: expect.stringContaining('earliest local time') },
        latest: { default: '24:00' },
      },
      sources: [{ title: expect.stringContaining('Organizing a distributed meeting') }],
    });
    const noticePeriod = catalogue.find((rule) => rule.id === 'notice-period');
    expect(noticePeriod?.options).toMatchObject({ inPersonDays: { default: 56 }, workingDays: { default: false } });
    expect(catalogue.find((rule) => rule.id === 'honest-labels')?.options).toMatchObject({
      claims: { default: { 'multi-stakeholder': ['stakeholder-coverage', 'stakeholder-self-selection'] } },
    });
  });

  it('rejects an unknown format with exit 2', () => {
    const run = runCli(['rules', '--format', 'xml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('xml');
  });
});

describe('invitelint explain', () => {
  it.each(RULES.map((rule) => [rule.meta.id]))('renders the page of %s for the terminal', (id) => {
    const run = runCli(['explain', id, '--no-color']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const rule = RULES.find((candidate) => candidate.meta.id === id)!;
    // The title without its Markdown mark, then every section of the page's fixed structure.
    expect(run.stdout.split('\n')[0]).toBe(`${id}: ${rule.meta.criterion}`);
    for (const heading of ['What it checks', 'Options', 'Why', 'Failing example', 'Passing example']) {
      expect(run.stdout).toMatch(new RegExp(`^${heading}$`, 'm'));
    }
    expect(run.stdout).not.toMatch(/^#/m);
    expect(run.stdout).not.toContain('```');
  });

  it('indents code blocks and aligns tables', () => {
    const run = runCli(['explain', 'notice-period', '--no-color']);
    expect(run.stdout).toContain('\n    issued: 2005-04-18\n    meeting:\n      start: 2005-05-02T15:00\n');
    expect(run.stdout).toMatch(/^ {2}option +default +meaning$/m);
    expect(run.stdout).toMatch(/^ {2}`inPersonDays` +56 +in-person meetings/m);
    expect(run.stdout).not.toMatch(/^\|/m);
  });

  it('makes headings bold when colour is on, and prints no escape codes when it is off', () => {
    const coloured = runCli(['explain', 'fair-hours', '--color']);
    expect(coloured.stdout).toContain('\u001b[1mWhat it checks\u001b[22m');
    const plain = runCli(['explain', 'fair-hours'], { env: { NO_COLOR: '1' } });
    expect(plain.stdout).not.toContain('\u001b');
  });

  it('exits 2 for an unknown rule and suggests the nearest id', () => {
    const run = runCli(['explain', 'fair-hour']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('invitelint: unknown rule `fair-hour`; did you mean `fair-hours`?\n');
  });

  it('points to the list when no rule is near, and prints the unknown id safely', () => {
    const run = runCli(['explain', 'zzzzzz\u001b[31m']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('invitelint: unknown rule `zzzzzz`; `invitelint rules` lists them all\n');
  });

  it('lists the rules when none is named, each of which it then explains', () => {
    const run = runCli(['explain']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const listed = [...run.stdout.matchAll(/^ {2}([a-z-]+) +(.+)$/gm)].map((match) => ({ id: match[1], criterion: match[2] }));
    expect(listed).toEqual(RULES.map((rule) => ({ id: rule.meta.id, criterion: rule.meta.criterion })));
    expect(run.stdout).toContain('invitelint explain RULE');
    const example = /^For example: invitelint explain (\S+)$/m.exec(run.stdout)?.[1];
    expect(example).toBe(RULES[0]!.meta.id);
    expect(runCli(['explain', example!, '--no-color']).status).toBe(0);
  });
});
