// Each rule page says what its rule does, and the tables that repeat the metadata are what the metadata says.
// A page's failing example, its blocks laid over BASES.hybrid (BASES.hybridV2 when it says `format_version: 2`),
// fails (or is not stated); its passing example
// passes. Its options table, and the README's criteria table, are what `npm run docs` writes from the catalogue.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { RULES } from '../../rules/index.js';
import { describeRule, type RuleDescription } from '../../src/engine/catalogue.js';
import { cells, formatDefault, idCell, NO_OPTIONS, updateCriteriaTable, updateOptionsTable } from '../../src/tools/doc-tables.mjs';
import { ROOT } from '../helpers.js';
import { BASES, lintRule } from '../test-rule.js';

const BY_ID = RULES.map((rule) => [rule.meta.id, rule] as const);
const RUN_DOCS = 'run `npm run docs` to rewrite the tables from the metadata';

function sectionOf(page: string, heading: string): string {
  const start = page.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`no "## ${heading}" section`);
  const next = page.indexOf('\n## ', start + 4);
  return page.slice(start, next < 0 ? undefined : next);
}

/**
 * A page's example as blocks that replace BASES.hybrid's whole: what the example leaves out of a block is not
 * there. An example's `meeting` may show only what its rule reads; where it gives no time (start or sessions)
 * or no place (venue or online), the base's are kept, as an announcement needs both.
 */
function example(page: string, heading: string): { blocks: string; base: 'hybrid' | 'hybridV2' } {
  const code = /```yaml\n([\s\S]*?)```/.exec(sectionOf(page, heading));
  if (!code) throw new Error(`no yaml under ${heading}`);
  const blocks = parse(code[1]!) as Record<string, unknown> & { meeting?: Record<string, unknown> };
  const name = blocks.format_version === 2 ? 'hybridV2' : 'hybrid';
  const base = (parse(BASES[name]) as { meeting: Record<string, unknown> }).meeting;
  if (blocks.meeting) {
    const { start, timezone, duration, venue } = base;
    if (!('start' in blocks.meeting || 'sessions' in blocks.meeting)) blocks.meeting = { start, timezone, duration, ...blocks.meeting };
    if (!('venue' in blocks.meeting || 'online' in blocks.meeting)) blocks.meeting = { ...blocks.meeting, venue };
  }
  return { blocks: stringify(blocks), base: name };
}

/** The rows of the first table in `text`, as cells. */
function tableRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map(cells);
}

function readable(findings: { rule: string; message: string }[]): string[] {
  return findings.filter((finding) => ['syntax', 'schema', 'internal-error', 'invalid-options'].includes(finding.rule)).map((finding) => finding.message);
}

describe('rule pages: the examples', () => {
  it.each(BY_ID)('%s: the failing example fails (or is not stated)', (_id, rule) => {
    const run = lintRule(rule, { ...example(rule.page, 'Failing example'), asOf: '2026-01-05' });
    expect(readable(run.result.findings)).toEqual([]);
    expect(['fail', 'not-stated']).toContain(run.status);
    expect(run.findings.length).toBeGreaterThan(0);
  });

  it.each(BY_ID)('%s: the passing example passes', (_id, rule) => {
    const run = lintRule(rule, { ...example(rule.page, 'Passing example'), asOf: '2026-01-05' });
    expect(readable(run.result.findings)).toEqual([]);
    expect(run.findings).toEqual([]);
    expect(run.status).toBe('pass');
  });
});

describe('rule pages: the options table', () => {
  it.each(BY_ID)('%s: is what the metadata gives', (_id, rule) => {
    const description = describeRule(rule);
    const rows = tableRows(sectionOf(rule.page, 'Options'));
    expect(rows.map((row) => row[0]), RUN_DOCS).toEqual(Object.keys(description.options).map((name) => `\`${name}\``));
    expect(rows.map((row) => row[1]), RUN_DOCS).toEqual(Object.values(description.options).map((option) => formatDefault(option.default)));
    if (rows.length === 0) expect(sectionOf(rule.page, 'Options')).toContain(NO_OPTIONS);
    expect(updateOptionsTable(rule.page, description), RUN_DOCS).toBe(rule.page);
  });

  it.each(BY_ID)('%s: an option whose default is a mapping has it in a table above, key by key', (_id, rule) => {
    const mappings = Object.entries(describeRule(rule).options).filter(([, option]) => typeof option.default === 'object' && !Array.isArray(option.default));
    for (const [, option] of mappings) {
      // `| open, opens | a, b |`: keys that share their value are written on one row.
      const table = tableRows(sectionOf(rule.page, 'What it checks'));
      const written = Object.fromEntries(table.flatMap(([keys, values]) => keys!.split(', ').map((key) => [key, values!.split(', ')])));
      expect(written).toEqual(option.default);
    }
  });

  it('is the file on disk (the page the rule ships is its README.md)', () => {
    for (const [id, rule] of BY_ID) expect(readFileSync(path.join(ROOT, 'rules', id, 'README.md'), 'utf8')).toBe(rule.page);
  });
});

describe('README: the criteria table', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

  it('has a row per rule in catalogue order, with its criterion and default severity', () => {
    const rows = tableRows(sectionOf(readme, 'The criteria'));
    expect(rows.map((row) => [row[0], row[1], row[3]]), RUN_DOCS).toEqual(RULES.map((rule) => [idCell(rule.meta.id), rule.meta.criterion, rule.meta.severity]));
    expect(updateCriteriaTable(readme, RULES.map(describeRule)), RUN_DOCS).toBe(readme);
  });
});

describe('npm run docs', () => {
  const page = '# x: X\n\n## Options\n\n| option | default | meaning |\n| --- | --- | --- |\n| `days` | 5 | days kept as written |\n| `gone` | 1 | an option since removed |\n\nAfter the table.\n\n## Why\n';
  const options = (entries: Record<string, RuleDescription['options'][string]>) => ({ options: entries });

  it('keeps the meanings written, takes names and defaults from the metadata, and a new option from its description', () => {
    const updated = updateOptionsTable(page, options({ days: { default: 7, description: 'Days.' }, window: { default: ['06:00', '24:00'], description: 'The window, as `HH:MM`.' } }));
    expect(updated).toBe(
      '# x: X\n\n## Options\n\n| option | default | meaning |\n| --- | --- | --- |\n| `days` | 7 | days kept as written |\n| `window` | `[06:00, 24:00]` | the window, as `HH:MM` |\n\nAfter the table.\n\n## Why\n',
    );
  });

  it('says when a rule has no options, and writes a table when it gets one', () => {
    const none = updateOptionsTable(page, options({}));
    expect(none).toBe(`# x: X\n\n## Options\n\n${NO_OPTIONS}\n\nAfter the table.\n\n## Why\n`);
    expect(updateOptionsTable(none, options({ on: { default: false, description: 'Whether it is on.' } }))).toBe(
      '# x: X\n\n## Options\n\n| option | default | meaning |\n| --- | --- | --- |\n| `on` | false | whether it is on |\n\nAfter the table.\n\n## Why\n',
    );
  });

  it('gives a new rule its README row from the metadata and drops a removed rule', () => {
    const readme = '# x\n\n## The criteria\n\n| id | criterion | what it checks | default severity | norm |\n| --- | --- | --- | --- | --- |\n| [`old`](rules/old/README.md) | Old | gone | warn | a norm |\n| [`kept`](rules/kept/README.md) | Kept | written by hand | error | its norm |\n\n## Next\n';
    const rule = (id: string, criterion: string, severity: 'warn' | 'error') => ({ id, criterion, severity, description: 'Checks a thing.', sources: [{ title: 'A public norm' }] });
    expect(updateCriteriaTable(readme, [rule('kept', 'Kept', 'warn'), rule('new-one', 'New one', 'error')])).toBe(
      '# x\n\n## The criteria\n\n| id | criterion | what it checks | default severity | norm |\n| --- | --- | --- | --- | --- |\n| [`kept`](rules/kept/README.md) | Kept | written by hand | warn | its norm |\n| [`new-one`](rules/new-one/README.md) | New one | checks a thing | error | A public norm |\n\n## Next\n',
    );
  });
});
