import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, lintOne, PASSING, statusOf, variant, WSIS_2005, invalidOptions } from '../helpers.js';

const RULE = 'stakeholder-coverage';

describe(RULE, () => {
  // The passing fixture invites governments, the private sector, civil society and the technical community.
  it.each([
    ['the passing fixture', {}, 'pass'],
    ['without the technical community (not required)', { 'invitees.groups.3': undefined }, 'pass'],
    ['without governments', { 'invitees.groups.0': undefined }, 'fail'],
    ['no groups, not open', { 'invitees.groups': undefined }, 'not-stated'],
    ['no groups, open to all', { 'invitees.groups': undefined, 'invitees.open': true }, 'pass'],
    ['governments only, open to all', { 'invitees.groups': [{ stakeholder: 'governments' }], 'invitees.open': true }, 'pass'],
    ['no groups, explicitly not open', { 'invitees.groups': undefined, 'invitees.open': false }, 'not-stated'],
    ['no invitees block at all', { invitees: undefined }, 'not-stated'],
  ])('%s: %s', (_name, changes, status) => {
    expect(statusOf(lintOne(variant(PASSING, changes)), RULE)).toBe(status);
  });

  it('names the missing groups, at invitees.groups', () => {
    const text = variant(PASSING, { 'invitees.groups': [{ stakeholder: 'private-sector', selection: 'self' }] });
    const [finding] = findingsOf(lintOne(text), RULE);
    expect(finding).toMatchObject({
      severity: 'warn',
      message: 'governments and civil society are not among the groups invited; governments, the private sector and civil society are needed',
      remedy: 'invite governments and civil society',
      path: 'invitees.groups',
      evidence: { missing: ['governments', 'civil-society'] },
    });
  });

  it.each([
    ['governments', 'governments are not among'],
    ['civil-society', 'civil society is not among'],
    ['private-sector', 'the private sector is not among'],
  ])('words a single missing group with the right verb: %s', (missing, words) => {
    const groups = ['governments', 'private-sector', 'civil-society'].filter((group) => group !== missing).map((stakeholder) => ({ stakeholder }));
    expect(findingsOf(lintOne(variant(PASSING, { 'invitees.groups': groups })), RULE)[0]?.message).toMatch(new RegExp(`^${words}`));
  });

  it('takes the required groups from the configuration', () => {
    const [finding] = findingsOf(lintOne(fixture(PASSING), { config: { rules: { [RULE]: ['warn', { required: ['governments', 'academia'] }] } } }), RULE);
    expect(finding?.message).toBe('academia is not among the groups invited; governments and academia are needed');
  });

  it('rejects a required group that is not a stakeholder group of the format', () => {
    expect(invalidOptions(lintOne(fixture(PASSING), { config: { rules: { [RULE]: ['warn', { required: ['citizens'] }] } } }))).toMatch(/^config\.rules\.stakeholder-coverage/);
  });

  it('fails the 2005 consultation: governments were not among the groups invited', () => {
    const result = lintOne(fixture(WSIS_2005));
    expect(statusOf(result, RULE)).toBe('fail');
    expect(findingsOf(result, RULE)[0]?.evidence.missing).toEqual(['governments']);
  });
});
