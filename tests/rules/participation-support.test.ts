import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, lintOne, PASSING, statusOf, variant, WSIS_2005 } from '../helpers.js';

const RULE = 'participation-support';
const ONLINE = { 'meeting.venue': undefined, 'meeting.online': true };

describe(RULE, () => {
  // The passing fixture: a hybrid meeting in Geneva, invitees from Europe and Africa, both kinds of support.
  it.each([
    ['the passing fixture', {}, 'pass'],
    ['in person, both offered', { 'remote.participation': 'none' }, 'pass'],
    ['no travel funding', { 'support.travel_funding': false }, 'fail'],
    ['no visa letters', { 'support.visa_letters': false }, 'fail'],
    ['no visa letters, travel funding not stated', { 'support.visa_letters': false, 'support.travel_funding': undefined }, 'fail'],
    ['travel funding not stated', { 'support.travel_funding': undefined }, 'not-stated'],
    ['no support block', { support: undefined }, 'not-stated'],
    ['online, no support', { ...ONLINE, support: undefined }, 'not-applicable'],
    ['a single region, no support', { support: undefined, 'invitees.regions': ['africa'] }, 'not-applicable'],
    ['no regions, no support', { support: undefined, 'invitees.regions': undefined }, 'not-stated'],
    ['no regions, both offered', { 'invitees.regions': undefined }, 'pass'],
  ])('%s: %s', (_name, changes, status) => {
    expect(statusOf(lintOne(variant(PASSING, changes)), RULE)).toBe(status);
  });

  it('gives one finding per kind of support, each at its own field', () => {
    const result = lintOne(variant(PASSING, { 'support.travel_funding': false, 'support.visa_letters': undefined }));
    // Sorted by path: findings come in document order, and a missing field points at its parent mapping.
    const byPath = findingsOf(result, RULE).sort((a, b) => a.path.localeCompare(b.path));
    expect(byPath.map((finding) => [finding.path, finding.message])).toEqual([
      ['support.travel_funding', 'no travel funding for a hybrid meeting with invitees from 2 regions'],
      ['support.visa_letters', 'whether there are invitation letters for visa applications for a hybrid meeting with invitees from 2 regions is not stated'],
    ]);
    expect(byPath[1]?.source).toContain('visa invitation letters');
  });

  it('finds the 2005 consultation silent on support for invitees from every region', () => {
    const result = lintOne(fixture(WSIS_2005));
    expect(statusOf(result, RULE)).toBe('not-stated');
    expect(findingsOf(result, RULE).map((finding) => finding.message)).toEqual([
      'whether there is travel funding for an in-person meeting with invitees from every region is not stated',
      'whether there are invitation letters for visa applications for an in-person meeting with invitees from every region is not stated',
    ]);
  });
});
