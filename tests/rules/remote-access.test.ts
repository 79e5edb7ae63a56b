import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, lintOne, PASSING, statusOf, variant, WSIS_2005 } from '../helpers.js';

const ONLINE = { 'meeting.venue': undefined, 'meeting.online': true };

describe('remote-access', () => {
  it('fails the 2005 consultation: no remote participation, only those in Geneva', () => {
    const result = lintOne(fixture(WSIS_2005));
    expect(statusOf(result, 'remote-access')).toBe('fail');
    expect(findingsOf(result, 'remote-access')).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: 'no remote participation: only those who can reach Geneva can take part',
        path: 'remote.participation',
        line: 19,
        evidence: expect.objectContaining({ mode: 'in-person', participation: 'none', city: 'Geneva' }),
        source: expect.stringContaining('IESG'),
      }),
    ]);
  });

  it.each([
    ['hybrid: remote participants can speak', {}, 'pass'],
    ['online meeting, no remote block', { ...ONLINE, remote: undefined }, 'pass'],
    ['listen at an inform meeting', { 'remote.participation': 'listen', 'format.level': 'inform' }, 'pass'],
    ['listen at a consult meeting', { 'remote.participation': 'listen' }, 'fail'],
    ['listen, level not stated', { 'remote.participation': 'listen', 'format.level': undefined }, 'fail'],
    ['none', { 'remote.participation': 'none' }, 'fail'],
    ['venue and no remote block', { remote: undefined }, 'not-stated'],
  ])('%s', (_name, changes, status) => {
    const result = lintOne(variant(PASSING, changes));
    expect(statusOf(result, 'remote-access')).toBe(status);
    expect(findingsOf(result, 'remote-access')).toHaveLength(status === 'pass' ? 0 : 1);
  });

  it('says a webcast is not a seat at the table', () => {
    const [finding] = findingsOf(lintOne(variant(PASSING, { 'remote.participation': 'listen' })), 'remote-access');
    expect(finding?.message).toBe(
      'remote participants can only listen (webcast or recording) to a meeting at level consult; they cannot take the floor, which is enough only at inform',
    );
    expect(finding?.remedy).toContain('remote.participation: speak');
  });

  it('points a missing remote block at the document root mapping', () => {
    const [finding] = findingsOf(lintOne(variant(PASSING, { remote: undefined })), 'remote-access');
    expect(finding?.message).toBe('the announcement does not say whether people who cannot travel to Geneva can take part remotely');
    expect(finding).toMatchObject({ line: 2, column: 1, path: 'remote' });
  });

  it('lets a configuration accept listening at more levels', () => {
    const config = { rules: { 'remote-access': ['error', { allowListenForLevels: ['inform', 'consult'] }] as ['error', Record<string, unknown>] } };
    const result = lintOne(variant(PASSING, { 'remote.participation': 'listen' }), { config });
    expect(statusOf(result, 'remote-access')).toBe('pass');
  });
});
