// Waivers are visible in every output format, end to end: a config waiver and an inline one, through the CLI.
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/report/format.js';
import { fixture, runCli, WSIS_2005 } from '../helpers.js';
import { tree } from './tree.js';

const CONFIG_REASON = 'Closed session under rule 61';
const INLINE_REASON = 'the bureau chose the participants with the groups';

function notices(): string {
  const lines = fixture(WSIS_2005).split('\n');
  // Above `groups:` (line 24): the two convener-picked groups.
  lines.splice(23, 0, `  # invitelint-disable-next-line stakeholder-self-selection -- ${INLINE_REASON}`);
  return tree({
    '.invitelint.yaml': `waivers:\n  - rule: remote-access\n    files: ["closed/*.yaml"]\n    reason: ${CONFIG_REASON}\n`,
    'closed/2005.yaml': lines.join('\n'),
  });
}

const root = notices();
const run = (format: string) => runCli(['closed/2005.yaml', '-f', format, '--as-of', '2005-04-18'], { cwd: root });

describe('waived findings in every format', () => {
  it.each(FORMAT_NAMES)('%s names both reasons', (format) => {
    const { stdout, status } = run(format);
    expect(status).toBe(1);
    expect(stdout).toContain(CONFIG_REASON);
    expect(stdout).toContain(INLINE_REASON);
  });

  it('json: each waived finding carries its reason and origin; counted apart; criteria waived', () => {
    const report = JSON.parse(run('json').stdout);
    const result = report.results[0];
    const waived = result.findings.filter((finding: { waived: unknown }) => finding.waived);
    expect(waived.map((finding: { rule: string; waived: unknown }) => [finding.rule, finding.waived])).toEqual([
      ['remote-access', { reason: CONFIG_REASON, origin: 'config', waiver: '.invitelint.yaml#0' }],
      ['stakeholder-self-selection', { reason: INLINE_REASON, origin: 'inline' }],
      ['stakeholder-self-selection', { reason: INLINE_REASON, origin: 'inline' }],
    ]);
    expect(result.waivedCount).toBe(3);
    expect(report.summary.waived).toBe(3);
    const status = (rule: string) => result.criteria.find((criterion: { rule: string }) => criterion.rule === rule).status;
    expect([status('remote-access'), status('stakeholder-self-selection')]).toEqual(['waived', 'waived']);
  });

  it('stylish: marked waived with the reason, the criterion shown waived, the summary counts them apart', () => {
    const { stdout } = run('stylish');
    expect(stdout).toMatch(/19:3 +waived +no remote participation/);
    expect(stdout).toContain(`waived: ${CONFIG_REASON}`);
    expect(stdout).toMatch(/~ waived +Remote access/);
    expect(stdout).toMatch(/, 3 waived \(1 file/);
  });

  it('sarif: suppressions with the justification, external for the config and inSource for inline', () => {
    const sarif = JSON.parse(run('sarif').stdout);
    const suppressed = sarif.runs[0].results.filter((result: { suppressions?: unknown }) => result.suppressions);
    expect(suppressed.map((result: { ruleId: string; suppressions: { kind: string; justification: string }[] }) => [result.ruleId, result.suppressions[0]!.kind, result.suppressions[0]!.justification])).toEqual([
      ['remote-access', 'external', CONFIG_REASON],
      ['stakeholder-self-selection', 'inSource', INLINE_REASON],
      ['stakeholder-self-selection', 'inSource', INLINE_REASON],
    ]);
  });

  it('junit: a waived criterion is skipped with its reason', () => {
    const { stdout } = run('junit');
    expect(stdout).toMatch(new RegExp(`<testcase name="Remote access"[^>]*>\\s*<skipped message="waived: ${CONFIG_REASON}"`));
  });

  it('github: a waived finding is a notice, titled waived, with the reason', () => {
    const line = run('github').stdout.split('\n').find((text) => text.includes('(remote-access)'))!;
    expect(line).toMatch(/^::notice file=closed\/2005.yaml,line=19,/);
    expect(line).toContain('waived::');
    expect(line).toContain(`Waived: ${CONFIG_REASON}`);
  });

  it('markdown: the scorecard says waived and the finding gives the reason', () => {
    const { stdout } = run('markdown');
    expect(stdout).toMatch(/\| Remote access \| ~ waived \|/);
    expect(stdout).toContain(`- Waived: ${CONFIG_REASON}`);
  });
});
