// `invitelint print-config [FILE]`: the merged configuration for FILE (presets, config file, flags).
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../rules/index.js';
import { runCli } from '../helpers.js';
import { tree } from './tree.js';

const root = tree({
  '.invitelint.yaml':
    'extends: [w3c]\nrules:\n  notice-period: [error, { onlineDays: 10 }]\n  language-access: off\n' +
    'waivers:\n  - rule: remote-access\n    files: ["closed/*.yaml"]\n    reason: Closed session under rule 61\n    expires: 2027-06-30\n',
  'ietf/.invitelint.yaml': 'extends: [ietf]\n',
});

function printConfig(args: string[]) {
  const run = runCli(['print-config', ...args], { cwd: root });
  return { ...run, config: run.status === 0 ? JSON.parse(run.stdout) : null };
}

describe('print-config', () => {
  it('prints every rule with its severity and options after presets, file and flags', () => {
    const { config, status } = printConfig(['closed/notice.yaml', '--rule', 'fair-hours=off']);
    expect(status).toBe(0);
    expect(config.configFile).toBe('.invitelint.yaml');
    expect(config.extends).toEqual(['w3c']);
    expect(Object.keys(config.rules)).toEqual(RULE_IDS);
    expect(config.rules['notice-period']).toEqual({
      severity: 'error',
      options: { inPersonDays: 56, hybridDays: 56, onlineDays: 10, workingDays: false, registrationDays: 14 },
    });
    expect(config.rules['language-access'].severity).toBe('off');
    expect(config.rules['fair-hours']).toEqual({ severity: 'off', options: { earliest: '06:00', latest: '24:00' } });
  });

  it('lists the config waivers that cover the file, and only those', () => {
    expect(printConfig(['closed/notice.yaml']).config.waivers).toEqual([
      { rule: 'remote-access', files: ['closed/*.yaml'], reason: 'Closed session under rule 61', expires: '2027-06-30' },
    ]);
    expect(printConfig(['open/notice.yaml']).config.waivers).toEqual([]);
  });

  it('uses the nearest config file for the file given, and adds --preset after it', () => {
    const { config } = printConfig(['ietf/sub/notice.yaml', '--preset', 'strict']);
    expect(config.configFile).toBe('ietf/.invitelint.yaml');
    expect(config.extends).toEqual(['ietf', 'strict']);
    expect(config.rules['notice-period'].options).toMatchObject({ inPersonDays: 28, hybridDays: 56 });
    expect(config.rules['stakeholder-coverage'].severity).toBe('error');
  });

  it('without FILE, shows what a file in the working folder gets; --no-config-lookup shows presets and flags only', () => {
    expect(printConfig([]).config.configFile).toBe('.invitelint.yaml');
    const plain = printConfig(['--no-config-lookup']).config;
    expect(plain.configFile).toBeNull();
    expect(plain.extends).toEqual(['recommended']);
    expect(plain.rules['notice-period'].options.inPersonDays).toBe(56);
    expect(printConfig(['-c', 'ietf/.invitelint.yaml']).config.extends).toEqual(['ietf']);
  });

  it('reports an invalid config at its position and exits 2', () => {
    const broken = tree({ '.invitelint.yaml': 'rules:\n  notice-period: [error, { inPersonDay: 3 }]\n' });
    const run = runCli(['print-config', 'a.yaml'], { cwd: broken });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('invitelint: .invitelint.yaml:2:28: unknown option `inPersonDay` of rule `notice-period`; did you mean `inPersonDays`?\n');
  });

  it('rejects an unknown --rule or --preset with exit 2', () => {
    expect(printConfig(['--rule', 'fair-hour=off']).status).toBe(2);
    expect(printConfig(['--preset', 'w3']).stderr).toMatch(/unknown preset; did you mean `w3c`\?/);
  });
});
