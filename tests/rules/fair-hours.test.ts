import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, lintOne, PASSING, statusOf, variant, WSIS_2005, invalidOptions } from '../helpers.js';

const RULE = 'fair-hours';
const ONLINE = { 'meeting.venue': undefined, 'meeting.online': true, issued: '2025-12-01' };
const LOS_ANGELES = { 'invitees.regions': ['europe'], 'invitees.timezones': ['America/Los_Angeles'] };
const AUCKLAND = { 'invitees.regions': ['europe'], 'invitees.timezones': ['Pacific/Auckland'] };
const NEW_YORK = { 'invitees.regions': ['europe'], 'invitees.timezones': ['America/New_York'] };

describe(RULE, () => {
  // The passing fixture: a hybrid meeting at 13:00-16:00 in Geneva on 2026-03-16, invitees from Europe and Africa.
  it.each([
    ['the passing fixture', {}, 'pass'],
    ['online', ONLINE, 'pass'],
    ['nobody can join remotely', { 'remote.participation': 'none' }, 'not-applicable'],
    ['remote participants can only listen', { 'remote.participation': 'listen' }, 'not-applicable'],
    ['no regions or zones for the invitees', { 'invitees.regions': undefined }, 'not-stated'],
    ['only explicit zones, all in the window', { 'invitees.regions': undefined, 'invitees.timezones': ['Asia/Kolkata'] }, 'pass'],
    ['global invitees for a 3-hour session', { 'invitees.regions': ['global'] }, 'fail'],
    // The United States moved to summer time on 8 March 2026, Europe only on 29 March.
    ['Los Angeles at 06:00 PDT after the US change', { ...LOS_ANGELES, 'meeting.start': '2026-03-16T14:00' }, 'pass'],
    ['Los Angeles at 05:00 PST before the US change', { ...LOS_ANGELES, 'meeting.start': '2026-03-02T14:00' }, 'fail'],
    // Europe left summer time on 25 October 2026, the United States only on 1 November.
    ['New York at 06:00 EDT after the European change', { ...NEW_YORK, 'meeting.start': '2026-10-26T11:00' }, 'pass'],
    ['New York at 05:00 EDT before the European change', { ...NEW_YORK, 'meeting.start': '2026-10-19T11:00' }, 'fail'],
    // New Zealand left summer time on 5 April 2026, a week after Europe entered it.
    ['Auckland ending at 24:00 NZST after its change', { ...AUCKLAND, 'meeting.start': '2026-04-07T11:00' }, 'pass'],
    ['Auckland crossing midnight NZDT before its change', { ...AUCKLAND, 'meeting.start': '2026-03-31T11:00' }, 'fail'],
    ['Auckland ending exactly at midnight', { ...AUCKLAND, 'meeting.start': '2026-03-16T09:00' }, 'pass'],
    ['Auckland crossing local midnight', { ...AUCKLAND, 'meeting.start': '2026-03-16T10:00' }, 'fail'],
  ])('%s: %s', (_name, changes, status) => {
    expect(statusOf(lintOne(variant(PASSING, changes)), RULE)).toBe(status);
  });

  it('lists each zone outside the window with its local times, and the starts that would fit', () => {
    const result = lintOne(variant(PASSING, { ...LOS_ANGELES, 'meeting.start': '2026-03-02T14:00' }));
    const findings = findingsOf(result, RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warn',
      message:
        'the meeting (14:00–17:00 Europe/Zurich on 2026-03-02) falls outside 06:00–24:00 local time in 1 of 4 invitee zones: America/Los_Angeles 05:00–08:00',
      // Los Angeles needs 14:00 UTC or later; Moscow needs the end by 21:00 UTC.
      remedy: 'start it between 15:00 and 19:00 Europe/Zurich time, which is within 06:00–24:00 in every invitee zone',
      path: 'meeting.start',
      evidence: { earliest: '06:00', latest: '24:00', zonesChecked: 4, zonesOutside: ['America/Los_Angeles 05:00–08:00'] },
    });
  });

  it('computes the remedy across a daylight-saving change on the day itself', () => {
    // 8 March 2026: Los Angeles moved from UTC-8 to UTC-7 at 10:00 UTC, two hours before the meeting.
    const [finding] = findingsOf(lintOne(variant(PASSING, { ...LOS_ANGELES, 'meeting.start': '2026-03-08T13:00' })), RULE);
    expect(finding?.evidence.zonesOutside).toEqual(['America/Los_Angeles 05:00–08:00']);
    expect(finding?.remedy).toBe('start it between 14:00 and 19:00 Europe/Zurich time, which is within 06:00–24:00 in every invitee zone');
  });

  it('shows a session crossing local midnight with both dates', () => {
    const [finding] = findingsOf(lintOne(variant(PASSING, { ...AUCKLAND, 'meeting.start': '2026-03-16T10:00' })), RULE);
    expect(finding?.evidence.zonesOutside).toEqual(['Pacific/Auckland 22:00–01:00 (2026-03-16 to 2026-03-17)']);
  });

  it('shows the local date where it differs from the meeting day', () => {
    const text = variant(PASSING, { 'invitees.regions': undefined, 'invitees.timezones': ['Asia/Tokyo'], 'meeting.start': '2026-03-16T19:00' });
    const [finding] = findingsOf(lintOne(text), RULE);
    expect(finding?.evidence.zonesOutside).toEqual(['Asia/Tokyo 03:00–06:00 on 2026-03-17']);
  });

  it('says when no start time suits every zone', () => {
    const [finding] = findingsOf(lintOne(variant(PASSING, { 'invitees.regions': ['global'] })), RULE);
    expect(finding?.evidence.zonesChecked).toBe(22);
    expect(finding?.message).toContain('Pacific/Auckland 01:00–04:00 on 2026-03-17');
    expect(finding?.message).toContain('America/Los_Angeles 05:00–08:00');
    expect(finding?.remedy).toMatch(/^no start on 2026-03-16 puts a 180-minute session within 06:00–24:00 in every invitee zone/);
  });

  it('checks each session of a meeting on its own', () => {
    const text = variant(PASSING, {
      ...AUCKLAND,
      'meeting.start': undefined,
      'meeting.duration': undefined,
      'meeting.sessions': [
        { start: '2026-03-16T09:00', duration: '2h' },
        { start: '2026-03-17T12:00', duration: '2h' },
      ],
    });
    const findings = findingsOf(lintOne(text), RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.path).toBe('meeting.sessions[1].start');
    expect(findings[0]?.message).toMatch(/^session 2 \(12:00–14:00 Europe\/Zurich on 2026-03-17\)/);
  });

  it('reads a start with an offset and no meeting zone', () => {
    const text = variant(PASSING, { ...LOS_ANGELES, 'meeting.timezone': undefined, 'meeting.start': '2026-03-02T14:00+01:00' });
    const [finding] = findingsOf(lintOne(text), RULE);
    expect(finding?.message).toContain('(14:00–17:00 UTC+01:00 on 2026-03-02)');
    expect(finding?.remedy).toContain('between 15:00 and 19:00 UTC+01:00 time');
  });

  it('takes its window from the configuration', () => {
    // 13:00-16:00 in Geneva is 15:00-18:00 in Nairobi and Moscow: outside a 07:00-17:00 window.
    const result = lintOne(fixture(PASSING), { config: { rules: { [RULE]: ['warn', { earliest: '07:00', latest: '17:00' }] } } });
    expect(findingsOf(result, RULE)[0]?.evidence.zonesOutside).toEqual([
      'Europe/Moscow 15:00–18:00',
      'Africa/Nairobi 15:00–18:00',
    ]);
  });

  it('rejects a window that ends before it starts, or is not a clock time', () => {
    expect(invalidOptions(lintOne(fixture(PASSING), { config: { rules: { [RULE]: ['warn', { earliest: '22:00', latest: '06:00' }] } } }))).toMatch(/earliest/);
    expect(invalidOptions(lintOne(fixture(PASSING), { config: { rules: { [RULE]: ['warn', { latest: '25:00' }] } } }))).toMatch(/HH:MM/);
  });

  it('finds the 2005 consultation not applicable: nobody could join remotely', () => {
    expect(statusOf(lintOne(fixture(WSIS_2005)), RULE)).toBe('not-applicable');
  });
});
