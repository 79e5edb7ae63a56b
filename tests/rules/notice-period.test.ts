import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, lintOne, PASSING, statusOf, variant, WSIS_2005 } from '../helpers.js';

describe('notice-period', () => {
  it('fails the 2005 consultation: 14 days before an in-person meeting, with both remedy dates', () => {
    const result = lintOne(fixture(WSIS_2005));
    expect(statusOf(result, 'notice-period')).toBe('fail');
    const [finding] = findingsOf(result, 'notice-period');
    expect(finding).toMatchObject({
      severity: 'error',
      message: 'announced 14 days before an in-person meeting on 2005-05-02; at least 56 are needed',
      remedy: 'send it by 2005-03-07, or move the meeting to 2005-06-13 or later',
      line: 12,
      column: 1,
      path: 'issued',
      evidence: { sent: '2005-04-18', start: '2005-05-02', noticeDays: 14, requiredDays: 56, mode: 'in-person' },
    });
  });

  it.each([
    ['hybrid, 28 days exactly', { issued: '2026-02-16' }, 'pass'],
    ['hybrid, 27 days', { issued: '2026-02-17' }, 'fail'],
    ['in person, 63 days', { 'remote.participation': 'listen' }, 'pass'],
    ['in person, 55 days', { issued: '2026-01-20', 'remote.participation': 'none' }, 'fail'],
    ['online, 14 days exactly', { issued: '2026-03-02', 'meeting.venue': undefined, 'meeting.online': true, 'meeting.registration_deadline': undefined }, 'pass'],
    ['online, 13 days', { issued: '2026-03-03', 'meeting.venue': undefined, 'meeting.online': true, 'meeting.registration_deadline': undefined }, 'fail'],
  ])('%s: %s', (_name, changes, status) => {
    expect(statusOf(lintOne(variant(PASSING, changes)), 'notice-period')).toBe(status);
  });

  it('counts a draft from the --as-of date and says so', () => {
    const result = lintOne(variant(PASSING, { issued: undefined }), { asOf: '2026-03-01' });
    const [finding] = findingsOf(result, 'notice-period');
    expect(finding?.message).toContain('counted from 2026-03-01, the --as-of date');
    expect(finding?.remedy).toBe('send it by 2026-02-16, or move the meeting to 2026-03-29 or later');
    expect(finding?.evidence.sentFrom).toBe('as-of');
  });

  it('fails an invitation issued after the meeting started, with its own message', () => {
    const result = lintOne(variant(PASSING, { issued: '2026-03-20' }));
    expect(findingsOf(result, 'notice-period')[0]?.message).toBe('issued on 2026-03-20, after the meeting started on 2026-03-16');
  });

  it('reads the start date in the meeting time zone, not UTC', () => {
    // 00:30 in Tokyo on 16 March is still 15 March in UTC: notice is counted to the 16th.
    const text = variant(PASSING, { 'meeting.start': '2026-03-16T00:30', 'meeting.timezone': 'Asia/Tokyo', issued: '2026-02-16' });
    expect(findingsOf(lintOne(text), 'notice-period')).toEqual([]);
  });

  it('checks the registration deadline: too soon after the invitation, and after the start', () => {
    const soon = lintOne(variant(PASSING, { 'meeting.registration_deadline': '2026-01-20' }));
    expect(findingsOf(soon, 'notice-period')[0]).toMatchObject({
      message: 'the registration deadline 2026-01-20 is 8 days after the invitation; at least 14 are needed to register',
      path: 'meeting.registration_deadline',
    });
    const late = lintOne(variant(PASSING, { 'meeting.registration_deadline': '2026-03-17' }));
    expect(findingsOf(late, 'notice-period')[0]?.message).toBe('the registration deadline 2026-03-17 is after the meeting starts on 2026-03-16');
  });

  it('counts working days when asked (ec-2002)', () => {
    // 2005-04-18 (Mon) to 2005-05-02 (Mon): 10 working days; 20 are needed.
    const result = lintOne(fixture(WSIS_2005), { config: { extends: ['recommended', 'ec-2002'] } });
    const [finding] = findingsOf(result, 'notice-period');
    expect(finding?.message).toBe('announced 10 working days before an in-person meeting on 2005-05-02; at least 20 are needed');
    expect(finding?.remedy).toBe('send it by 2005-04-04, or move the meeting to 2005-05-16 or later');
  });
});
