// Config files as ESLint users expect them (issue 20): `extends` as a string or a list, naming presets, shared
// config files or packages; `warning` for `warn`; `overrides` by glob; and a config found outside the working
// folder named on standard error, since a received folder's config can change or waive findings unseen.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../../src/index.js';
import { fixture, runCli, WSIS_2005 } from '../helpers.js';
import { tree } from './tree.js';

const WSIS = fixture(WSIS_2005);
const AS_OF = ['--as-of', '2005-04-01'];

/** Each criterion's status and severity in the json report of `file`, linted in `cwd`. */
function criteria(cwd: string, file: string, extra: string[] = []) {
  const run = runCli([file, ...AS_OF, '-f', 'json', ...extra], { cwd });
  expect(run.stderr).toBe('');
  const report = JSON.parse(run.stdout) as { results: { criteria: { rule: string; status: string; severity: string }[] }[] };
  return Object.fromEntries(report.results[0]!.criteria.map((criterion) => [criterion.rule, `${criterion.severity} ${criterion.status}`]));
}

describe('config files as ESLint users write them', () => {
  it('reads `warning` as `warn`, in a config file and in --rule', () => {
    const root = tree({ '.invitelint.yaml': 'rules:\n  remote-access: warning\n', 'n.yaml': WSIS });
    expect(criteria(root, 'n.yaml')['remote-access']).toBe('warn fail');
    expect(criteria(root, 'n.yaml', ['--rule', 'fair-hours=warning'])['fair-hours']).toMatch(/^warn /);
  });

  it('takes `extends` as one preset name, as it takes a list', () => {
    const one = loadConfig(path.join(tree({ '.invitelint.yaml': 'extends: strict\n' }), '.invitelint.yaml'));
    const list = loadConfig(path.join(tree({ '.invitelint.yaml': 'extends: [strict]\n' }), '.invitelint.yaml'));
    expect(one.extends).toEqual(['strict']);
    expect(one.rules).toEqual(list.rules);
  });

  it('extends a shared config file: its presets join the list, its rules come before the config\'s own', () => {
    const root = tree({
      'common/secretariat.yaml': 'extends: [w3c]\nrules:\n  fair-hours: off\n  remote-access: warn\n',
      'notices/.invitelint.yaml': 'extends: [recommended, ../common/secretariat.yaml]\nrules:\n  remote-access: error\n',
      'notices/n.yaml': WSIS,
    });
    const config = loadConfig(path.join(root, 'notices/.invitelint.yaml'));
    expect(config.extends).toEqual(['recommended', 'w3c']);
    expect(config.rules['fair-hours']!.severity).toBe('off');
    expect(config.rules['remote-access']!.severity).toBe('error');
    expect(config.rules['notice-period']!.options.inPersonDays).toBe(56);
  });

  it('extends a package named invitelint-config-…, found from the config file\'s folder', () => {
    const root = tree({
      'node_modules/invitelint-config-un-secretariat/package.json': '{ "name": "invitelint-config-un-secretariat", "version": "1.0.0" }\n',
      'node_modules/invitelint-config-un-secretariat/.invitelint.yaml': 'extends: [un]\nrules:\n  language-access: error\n',
      '.invitelint.yaml': 'extends: [recommended, invitelint-config-un-secretariat]\n',
      'n.yaml': WSIS,
    });
    expect(criteria(root, 'n.yaml')['language-access']).toBe('error fail');
    expect(loadConfig(path.join(root, '.invitelint.yaml')).rules['language-access']!.options.minLanguages).toBe(6);
  });

  it('says which shared config cannot be found, and refuses configs that extend each other', () => {
    const missing = tree({ '.invitelint.yaml': 'extends: [invitelint-config-nowhere]\n', 'n.yaml': WSIS });
    const run = runCli(['n.yaml', ...AS_OF], { cwd: missing });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('.invitelint.yaml:1:1: `extends: invitelint-config-nowhere`: no such shared config');
    const circle = tree({ 'a.yaml': 'extends: [./b.yaml]\n', 'b.yaml': 'extends: [./a.yaml]\n' });
    expect(() => loadConfig(path.join(circle, 'a.yaml'))).toThrow('configs cannot extend each other in a circle');
  });

  it('keeps the preset errors of a name that is neither a preset nor a shared config', () => {
    expect(parseConfig('extends: w3k\n', 'cfg.yaml').problems.map((problem) => problem.message)).toEqual(['unknown preset "w3k"; did you mean `w3c`?']);
  });

  it('applies `overrides` to the files their globs match, in order, over the config\'s own settings', () => {
    const root = tree({
      '.invitelint.yaml':
        'rules:\n  fair-hours: off\noverrides:\n  - files: [received/**]\n    rules:\n      remote-access: warn\n  - files: [received/2005/*.yaml]\n    extends: [w3c]\n    rules:\n      fair-hours: error\n',
      'drafts/n.yaml': WSIS,
      'received/n.yaml': WSIS,
      'received/2005/n.yaml': WSIS,
    });
    expect([criteria(root, 'drafts/n.yaml')['remote-access'], criteria(root, 'drafts/n.yaml')['fair-hours']]).toEqual(['error fail', 'off off']);
    expect(criteria(root, 'received/n.yaml')['remote-access']).toBe('warn fail');
    const deepest = criteria(root, 'received/2005/n.yaml');
    expect([deepest['remote-access'], deepest['fair-hours']]).toEqual(['warn fail', 'error not-applicable']);
    const printed = runCli(['print-config', 'received/2005/n.yaml'], { cwd: root });
    expect(JSON.parse(printed.stdout).extends).toEqual(['recommended', 'w3c']);
  });

  it('names on standard error a config file found outside the working folder, once, and still applies it', () => {
    const root = tree({ '.invitelint.yaml': 'rules:\n  remote-access: off\n', 'received/a.yaml': WSIS, 'received/b.yaml': WSIS });
    const run = runCli(['a.yaml', 'b.yaml', ...AS_OF, '-f', 'json'], { cwd: path.join(root, 'received') });
    expect(run.stderr).toBe(
      'invitelint: using ../.invitelint.yaml, a config file outside the working folder; for received material, lint with --no-config-lookup --no-inline-waivers\n',
    );
    expect(JSON.parse(run.stdout).results[0].criteria.find((c: { rule: string }) => c.rule === 'remote-access').status).toBe('off');
    const ignored = runCli(['a.yaml', ...AS_OF, '-f', 'json', '--no-config-lookup'], { cwd: path.join(root, 'received') });
    expect(ignored.stderr).toBe('');
    expect(JSON.parse(ignored.stdout).results[0].criteria.find((c: { rule: string }) => c.rule === 'remote-access').status).toBe('fail');
  });
});
