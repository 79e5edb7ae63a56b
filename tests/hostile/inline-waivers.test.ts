// Issue 23, item 3: inline waivers are indexed by rule and line. A file with 20,000 `invitelint-disable-next-line`
// comments took 18 s when every finding was compared with every waiver; each finding now meets only the waivers
// of its rule whose lines hold it. These tests pin what the index must give: the same waivers, in the same order
// of precedence, as comparing each finding with every waiver did.
import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, lintOne, statusOf, WSIS_2005 } from '../helpers.js';

const WSIS = fixture(WSIS_2005);

/** The 2005 case with its one label replaced by `lines` (a block list under `labels:`). */
function withLabels(lines: string[]): string {
  return WSIS.replace('labels: [informal consultations]\n', `labels:\n${lines.join('\n')}\n`);
}

describe('inline waivers, indexed by rule and line', () => {
  it('20,000 waivers, one above each of 20,000 failing labels: each finding gets its own waiver, none is unused', () => {
    const count = 20_000;
    const lines: string[] = [];
    for (let i = 0; i < count; i++) lines.push(`  # invitelint-disable-next-line honest-labels -- reason ${i}`, `  - informal consultations ${i}`);
    const result = lintOne(withLabels(lines), { asOf: '2005-04-01' });
    const labels = findingsOf(result, 'honest-labels');
    expect(labels).toHaveLength(count);
    labels.forEach((finding, i) => expect(finding.waived).toEqual({ reason: `reason ${i}`, origin: 'inline' }));
    expect(findingsOf(result, 'unused-waiver')).toEqual([]);
    expect(statusOf(result, 'honest-labels')).toBe('waived');
  });

  it('nested waivers: the first written covers first, and every waiver that covers a finding counts as used', () => {
    const text = withLabels([
      '  - informal consultations',
      '  # invitelint-disable-next-line honest-labels -- the second label only',
      '  - open consultations',
      '  - consultations',
    ]).replace('labels:\n', '# invitelint-disable-next-line honest-labels -- every label\nlabels:\n');
    const result = lintOne(text, { asOf: '2005-04-01' });
    expect(findingsOf(result, 'honest-labels').map((finding) => [finding.evidence.label, finding.waived?.reason])).toEqual([
      ['informal consultations', 'every label'],
      ['open consultations', 'every label'],
      ['consultations', 'every label'],
    ]);
    expect(findingsOf(result, 'unused-waiver')).toEqual([]);
  });

  it('a waiver of another rule on the same line covers nothing, and is reported unused', () => {
    const text = withLabels(['  # invitelint-disable-next-line fair-hours -- not about labels', '  - informal consultations']);
    const result = lintOne(text, { asOf: '2005-04-01' });
    expect(findingsOf(result, 'honest-labels').map((finding) => finding.waived)).toEqual([null]);
    expect(findingsOf(result, 'unused-waiver').map((finding) => finding.message)).toEqual(['the inline waiver of `fair-hours` waives no finding in this announcement']);
  });
});
