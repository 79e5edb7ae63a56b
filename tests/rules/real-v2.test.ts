// Real invitations transcribed in format v2 (docs/research/drafts, sources cited at the top of each file): each is
// valid v2, and the verdicts below follow from the facts it states, with the arithmetic beside them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/index.js';
import { ROOT } from '../helpers.js';

const DRAFTS = path.join(ROOT, 'docs/research/drafts');
const AS_OF = '2026-12-02';
const lint = (name: string) => lintText(readFileSync(path.join(DRAFTS, name), 'utf8'), { asOf: AS_OF, filePath: name }).results[0]!;
const status = (name: string, rule: string) => lint(name).criteria.find((criterion) => criterion.rule === rule)!.status;
const messages = (name: string, rule: string) => lint(name).findings.filter((finding) => finding.rule === rule).map((finding) => finding.message);

describe('real invitations in format v2', () => {
  it.each(readdirSync(DRAFTS).filter((name) => name.endsWith('.yaml')))('%s is valid format v2', (name) => {
    const result = lint(name);
    expect(result.findings.filter((finding) => finding.rule === 'syntax' || finding.rule === 'schema')).toEqual([]);
    // Silence is never a pass: nothing a source leaves out makes a criterion pass.
    expect(result.criteria.map((criterion) => criterion.status)).toContain('not-stated');
  });

  it('IGF 2020: issued some day of 8-14 June for an online meeting on 15 June: 15 - 8 = 7 days, under 14 even at the earliest', () => {
    expect(messages('igf-2020-second-open-consultations-online.yaml', 'notice-period')).toEqual([
      'announced 7 days before an online meeting on 2020-06-15 (issued between 2020-06-08 and 2020-06-14: too late even on its first day); at least 14 are needed',
    ]);
  });

  it('UN HLM on NCDs 2018: issued 4 June for 5 July, 31 days, under the 56 of a venue whose remote access is not stated', () => {
    expect(messages('un-hlm-ncds-hearing-2018.yaml', 'notice-period')).toEqual([
      'announced 31 days before a meeting at a venue (remote access not stated) on 2018-07-05; at least 56 are needed',
    ]);
  });

  it('NETmundial 2014: self-constituted, no terms of reference stated; a committee whose naming is not stated', () => {
    expect(status('netmundial-2014.yaml', 'framework-legitimacy')).toBe('not-stated');
    expect(status('netmundial-2014.yaml', 'stakeholder-self-selection')).toBe('not-stated');
    expect(messages('netmundial-2014.yaml', 'stakeholder-self-selection')[0]).toContain('but the invitation does not say who names its members');
  });

  it('a meeting already held with no issue date says so once, and never counts registration days backwards', () => {
    expect(messages('w3c-rdf-validation-2013.yaml', 'notice-period')).toEqual([
      'the meeting started on 2013-09-10, before 2026-12-02, the day this draft is checked for (it has no `issued` date)',
    ]);
  });

  it('UN working group 2024: the revision withdrew Web-TV, so remote access fails', () => {
    expect(status('un-working-group-2024-in-person-only.yaml', 'remote-access')).toBe('fail');
  });
});
