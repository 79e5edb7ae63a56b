import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, lintOne, PASSING, statusOf, variant, WSIS_2005 } from '../helpers.js';

const RULE = 'time-allotted';
const NO_COUNT = { 'invitees.expected': undefined };
const SEATS = { ...NO_COUNT, 'invitees.groups.0.seats': 10, 'invitees.groups.1.seats': 10, 'invitees.groups.2.seats': 10, 'invitees.groups.3.seats': 10 };

describe('time-allotted', () => {
  it('fails the 2005 consultation with the arithmetic and both remedies', () => {
    const result = lintOne(fixture(WSIS_2005));
    expect(statusOf(result, RULE)).toBe('fail');
    expect(findingsOf(result, RULE)).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: '180 minutes of floor for 60 participants is 3 minutes each; 5 are needed',
        remedy: 'make the meeting 300 minutes long (5h), or plan for at most 36 participants',
        path: 'meeting.duration',
        line: 16,
        column: 3,
        evidence: expect.objectContaining({ meetingMinutes: 180, floorMinutes: 180, participants: 60, participantsFrom: 'expected', minutesPerParticipant: 3, requiredMinutesPerParticipant: 5 }),
      }),
    ]);
  });

  it.each([
    ['the passing fixture: 165 floor minutes for 30', {}, 'pass', 0],
    ['agenda longer than the meeting', { 'agenda.1.minutes': 200 }, 'fail', 1],
    ['a quarter of the time is floor', { 'agenda.1.floor': false, 'invitees.expected': 2 }, 'fail', 1],
    ['too many participants for the floor', { 'invitees.expected': 40 }, 'fail', 1],
    ['exactly 5 minutes each', { 'invitees.expected': 33 }, 'pass', 0],
    ['seats of every group counted', SEATS, 'fail', 1],
    ['seats of some groups only', { ...NO_COUNT, 'invitees.groups.0.seats': 10 }, 'not-stated', 1],
    ['no participant count', NO_COUNT, 'not-stated', 1],
    ['no participant count, open meeting', { ...NO_COUNT, 'invitees.open': true }, 'pass', 0],
    ['no count and little floor, open meeting', { ...NO_COUNT, 'invitees.open': true, 'agenda.1.floor': false }, 'fail', 1],
    ['no count and little floor, closed meeting', { ...NO_COUNT, 'agenda.1.floor': false }, 'fail', 2],
    ['no duration', { 'meeting.duration': undefined }, 'not-stated', 1],
  ])('%s', (_name, changes, status, findings) => {
    const result = lintOne(variant(PASSING, changes));
    expect(statusOf(result, RULE)).toBe(status);
    expect(findingsOf(result, RULE)).toHaveLength(findings);
  });

  it('gives the agenda overrun and how to fix it', () => {
    const [finding] = findingsOf(lintOne(variant(PASSING, { 'agenda.1.minutes': 200 })), RULE);
    expect(finding).toMatchObject({
      message: 'the agenda adds up to 245 minutes, 65 more than the 180-minute meeting',
      remedy: 'cut 65 minutes from the agenda, or make the meeting 245 minutes long (4h5m)',
      path: 'agenda',
      evidence: expect.objectContaining({ agendaMinutes: 245, meetingMinutes: 180 }),
    });
  });

  it('measures the floor share from the agenda items open to the floor', () => {
    const [finding] = findingsOf(lintOne(variant(PASSING, { 'agenda.1.floor': false, 'invitees.expected': 2 })), RULE);
    expect(finding?.message).toBe("30 of 180 minutes (16%) are open to participants' interventions; at least 50% are needed");
    expect(finding?.remedy).toBe('open at least 90 of the 180 minutes to the floor (60 more)');
  });

  it('adds floor time to the agenda in the remedy, keeping the presentations', () => {
    const [finding] = findingsOf(lintOne(variant(PASSING, { 'invitees.expected': 40 })), RULE);
    expect(finding?.message).toBe('165 minutes of floor for 40 participants is 4.1 minutes each; 5 are needed');
    expect(finding?.remedy).toBe('add 35 minutes of floor time (a meeting of 215 minutes, 3h35m), or plan for at most 33 participants');
  });

  it('counts the seats of the groups when no expected number is given', () => {
    const [finding] = findingsOf(lintOne(variant(PASSING, SEATS)), RULE);
    expect(finding?.evidence).toMatchObject({ participants: 40, participantsFrom: 'seats' });
  });

  it('says a missing count is missing, at the invitees mapping', () => {
    const [finding] = findingsOf(lintOne(variant(PASSING, NO_COUNT)), RULE);
    expect(finding).toMatchObject({
      message: 'the number of participants is not stated, so the 165 minutes of floor cannot be checked against 5 minutes per participant',
      path: 'invitees.expected',
      line: 17,
    });
  });

  it('reads the length from `end` and from every session', () => {
    const ended = lintOne(variant(PASSING, { 'meeting.duration': undefined, 'meeting.end': '2026-03-16T15:00', agenda: undefined, 'invitees.expected': 60 }));
    expect(findingsOf(ended, RULE)[0]).toMatchObject({ message: '120 minutes of floor for 60 participants is 2 minutes each; 5 are needed', path: 'meeting.end' });

    const sessions = [
      { start: '2026-03-16T09:00', duration: '3h' },
      { start: '2026-03-17T09:00', duration: '3h' },
    ];
    const twoDays = variant(PASSING, { 'meeting.start': undefined, 'meeting.duration': undefined, 'meeting.sessions': sessions, agenda: undefined, 'invitees.expected': 60 });
    expect(statusOf(lintOne(twoDays), RULE)).toBe('pass');

    const untimed = [sessions[0], { start: '2026-03-17T09:00' }];
    const result = lintOne(variant(PASSING, { 'meeting.start': undefined, 'meeting.duration': undefined, 'meeting.sessions': untimed }));
    expect(statusOf(result, RULE)).toBe('not-stated');
    expect(findingsOf(result, RULE)[0]?.path).toBe('meeting.sessions[1].duration');
  });

  it('fails the made-up agenda that does not fit its meeting, twice', () => {
    const result = lintOne(fixture('failing/agenda-longer-than-meeting.yaml'));
    expect(statusOf(result, RULE)).toBe('fail');
    expect(findingsOf(result, RULE).map((finding) => finding.message)).toEqual([
      'the agenda adds up to 150 minutes, 30 more than the 120-minute meeting',
      "40 of 120 minutes (33%) are open to participants' interventions; at least 50% are needed",
    ]);
  });

  it('passes an open meeting with no count on the count-free checks', () => {
    expect(statusOf(lintOne(fixture('open-registration-no-count.yaml')), RULE)).toBe('pass');
  });

  it('follows its options', () => {
    const config = { rules: { [RULE]: ['error', { minutesPerParticipant: 3 }] as ['error', Record<string, unknown>] } };
    expect(statusOf(lintOne(fixture(WSIS_2005), { config }), RULE)).toBe('pass');
  });
});
