// Config files: every misuse is a one-line problem at its line and column, with the nearest valid name.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatConfigProblem, InvalidConfigError } from '../../src/config/load.js';
import { loadConfig, parseConfig } from '../../src/index.js';

function problems(text: string): string[] {
  const result = parseConfig(text, 'cfg.yaml');
  expect(result.config).toBeNull();
  return result.problems.map(formatConfigProblem);
}

describe('parseConfig: problems at their positions', () => {
  it.each([
    ['a misspelt top-level key', 'extend: [w3c]\n', 'cfg.yaml:1:1: unknown key `extend`; did you mean `extends`?'],
    ['an unknown preset', 'extends: [recommended, w3k]\n', 'cfg.yaml:1:24: unknown preset "w3k"; did you mean `w3c`?'],
    ['a preset nothing like any', 'extends: [zzzzzzzzzzzz]\n', 'cfg.yaml:1:11: unknown preset "zzzzzzzzzzzz"; presets are recommended, strict, w3c, ietf, ec-2002, un'],
    ['extends neither a name nor a list', 'extends: 3\n', 'cfg.yaml:1:1: `extends` should be a preset name or a list of presets and shared configs, not 3'],
    ['an unknown rule', 'rules:\n  notice-periods: warn\n', 'cfg.yaml:2:3: unknown rule `notice-periods`; did you mean `notice-period`?'],
    ['a misspelt severity', 'rules:\n  fair-hours: wran\n', 'cfg.yaml:2:3: rule `fair-hours` should be off, warn or error (or [severity, {options}]), not "wran"; did you mean `warn`?'],
    ['a misspelt severity in a list', 'rules:\n  fair-hours: [eror]\n', 'cfg.yaml:2:16: the severity of rule `fair-hours` should be off, warn or error (or [severity, {options}]), not "eror"; did you mean `error`?'],
    ['a misspelt option', 'rules:\n  notice-period: [error, { inPersonDay: 42 }]\n', 'cfg.yaml:2:28: unknown option `inPersonDay` of rule `notice-period`; did you mean `inPersonDays`?'],
    ['an option of the wrong type', 'rules:\n  notice-period:\n    - error\n    - hybridDays: four weeks\n', 'cfg.yaml:4:7: option `hybridDays` of rule `notice-period` should be a number, not "four weeks"'],
    ['options that contradict each other', 'rules:\n  fair-hours: [warn, { earliest: "10:00", latest: "09:00" }]\n', 'cfg.yaml:2:43: option `latest` of rule `fair-hours`: `earliest` must be before `latest`'],
    ['too many items for a rule', 'rules:\n  fair-hours: [warn, {}, 3]\n', 'cfg.yaml:2:3: rule `fair-hours` should be a severity (off, warn, error) or [severity, {options}], not a list of 3'],
    ['configuring syntax', 'rules:\n  syntax: off\n', 'cfg.yaml:2:3: `syntax` findings cannot be configured: a file that cannot be read as an announcement cannot be checked'],
    ['rules as a list', 'rules: [a]\n', 'cfg.yaml:1:1: `rules` should be a mapping, not a list'],
    ['a waiver for an unknown rule', 'waivers:\n  - rule: remote-acess\n    reason: closed\n', 'cfg.yaml:2:5: unknown rule "remote-acess" in a waiver; did you mean `remote-access`?'],
    ['a waiver without a reason', 'waivers:\n  - rule: remote-access\n    files: [a.yaml]\n', 'cfg.yaml:2:5: a waiver needs a reason: say why `remote-access` does not apply here'],
    ['a waiver with an empty reason', 'waivers:\n  - rule: remote-access\n    reason: "  "\n', 'cfg.yaml:3:5: a waiver needs a reason: say why `remote-access` does not apply here'],
    ['waiving schema', 'waivers:\n  - rule: schema\n    reason: we know\n', 'cfg.yaml:2:5: `schema` findings can never be waived: fix the file instead'],
    ['a waiver expiring on no calendar day', 'waivers:\n  - rule: fair-hours\n    reason: r\n    expires: 2027-02-30\n', 'cfg.yaml:4:5: `waivers[0].expires` should be a date on the calendar in the form YYYY-MM-DD, not "2027-02-30"'],
    ['a misspelt waiver key', 'waivers:\n  - rule: fair-hours\n    reason: r\n    file: [a.yaml]\n', 'cfg.yaml:4:5: unknown waiver key `file`; did you mean `files`?'],
    ['a list instead of a mapping', '- rules\n', 'cfg.yaml:1:1: the configuration should be a mapping, not a list'],
    ['two documents', 'extends: [w3c]\n---\nextends: [un]\n', 'cfg.yaml:2:1: a config file holds one YAML document; remove the second one (after ---)'],
    ['a duplicate key', 'rules: {}\nrules: {}\n', 'cfg.yaml:2:1: Map keys must be unique'],
  ])('%s', (_what, text, expected) => {
    expect(problems(text)).toContain(expected);
  });

  it('says each problem once', () => {
    expect(problems('waivers: [{rule: fair-hours, reason: r, expires: 2027-06-30T00:00}]\n')).toEqual([
      'cfg.yaml:1:41: `waivers[0].expires` should be a date on the calendar in the form YYYY-MM-DD, not "2027-06-30T00:00"',
    ]);
    expect(problems('? [a]\n: 1\n')).toEqual(['cfg.yaml:1:3: unknown key `[ a ]`']);
  });

  it('reports every problem, each on one line, in the order of the file', () => {
    const found = problems('rules:\n  notice-periods: warn\n  fair-hours: wran\nextends: [w3k]\n');
    expect(found.map((line) => line.split(':').slice(1, 3).join(':'))).toEqual(['2:3', '3:3', '4:11']);
    for (const line of found) expect(line).not.toContain('\n');
  });

  it('keeps options exactly as written, so a preset keeps the options the file does not name', () => {
    const result = parseConfig('extends: [w3c]\nrules:\n  notice-period: [error, { onlineDays: 10 }]\n', 'cfg.yaml');
    expect(result.problems).toEqual([]);
    expect(result.config!.rules!['notice-period']).toEqual(['error', { onlineDays: 10 }]);
  });

  it('reads an empty file, or one with comments only, as the recommended preset', () => {
    expect(parseConfig('', 'cfg.yaml')).toEqual({ config: {}, problems: [] });
    expect(parseConfig('# nothing yet\n', 'cfg.yaml')).toEqual({ config: {}, problems: [] });
  });

  it('records the line of each waiver, for messages about it', () => {
    const result = parseConfig('waivers:\n  - rule: fair-hours\n    reason: r\n  - rule: remote-access\n    reason: s\n', 'cfg.yaml');
    expect(result.config!.waivers!.map((waiver) => waiver.line)).toEqual([2, 4]);
  });
});

describe('loadConfig (library)', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'invitelint-config-'));

  it('resolves presets, rules and waivers, remembering the file for waiver globs', () => {
    const file = path.join(folder, '.invitelint.yaml');
    writeFileSync(file, 'extends: [ietf]\nrules:\n  fair-hours: off\nwaivers:\n  - rule: remote-access\n    files: ["closed/*.yaml"]\n    reason: closed session\n');
    const config = loadConfig(file);
    expect(config.configFile).toBe(file);
    expect(config.extends).toEqual(['ietf']);
    expect(config.rules['fair-hours']!.severity).toBe('off');
    expect(config.rules['notice-period']!.options).toMatchObject({ inPersonDays: 28 });
    expect(config.waivers).toMatchObject([{ rule: 'remote-access', files: ['closed/*.yaml'], reason: 'closed session' }]);
  });

  it('throws InvalidConfigError listing every problem at its position', () => {
    const file = path.join(folder, 'bad.yaml');
    writeFileSync(file, 'extends: [w3k]\n');
    expect(() => loadConfig(file)).toThrow(InvalidConfigError);
    try {
      loadConfig(file);
    } catch (error) {
      expect((error as InvalidConfigError).problems).toEqual([{ file, line: 1, column: 11, message: 'unknown preset "w3k"; did you mean `w3c`?' }]);
    }
  });

  it('says so when the file is missing', () => {
    expect(() => loadConfig(path.join(folder, 'missing.yaml'))).toThrow(/cannot read the config file \(no such file\)/);
  });
});
