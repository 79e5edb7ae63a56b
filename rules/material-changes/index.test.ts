import { testRule } from '../../tests/test-rule.js';
import rule from './index.js';

// BASES.hybridV2: a first invitation, issued 2026-01-12 (line 7), for a hybrid meeting on 2026-03-16 (28 days of
// notice needed for a hybrid meeting, 56 in person, 14 online); a revision is added to it.
testRule({
  rule,
  asOf: '2026-01-05',
  accept: [
    { description: 'a first invitation: format v2 says it is no revision', base: 'hybridV2' },
    { description: 'format v1: no revision can be stated', base: 'hybrid', status: 'not-applicable' },
    { description: 'a new venue announced 63 days before a hybrid meeting', base: 'hybridV2', yaml: 'revision: { kind: changed, of_issued: 2025-12-15, changed: [venue], previous: { venue: { city: Bonn, country: DE } } }' },
    { description: 'a new agenda exactly 28 days before a hybrid meeting', base: 'hybridV2', yaml: 'issued: 2026-02-16\nrevision: { kind: changed, changed: [agenda] }' },
    { description: 'a longer meeting 7 days before: the duration does not restart the notice', base: 'hybridV2', yaml: 'issued: 2026-03-09\nadmission: { closes: ~ }\nrevision: { kind: changed, changed: [duration, admission] }' },
    { description: 'a cancellation a day before', base: 'hybridV2', yaml: 'issued: 2026-03-15\nadmission: { closes: ~ }\nrevision: { kind: cancelled, of_issued: 2026-01-12 }' },
    { description: 'postponed 30 days ahead, online', base: 'hybridV2', yaml: 'issued: 2026-02-14\nmeeting: { venue: ~, online: true }\nremote: ~\nrevision: { kind: postponed, previous: { start: 2026-02-20T13:00 } }' },
    { description: 'restartingChanges [date]: a new venue 14 days before needs no new notice', base: 'hybridV2', yaml: 'issued: 2026-03-02\nadmission: { closes: ~ }\nrevision: { kind: changed, changed: [venue] }', options: { restartingChanges: ['date'] } },
  ],
  reject: [
    {
      description: 'a new venue 14 days before a hybrid meeting',
      base: 'hybridV2', yaml: 'issued: 2026-03-02\nadmission: { closes: ~ }\nrevision: { kind: changed, changed: [venue] }',
      status: 'fail',
      message: 'revised on 2026-03-02, 14 days before a hybrid meeting on 2026-03-16, with a new venue; notice counts again from the change, and at least 28 days are needed', line: 7, column: 1, endLine: 7, endColumn: 19, path: 'issued', remedy: 'send the revision by 2026-02-16, or move the meeting to 2026-03-30 or later', source: 'RFC 9137 (BCP',
    },
    {
      description: 'a new mode, in person only, 30 days before',
      base: 'hybridV2', yaml: 'issued: 2026-02-14\nadmission: { closes: ~ }\nremote: { participation: none, channels: ~ }\nrevision: { kind: changed, changed: [mode] }',
      status: 'fail',
      message: 'revised on 2026-02-14, 30 days before an in-person meeting on 2026-03-16, with a new mode; notice counts again from the change, and at least 56 days are needed', line: 7, column: 1, endLine: 7, endColumn: 19, path: 'issued', remedy: 'send the revision by 2026-01-19, or move the meeting to 2026-04-11 or later', source: 'RFC 9137 (BCP',
    },
    {
      description: 'postponed with 10 days\' notice',
      base: 'hybridV2', yaml: 'issued: 2026-03-06\nadmission: { closes: ~ }\nrevision: { kind: postponed, previous: { start: 2026-03-02T13:00 } }',
      status: 'fail',
      message: 'postponed on 2026-03-06 to 2026-03-16, 10 days later; a hybrid meeting needs at least 28 days of notice from the postponement', line: 7, column: 1, endLine: 7, endColumn: 19, path: 'issued', remedy: 'send the revision by 2026-02-16, or move the meeting to 2026-04-03 or later', source: 'RFC 9137 (BCP',
    },
    {
      description: 'a revision dated after the new start',
      base: 'hybridV2', yaml: 'issued: 2026-03-20\nadmission: { closes: ~ }\nrevision: { kind: changed, changed: [time] }', asOf: '2026-03-01',
      status: 'fail',
      message: 'the revision of 2026-03-20 is dated after the meeting starts on 2026-03-16', line: 7, column: 1, endLine: 7, endColumn: 19, path: 'issued', remedy: 'move the meeting to 2026-04-17 or later', source: 'RFC 9137 (BCP',
    },
    {
      description: 'the meeting has taken place: a lesson, not a date in the past',
      base: 'hybridV2', yaml: 'issued: 2026-03-02\nadmission: { closes: ~ }\nrevision: { kind: changed, changed: [date] }', asOf: '2026-04-01',
      status: 'fail',
      message: 'revised on 2026-03-02, 14 days before a hybrid meeting on 2026-03-16, with a new date; notice counts again from the change, and at least 28 days are needed', line: 7, column: 1, endLine: 7, endColumn: 19, path: 'issued', remedy: 'the meeting has taken place: next time, announce a change at least 28 days before the meeting (for this one, by 2026-02-16)', source: 'RFC 9137 (BCP',
    },
    {
      description: 'a change that does not say what changed',
      base: 'hybridV2', yaml: 'issued: 2026-02-02\nrevision: { kind: changed }',
      status: 'not-stated',
      message: 'the invitation is a revision, but what changed is not stated', line: 71, column: 1, endLine: 71, endColumn: 28, path: 'revision.changed', remedy: 'list what changed in `revision.changed` (date, time, duration, venue, mode, agenda, admission); if the date, time, venue, mode or agenda changed, a hybrid meeting on 2026-03-16 needs the revision sent 28 days ahead, by 2026-02-16', source: 'IETF Datatracker interim',
    },
    {
      description: 'a cancellation dated after the start',
      base: 'hybridV2', yaml: 'issued: 2026-03-17\nadmission: { closes: ~ }\nrevision: { kind: cancelled }', asOf: '2026-03-18',
      status: 'fail',
      message: 'the cancellation is dated 2026-03-17, after the meeting was to start on 2026-03-16', line: 7, column: 1, endLine: 7, endColumn: 19, path: 'issued', remedy: 'the meeting was to take place: next time, announce a cancellation before the day it is to start (here, by 2026-03-15)', source: 'IETF Datatracker interim',
    },
    {
      description: 'revised in a month: enough at its start, not at its end',
      base: 'hybridV2', yaml: 'issued: 2026-02\nadmission: { closes: ~ }\nrevision: { kind: changed, changed: [venue] }',
      status: 'not-stated',
      message: 'revised in 2026-02: that is enough notice for a hybrid meeting on 2026-03-16 with a new venue if the revision went out by 2026-02-16, not if later', line: 7, column: 1, endLine: 7, endColumn: 16, path: 'issued', remedy: 'state the day of the revision (`issued: YYYY-MM-DD`); it passes if that is 2026-02-16 or earlier', source: 'RFC 9137 (BCP',
    },
    {
      description: 'ietf preset: 28 days in person, a venue changed 21 days before',
      base: 'hybridV2', yaml: 'issued: 2026-02-23\nadmission: { closes: ~ }\nremote: { participation: none, channels: ~ }\nrevision: { kind: changed, changed: [venue] }', presets: ['ietf'],
      status: 'fail',
      message: 'revised on 2026-02-23, 21 days before an in-person meeting on 2026-03-16, with a new venue; notice counts again from the change, and at least 28 days are needed', line: 7, column: 1, endLine: 7, endColumn: 19, path: 'issued', remedy: 'send the revision by 2026-02-16, or move the meeting to 2026-03-23 or later', source: 'RFC 9137 (BCP',
    },
    {
      description: 'strict preset: 56 days for a hybrid meeting after a change',
      base: 'hybridV2', yaml: 'issued: 2026-02-02\nrevision: { kind: changed, changed: [time] }', presets: ['strict'],
      status: 'fail',
      message: 'revised on 2026-02-02, 42 days before a hybrid meeting on 2026-03-16, with a new time; notice counts again from the change, and at least 56 days are needed', line: 7, column: 1, endLine: 7, endColumn: 19, path: 'issued', remedy: 'send the revision by 2026-01-19, or move the meeting to 2026-03-30 or later', source: 'RFC 9137 (BCP',
    },
  ],
  invalidOptions: [
    { description: 'a negative number of days', options: { hybridDays: -1 }, message: 'config.rules.material-changes[1].hybridDays: Too small: expected number to be >=0' },
  ],
});
