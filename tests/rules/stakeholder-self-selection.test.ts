import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, lintOne, PASSING, statusOf, variant, WSIS_2005 } from '../helpers.js';

const RULE = 'stakeholder-self-selection';

describe('stakeholder-self-selection', () => {
  it('fails the 2005 consultation: civil society and private sector picked by the convener, the Bureau bypassed', () => {
    const result = lintOne(fixture(WSIS_2005));
    expect(statusOf(result, RULE)).toBe('fail');
    expect(findingsOf(result, RULE)).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: 'civil society participants are picked by the convener; the invitation should go through the WSIS Civil Society Bureau',
        remedy: 'send the invitation to the WSIS Civil Society Bureau and let it choose (`selection: focal-point`)',
        path: 'invitees.groups[0].selection',
        line: 26,
        evidence: expect.objectContaining({ stakeholder: 'civil-society', selection: 'convener', focalPoint: 'WSIS Civil Society Bureau' }),
        source: expect.stringContaining('Civil Society Bureau'),
      }),
      expect.objectContaining({
        message: 'private sector participants are picked by the convener; the group should choose its own',
        path: 'invitees.groups[1].selection',
        line: 29,
      }),
    ]);
  });

  it.each([
    ['governments picked by the convener (exempt), the others choose', {}, 'pass', 0],
    ['open to all, whoever picks', { 'invitees.open': true, 'invitees.groups.2.selection': 'convener' }, 'pass', 0],
    ['civil society picked by the convener', { 'invitees.groups.2.selection': 'convener' }, 'fail', 1],
    ['two groups picked by the convener', { 'invitees.groups.1.selection': 'convener', 'invitees.groups.3.selection': 'convener' }, 'fail', 2],
    ['one picked, one not stated', { 'invitees.groups.1.selection': 'convener', 'invitees.groups.3.selection': undefined }, 'fail', 2],
    ['a group without selection', { 'invitees.groups.3.selection': undefined }, 'not-stated', 1],
    ['a government without selection (exempt)', { 'invitees.groups.0.selection': undefined }, 'pass', 0],
    ['no groups, not open', { 'invitees.groups': undefined }, 'not-stated', 1],
    ['no groups, explicitly closed', { 'invitees.groups': undefined, 'invitees.open': false }, 'not-stated', 1],
    ['no invitees at all', { invitees: undefined }, 'not-stated', 1],
  ])('%s', (_name, changes, status, findings) => {
    const result = lintOne(variant(PASSING, changes));
    expect(statusOf(result, RULE)).toBe(status);
    expect(findingsOf(result, RULE)).toHaveLength(findings);
  });

  it('says which group is silent on who chooses, at the group', () => {
    const [finding] = findingsOf(lintOne(variant(PASSING, { 'invitees.groups.3.selection': undefined })), RULE);
    expect(finding).toMatchObject({ message: 'the invitation does not say who chooses the technical community participants', path: 'invitees.groups[3].selection' });
  });

  it('points missing groups at the invitees mapping', () => {
    const [finding] = findingsOf(lintOne(variant(PASSING, { 'invitees.groups': undefined })), RULE);
    expect(finding).toMatchObject({ path: 'invitees.groups', line: 17, evidence: { open: null, groups: 0 } });
  });

  it('follows the exempt option', () => {
    const none = { rules: { [RULE]: ['error', { exempt: [] }] as ['error', Record<string, unknown>] } };
    const governments = findingsOf(lintOne(variant(PASSING, {}), { config: none }), RULE);
    expect(governments.map((finding) => finding.message)).toEqual(['government participants are picked by the convener; the group should choose its own']);
    const civil = { rules: { [RULE]: ['error', { exempt: ['governments', 'civil-society', 'private-sector'] }] as ['error', Record<string, unknown>] } };
    expect(statusOf(lintOne(fixture(WSIS_2005), { config: civil }), RULE)).toBe('pass');
  });
});
