import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, lintOne, PASSING, statusOf, variant, WSIS_2005 } from '../helpers.js';

const RULE = 'early-engagement';

describe('early-engagement', () => {
  it('passes the 2005 consultation on timing: 140 days before PrepCom-3, level not stated', () => {
    expect(statusOf(lintOne(fixture(WSIS_2005)), RULE)).toBe('pass');
  });

  it('fails a consultation 12 days before the decision, with both remedy dates', () => {
    const result = lintOne(fixture('failing/consultation-twelve-days-before-decision.yaml'));
    expect(statusOf(result, RULE)).toBe('fail');
    expect(findingsOf(result, RULE)).toEqual([
      expect.objectContaining({
        severity: 'error',
        message:
          'the meeting ends on 2026-05-20, 12 days before the decision it feeds into (Preparatory Committee, third session, 2026-06-01); at least 42 are needed to circulate the outcome',
        remedy: 'hold the meeting by 2026-04-20, or take the decision on 2026-07-01 or later',
        path: 'framework.feeds_into.date',
        line: 30,
        evidence: expect.objectContaining({ meetingEnd: '2026-05-20', decisionDate: '2026-06-01', daysBeforeDecision: 12, minDaysBeforeDecision: 42 }),
      }),
    ]);
  });

  it.each([
    ['consult, 77 days before', {}, 'pass'],
    ['involve, 77 days before', { 'format.level': 'involve' }, 'pass'],
    ['level not stated, 77 days before', { 'format.level': undefined }, 'pass'],
    ['consult, exactly 42 days before', { 'framework.feeds_into.date': '2026-04-27' }, 'pass'],
    ['consult, 41 days before', { 'framework.feeds_into.date': '2026-04-26' }, 'fail'],
    ['consult, on the day of the decision', { 'framework.feeds_into.date': '2026-03-16' }, 'fail'],
    ['consult, after the decision', { 'framework.feeds_into.date': '2026-03-01' }, 'fail'],
    ['level not stated, after the decision', { 'format.level': undefined, 'framework.feeds_into.date': '2026-03-01' }, 'fail'],
    ['inform', { 'format.level': 'inform', 'framework.feeds_into.date': '2026-03-01' }, 'not-applicable'],
    ['collaborate', { 'format.level': 'collaborate', 'framework.feeds_into': undefined }, 'not-applicable'],
    ['empower', { 'format.level': 'empower' }, 'not-applicable'],
    ['no decision date', { 'framework.feeds_into.date': undefined }, 'not-stated'],
    ['no decision at all', { 'framework.feeds_into': undefined }, 'not-stated'],
    ['no framework, level not stated', { framework: undefined, 'format.level': undefined }, 'not-stated'],
  ])('%s', (_name, changes, status) => {
    const result = lintOne(variant(PASSING, changes));
    expect(statusOf(result, RULE)).toBe(status);
    expect(findingsOf(result, RULE)).toHaveLength(status === 'fail' || status === 'not-stated' ? 1 : 0);
  });

  it('says the options are closed when the decision came first', () => {
    const [finding] = findingsOf(lintOne(variant(PASSING, { 'framework.feeds_into.date': '2026-03-01' })), RULE);
    expect(finding?.message).toBe(
      'the meeting ends on 2026-03-16, on or after the decision it feeds into (Preparatory Committee, third session, 2026-03-01): the options are no longer open',
    );
    expect(finding?.remedy).toBe('hold the meeting by 2026-01-18, or take the decision on 2026-04-27 or later');
  });

  it('counts from the last day of a multi-day meeting, read in the meeting zone', () => {
    const sessions = [
      { start: '2026-04-14T09:00', duration: '3h' },
      { start: '2026-04-15T22:00', duration: '3h' }, // ends 01:00 on the 16th in Geneva, 23:00 on the 15th in UTC
    ];
    const text = variant(PASSING, { 'meeting.start': undefined, 'meeting.duration': undefined, 'meeting.sessions': sessions, 'framework.feeds_into.date': '2026-05-27' });
    const [finding] = findingsOf(lintOne(text), RULE);
    expect(finding?.evidence).toMatchObject({ meetingEnd: '2026-04-16', daysBeforeDecision: 41 });
  });

  it('names the decision whose date is missing, at the feeds_into mapping', () => {
    const [finding] = findingsOf(lintOne(variant(PASSING, { 'framework.feeds_into.date': undefined })), RULE);
    expect(finding).toMatchObject({
      message:
        'the date of the decision the input is for (Preparatory Committee, third session) is not stated, so it cannot be checked that input comes while the options are open',
      path: 'framework.feeds_into.date',
      line: 45,
    });
  });

  it('follows its option', () => {
    const config = { rules: { [RULE]: ['error', { minDaysBeforeDecision: 10 }] as ['error', Record<string, unknown>] } };
    expect(statusOf(lintOne(fixture('failing/consultation-twelve-days-before-decision.yaml'), { config }), RULE)).toBe('pass');
  });
});
