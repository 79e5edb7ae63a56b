// Waivers never hide a finding: it stays reported, marked waived with its reason, and counted apart.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WaiverInput } from '../../src/engine/config.js';
import { settleConfigWaivers } from '../../src/engine/waivers.js';
import type { Finding } from '../../src/engine/types.js';
import { lintText, resolveConfig } from '../../src/index.js';
import { findingsOf, fixture, lintOne, PASSING, statusOf, WSIS_2005 } from '../helpers.js';

const WSIS = fixture(WSIS_2005);

/** The 2005 fixture with `comment` inserted as a new line before line `before` (1-based). */
function withComment(before: number, comment: string, text = WSIS): string {
  const lines = text.split('\n');
  lines.splice(before - 1, 0, comment);
  return lines.join('\n');
}

const waivedOnly = (findings: Finding[]) => findings.filter((finding) => finding.waived);

describe('inline waivers', () => {
  it('disable-next-line waives the next key’s findings, keeps them reported with the reason, and counts them apart', () => {
    const plain = lintOne(WSIS);
    const text = withComment(18, '# invitelint-disable-next-line remote-access -- closed session under rule 61');
    const result = lintOne(text);
    const remote = findingsOf(result, 'remote-access');
    expect(remote).toHaveLength(1);
    expect(remote[0]!.line).toBe(20);
    expect(remote[0]!.waived).toEqual({ reason: 'closed session under rule 61', origin: 'inline' });
    expect(statusOf(result, 'remote-access')).toBe('waived');
    expect(result.waivedCount).toBe(1);
    expect(result.errorCount).toBe(plain.errorCount - 1);
    expect(result.findings).toHaveLength(plain.findings.length);
  });

  it('waives only the next key: the same rule elsewhere is not waived', () => {
    // Two convener-picked groups: a waiver above the first covers it alone, so the criterion still fails.
    const text = withComment(25, '    # invitelint-disable-next-line stakeholder-self-selection -- civil society agreed in writing');
    const result = lintOne(text);
    const findings = findingsOf(result, 'stakeholder-self-selection');
    expect(findings.map((finding) => [finding.line, finding.waived?.reason ?? null])).toEqual([
      [27, 'civil society agreed in writing'],
      [30, null],
    ]);
    expect(statusOf(result, 'stakeholder-self-selection')).toBe('fail');
  });

  it('names several rules separated by commas', () => {
    const text = withComment(30, '# invitelint-disable-next-line format-clarity, honest-labels -- the format is set by the convener', WSIS);
    const result = lintOne(text);
    expect(findingsOf(result, 'format-clarity').every((finding) => finding.waived)).toBe(true);
    expect(statusOf(result, 'format-clarity')).toBe('waived');
    // honest-labels is reported on `labels`, not on `format`: that part of the waiver is unused.
    const unused = findingsOf(result, 'unused-waiver');
    expect(unused.map((finding) => [finding.line, finding.severity, finding.message])).toEqual([
      [30, 'warn', 'the inline waiver of `format-clarity`, `honest-labels` waives no finding of `honest-labels` in this announcement'],
    ]);
  });

  it('disable before the first key waives the whole document', () => {
    const text = withComment(7, '# invitelint-disable notice-period, language-access -- sent late by decision of the bureau');
    const result = lintOne(text);
    expect(statusOf(result, 'notice-period')).toBe('waived');
    expect(statusOf(result, 'language-access')).toBe('waived');
    expect(waivedOnly(result.findings).map((finding) => finding.rule).sort()).toEqual(['language-access', 'notice-period']);
  });

  it('disable after the first key is an error and is not applied', () => {
    const result = lintOne(withComment(12, '# invitelint-disable notice-period -- too late here'));
    expect(statusOf(result, 'notice-period')).toBe('fail');
    const invalid = findingsOf(result, 'invalid-waiver');
    expect(invalid.map((finding) => [finding.line, finding.column, finding.severity])).toEqual([[12, 1, 'error']]);
    expect(invalid[0]!.message).toMatch(/must come before its first key/);
  });

  it('a waiver without a reason is an error and is not applied', () => {
    for (const comment of ['# invitelint-disable-next-line remote-access', '# invitelint-disable-next-line remote-access --   ']) {
      const result = lintOne(withComment(18, comment));
      expect(statusOf(result, 'remote-access')).toBe('fail');
      expect(waivedOnly(result.findings)).toEqual([]);
      expect(findingsOf(result, 'invalid-waiver').map((f) => [f.line, f.severity, f.message])).toEqual([
        [18, 'error', 'the waiver of `remote-access` gives no reason, so it is not applied'],
      ]);
    }
  });

  it('an unknown rule is an error with the nearest rule suggested; syntax and schema can never be waived', () => {
    const result = lintOne(withComment(18, '# invitelint-disable-next-line remote-acess, schema -- closed'));
    expect(findingsOf(result, 'invalid-waiver').map((f) => f.message)).toEqual([
      'the waiver names an unknown rule `remote-acess`; did you mean `remote-access`?',
      '`schema` findings can never be waived: the file must be fixed',
    ]);
    expect(statusOf(result, 'remote-access')).toBe('fail');
  });

  it('a schema error stays an error whatever the comments say', () => {
    const broken = withComment(7, '# invitelint-disable schema -- we know', WSIS.replace('duration: 3h', 'duration: three hours'));
    const result = lintOne(broken);
    expect(result.findings.map((finding) => [finding.rule, finding.waived])).toEqual([['schema', null]]);
    expect(result.errorCount).toBe(1);
  });

  it('a waiver that waives nothing is an unused-waiver warning at the comment', () => {
    const result = lintOne(withComment(18, '# invitelint-disable-next-line fair-hours -- no remote participants'));
    expect(findingsOf(result, 'unused-waiver').map((f) => [f.line, f.column, f.severity])).toEqual([[18, 1, 'warn']]);
    expect(result.warningCount).toBe(lintOne(WSIS).warningCount + 1);
  });

  it('is ignored with inlineWaivers: false (--no-inline-waivers)', () => {
    const text = withComment(18, '# invitelint-disable-next-line remote-access -- closed session under rule 61');
    const result = lintOne(text, { inlineWaivers: false });
    expect(statusOf(result, 'remote-access')).toBe('fail');
    expect(result.waivedCount).toBe(0);
    expect(findingsOf(result, 'unused-waiver')).toEqual([]);
  });

  it('does not read a waiver out of a text value', () => {
    const text = WSIS.replace('  description: reviewing comments', '  description: |\n    reviewing comments\n    # invitelint-disable format-clarity -- not a comment');
    const result = lintOne(text);
    expect(statusOf(result, 'format-clarity')).toBe('not-stated');
    expect(result.waivedCount).toBe(0);
  });

  it('finds every form of directive, the malformed ones too (no file with one is skipped as having none)', () => {
    const forms: [number, string, string, number][] = [
      // [line, comment, rule of the finding at the comment, line of that finding]
      [18, '#invitelint-disable-next-line remote-access', 'invalid-waiver', 18],
      [18, '  #   invitelint-disable-next-line   remote-access  ', 'invalid-waiver', 18],
      [18, '# invitelint-disable-next-line', 'invalid-waiver', 18],
      [18, '# invitelint-disable-next-line -- a reason but no rule', 'invalid-waiver', 18],
      [18, '# invitelint-disable-next-line nonsense -- x', 'invalid-waiver', 18],
      [7, '# invitelint-disable', 'invalid-waiver', 7],
      [7, '#invitelint-disable fair-hours -- no remote participants', 'unused-waiver', 7],
      [12, '# invitelint-disable notice-period -- after the first key', 'invalid-waiver', 12],
      [18, '# invitelint-disable-next-line fair-hours -- nothing to waive', 'unused-waiver', 18],
    ];
    for (const [before, comment, rule, line] of forms) {
      const result = lintOne(withComment(before, comment));
      expect(findingsOf(result, rule).map((finding) => finding.line), comment).toEqual([line]);
    }
    // At the end of a key's line, after its value.
    const trailing = WSIS.replace('\nremote:\n', '\nremote: # invitelint-disable-next-line remote-access\n');
    expect(trailing).not.toBe(WSIS);
    expect(findingsOf(lintOne(trailing), 'invalid-waiver')).toHaveLength(1);
    // Case matters, as in the directive's own pattern: neither text is a directive.
    for (const comment of ['# Invitelint-disable-next-line remote-access', '# invitelint-Disable remote-access']) {
      const result = lintOne(withComment(18, comment));
      expect(result.findings.filter((finding) => finding.rule.endsWith('-waiver')), comment).toEqual([]);
    }
  });

  it('applies to its own document only', () => {
    const second = withComment(7, '# invitelint-disable notice-period -- the second notice was sent late on purpose');
    const results = lintText(`${WSIS}\n---\n${second}`, { asOf: '2026-01-05' }).results;
    expect(results.map((result) => statusOf(result, 'notice-period'))).toEqual(['fail', 'waived']);
  });
});

describe('config waivers', () => {
  const configFile = path.resolve('notices/.invitelint.yaml');
  const config = (waivers: WaiverInput[]) => resolveConfig({ waivers }, {}, configFile);
  const closed = { rule: 'remote-access', files: ['closed/*.yaml'], reason: 'Closed session under rule 61', line: 4 };

  it("matches files by globs relative to the config file's folder", () => {
    const inside = lintOne(WSIS, { config: config([closed]), filePath: 'notices/closed/2005.yaml' });
    expect(findingsOf(inside, 'remote-access')[0]!.waived).toEqual({ reason: 'Closed session under rule 61', origin: 'config', waiver: 'notices/.invitelint.yaml#0' });
    expect(statusOf(inside, 'remote-access')).toBe('waived');
    const outside = lintOne(WSIS, { config: config([closed]), filePath: 'notices/open/2005.yaml' });
    expect(statusOf(outside, 'remote-access')).toBe('fail');
    // Not covered, so not unused either.
    expect(findingsOf(outside, 'unused-waiver')).toEqual([]);
  });

  it('covers every file when it has no files', () => {
    const result = lintOne(WSIS, { config: config([{ rule: 'notice-period', reason: 'all sent late' }]), filePath: 'anywhere/x.yaml' });
    expect(statusOf(result, 'notice-period')).toBe('waived');
  });

  it('applies up to and including its expiry date, against --as-of for a draft', () => {
    const expiring = { ...closed, expires: '2005-04-30' };
    const on = (asOf: string) => lintOne(WSIS, { config: config([expiring]), filePath: 'notices/closed/2005.yaml', asOf });
    expect(statusOf(on('2005-04-30'), 'remote-access')).toBe('waived');
    const after = on('2005-05-01');
    expect(statusOf(after, 'remote-access')).toBe('fail');
    expect(findingsOf(after, 'remote-access')[0]!.waived).toBeNull();
    expect(findingsOf(after, 'unused-waiver').map((f) => f.message)).toEqual([
      'the waiver of `remote-access` in notices/.invitelint.yaml (line 4) expired on 2005-04-30, so its findings count again (it said: Closed session under rule 61)',
    ]);
  });

  it('a covering waiver that matches nothing is an unused-waiver warning', () => {
    const result = lintOne(WSIS, { config: config([{ ...closed, rule: 'fair-hours' }]), filePath: 'notices/closed/2005.yaml' });
    expect(findingsOf(result, 'unused-waiver').map((f) => [f.line, f.severity, f.message])).toEqual([
      [7, 'warn', 'the waiver of `fair-hours` in notices/.invitelint.yaml (line 4) waives no finding in the announcements it covers'],
    ]);
  });

  it('two waivers with the same rule and reason are two: the one that waives nothing in the run is reported', () => {
    const twins: WaiverInput[] = [
      { rule: 'remote-access', files: ['closed/*.yaml'], reason: 'closed session', line: 4 },
      { rule: 'remote-access', files: ['open/*.yaml'], reason: 'closed session', line: 8 },
    ];
    const closedResult = lintOne(WSIS, { config: config(twins), filePath: 'notices/closed/2005.yaml' });
    const openResult = lintOne(fixture(PASSING), { config: config(twins), filePath: 'notices/open/hybrid.yaml' });
    expect(findingsOf(closedResult, 'remote-access')[0]!.waived).toEqual({ reason: 'closed session', origin: 'config', waiver: 'notices/.invitelint.yaml#0' });
    const settled = settleConfigWaivers([closedResult, openResult]);
    expect(settled.flatMap((result) => findingsOf(result, 'unused-waiver').map((f) => [result.file, f.message]))).toEqual([
      ['notices/open/hybrid.yaml', 'the waiver of `remote-access` in notices/.invitelint.yaml (line 8) waives no finding in the announcements it covers'],
    ]);
  });

  it('a folder name covers the files below it', () => {
    const result = lintOne(WSIS, { config: config([{ ...closed, files: ['closed'] }]), filePath: 'notices/closed/2005/a.yaml' });
    expect(statusOf(result, 'remote-access')).toBe('waived');
  });

  it('without a reason (given through the library) is an error and is not applied', () => {
    const result = lintOne(WSIS, { config: config([{ rule: 'remote-access' }]), filePath: 'x.yaml' });
    expect(statusOf(result, 'remote-access')).toBe('fail');
    expect(findingsOf(result, 'invalid-waiver').map((f) => f.severity)).toEqual(['error']);
  });

  it('the inline reason wins over the config one for the same finding, and neither is unused', () => {
    const text = withComment(18, '# invitelint-disable-next-line remote-access -- webcast only, by decision 12');
    const result = lintOne(text, { config: config([{ rule: 'remote-access', reason: 'closed' }]), filePath: 'x.yaml' });
    expect(findingsOf(result, 'remote-access')[0]!.waived).toEqual({ reason: 'webcast only, by decision 12', origin: 'inline' });
    expect(findingsOf(result, 'unused-waiver')).toEqual([]);
  });
});
