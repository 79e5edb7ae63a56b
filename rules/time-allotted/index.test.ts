import { testRule } from '../../tests/test-rule.js';
import rule from './index.js';

const WSIS_2005 = 'wsis-2005-informal-consultations.yaml';
// BASES.hybrid: a 180-minute meeting, agenda 15 (presentation) + 135 + 30 floor minutes, 30 participants expected.
const SEATS = 'invitees:\n  expected: ~\n  groups: { 0: { seats: 10 }, 1: { seats: 10 }, 2: { seats: 10 }, 3: { seats: 10 } }';
const SESSIONS = `meeting:
  start: ~
  duration: ~
  sessions:
    - { start: 2026-03-16T09:00, duration: 3h }
    - { start: 2026-03-17T09:00, duration: 3h }`;

testRule({
  rule,
  asOf: '2026-01-05',
  accept: [
    { description: 'the hybrid base: 165 floor minutes for 30', base: 'hybrid' },
    { description: 'exactly 5 minutes each', yaml: 'invitees: { expected: 33 }' },
    { description: 'two sessions of 3 hours for 60, no agenda', yaml: `${SESSIONS}\nagenda: ~\ninvitees: { expected: 60 }` },
    { description: 'the 2005 consultation under 3 minutes per participant', fixture: WSIS_2005, options: { minutesPerParticipant: 3 } },
  ],
  reject: [
    {
      description: 'the 2005 consultation, with the arithmetic and both remedies',
      fixture: WSIS_2005,
      status: 'fail',
      message: '180 minutes of floor for 60 participants is 3 minutes each; 5 are needed',
      line: 16, column: 3, endLine: 16, endColumn: 15, path: 'meeting.duration',
      remedy: 'make the meeting 300 minutes long (5h), or plan for at most 36 participants',
      severity: 'error',
      evidence: { meetingMinutes: 180, floorMinutes: 180, participants: 60, participantsFrom: 'expected', minutesPerParticipant: 3, requiredMinutesPerParticipant: 5 },
    },
    {
      description: 'an agenda longer than the meeting',
      yaml: 'agenda: { 1: { minutes: 200 } }',
      status: 'fail',
      message: 'the agenda adds up to 245 minutes, 65 more than the 180-minute meeting',
      line: 36, column: 1, endLine: 39, endColumn: 52, path: 'agenda',
      remedy: 'cut 65 minutes from the agenda, or make the meeting 245 minutes long (4h5m)',
      evidence: { agendaMinutes: 245, meetingMinutes: 180 },
    },
    {
      description: 'a sixth of the time open to the floor',
      yaml: 'agenda: { 1: { floor: false } }\ninvitees: { expected: 2 }',
      status: 'fail',
      message: "30 of 180 minutes (16%) are open to participants' interventions; at least 50% are needed",
      line: 36, column: 1, endLine: 39, endColumn: 52, path: 'agenda',
      remedy: 'open at least 90 of the 180 minutes to the floor (60 more)',
    },
    {
      description: 'too many participants for the floor: floor time added in the remedy',
      yaml: 'invitees: { expected: 40 }',
      status: 'fail',
      message: '165 minutes of floor for 40 participants is 4.1 minutes each; 5 are needed',
      line: 36, column: 1, endLine: 39, endColumn: 52, path: 'agenda',
      remedy: 'add 35 minutes of floor time (a meeting of 215 minutes, 3h35m), or plan for at most 33 participants',
    },
    {
      description: 'the seats of every group counted',
      yaml: SEATS,
      status: 'fail',
      message: '165 minutes of floor for 40 participants is 4.1 minutes each; 5 are needed',
      line: 39, column: 1, endLine: 42, endColumn: 52, path: 'agenda',
      remedy: 'add 35 minutes of floor time (a meeting of 215 minutes, 3h35m), or plan for at most 33 participants',
      evidence: { participants: 40, participantsFrom: 'seats' },
    },
    {
      description: 'the seats of some groups only',
      yaml: 'invitees:\n  expected: ~\n  groups: { 0: { seats: 10 } }',
      status: 'not-stated',
      message: 'the number of participants is not stated, so the 165 minutes of floor cannot be checked against 5 minutes per participant',
      line: 17, column: 1, endLine: 17, endColumn: 10, path: 'invitees.expected',
      remedy: 'state how many are expected (`invitees.expected`) or the seats (`admission.seats`, or `seats` for every group)',
    },
    {
      description: 'no participant count, at the invitees mapping',
      yaml: 'invitees: { expected: ~ }',
      status: 'not-stated',
      message: 'the number of participants is not stated, so the 165 minutes of floor cannot be checked against 5 minutes per participant',
      line: 17, column: 1, endLine: 17, endColumn: 10, path: 'invitees.expected',
      remedy: 'state how many are expected (`invitees.expected`) or the seats (`admission.seats`, or `seats` for every group)',
    },
    {
      description: 'no participant count, open meeting: silence is not a pass',
      yaml: 'invitees: { expected: ~, open: true }',
      status: 'not-stated',
      message: 'the meeting is open, but how many are expected is not stated, so the 165 minutes of floor cannot be checked against 5 minutes per participant',
      line: 17, column: 1, endLine: 17, endColumn: 10, path: 'invitees.expected',
      remedy: 'state how many are expected (`invitees.expected`) or the seats (`admission.seats`, or `seats` for every group)',
    },
    {
      description: 'an open online meeting with no count: the count-free checks pass, the count is not stated',
      fixture: 'open-registration-no-count.yaml',
      status: 'not-stated',
      message: 'the meeting is open, but how many are expected is not stated, so the 100 minutes of floor cannot be checked against 5 minutes per participant',
      line: 14, column: 1, endLine: 14, endColumn: 10, path: 'invitees.expected',
      remedy: 'state how many are expected (`invitees.expected`) or the seats (`admission.seats`, or `seats` for every group)',
    },
    {
      description: 'no count and little floor, open meeting',
      yaml: 'invitees: { expected: ~, open: true }\nagenda: { 1: { floor: false } }',
      status: 'fail',
      findings: [
        { message: 'the meeting is open, but how many are expected is not stated, so the 30 minutes of floor cannot be checked against 5 minutes per participant', line: 17, column: 1, endLine: 17, endColumn: 10, path: 'invitees.expected', remedy: 'state how many are expected (`invitees.expected`) or the seats (`admission.seats`, or `seats` for every group)' },
        { message: "30 of 180 minutes (16%) are open to participants' interventions; at least 50% are needed", line: 36, column: 1, endLine: 39, endColumn: 52, path: 'agenda', remedy: 'open at least 90 of the 180 minutes to the floor (60 more)' },
      ],
    },
    {
      description: 'format v2: the seats under admission count the participants',
      yaml: 'format_version: 2\nlanguages: { captioning: ~ }\nmeeting: { registration_deadline: ~ }\ninvitees: { expected: ~ }\nadmission: { seats: 40 }',
      status: 'fail',
      message: '165 minutes of floor for 40 participants is 4.1 minutes each; 5 are needed',
      line: 34, column: 1, endLine: 37, endColumn: 52, path: 'agenda',
      remedy: 'add 35 minutes of floor time (a meeting of 215 minutes, 3h35m), or plan for at most 33 participants',
    },
    {
      description: 'format v2: observers who may not take the floor do not share it',
      yaml: 'format_version: 2\nlanguages: { captioning: ~ }\nmeeting: { registration_deadline: ~ }\ninvitees:\n  expected: ~\n  groups: { 0: { seats: 30 }, 1: { seats: 10 }, 2: { seats: 10, access: [{ role: observer, may_speak: false }] }, 3: { seats: 10 } }',
      status: 'fail',
      message: '165 minutes of floor for 50 participants is 3.3 minutes each; 5 are needed',
      line: 39, column: 1, endLine: 42, endColumn: 52, path: 'agenda',
      remedy: 'add 85 minutes of floor time (a meeting of 265 minutes, 4h25m), or plan for at most 33 participants',
    },
    {
      description: 'format v2: a day without clock hours is one not-stated finding',
      yaml: 'format_version: 2\nlanguages: { captioning: ~ }\nmeeting: { start: ~, duration: ~, registration_deadline: ~, sessions: [{ date: 2026-03-16 }, { date: 2026-03-17 }] }',
      status: 'not-stated',
      message: 'the clock hours of the session on 2026-03-16 are not stated (nor of 1 more session), so the time for participants cannot be checked',
      line: 11, column: 17, endLine: 11, endColumn: 33, path: 'meeting.sessions[0].date',
      remedy: 'give each session its `start` and `duration` (or `end`)',
    },
    {
      description: 'no count and little floor, closed meeting',
      yaml: 'invitees: { expected: ~ }\nagenda: { 1: { floor: false } }',
      status: 'fail',
      findings: [
        { message: 'the number of participants is not stated, so the 30 minutes of floor cannot be checked against 5 minutes per participant', line: 17, column: 1, endLine: 17, endColumn: 10, path: 'invitees.expected', remedy: 'state how many are expected (`invitees.expected`) or the seats (`admission.seats`, or `seats` for every group)' },
        { message: "30 of 180 minutes (16%) are open to participants' interventions; at least 50% are needed", line: 35, column: 1, endLine: 38, endColumn: 52, path: 'agenda', remedy: 'open at least 90 of the 180 minutes to the floor (60 more)' },
      ],
    },
    {
      description: 'no duration',
      yaml: 'meeting: { duration: ~ }',
      status: 'not-stated',
      message: 'the length of the meeting is not stated (no `duration` or `end`), so the time for participants cannot be checked',
      line: 8, column: 1, endLine: 8, endColumn: 9, path: 'meeting.duration',
      remedy: 'give the session a `duration` (e.g. 3h) or an `end`',
    },
    {
      description: 'the length read from `end`',
      yaml: 'meeting: { duration: ~, end: 2026-03-16T15:00 }\nagenda: ~\ninvitees: { expected: 60 }',
      status: 'fail',
      message: '120 minutes of floor for 60 participants is 2 minutes each; 5 are needed',
      line: 13, column: 3, endLine: 13, endColumn: 24, path: 'meeting.end',
      remedy: 'make the meeting 300 minutes long (5h), or plan for at most 24 participants',
    },
    {
      description: 'a session without a duration',
      yaml: `${SESSIONS.replace('{ start: 2026-03-17T09:00, duration: 3h }', '{ start: 2026-03-17T09:00 }')}`,
      status: 'not-stated',
      message: 'the length of the meeting is not stated (no `duration` or `end`), so the time for participants cannot be checked',
      line: 14, column: 7, endLine: 14, endColumn: 34, path: 'meeting.sessions[1].duration',
      remedy: 'give the session a `duration` (e.g. 3h) or an `end`',
    },
    {
      description: 'the made-up agenda that does not fit its meeting, twice',
      fixture: 'failing/agenda-longer-than-meeting.yaml',
      status: 'fail',
      findings: [
        { message: 'the agenda adds up to 150 minutes, 30 more than the 120-minute meeting', line: 26, column: 1, endLine: 29, endColumn: 52, path: 'agenda', remedy: 'cut 30 minutes from the agenda, or make the meeting 150 minutes long (2h30m)' },
        { message: "40 of 120 minutes (33%) are open to participants' interventions; at least 50% are needed", line: 26, column: 1, endLine: 29, endColumn: 52, path: 'agenda', remedy: 'open at least 60 of the 120 minutes to the floor (20 more)' },
      ],
    },
  ],
});
