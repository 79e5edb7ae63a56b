import { testRule } from '../../tests/test-rule.js';
import rule from './index.js';

const TWELVE_DAYS = 'failing/consultation-twelve-days-before-decision.yaml';

// BASES.hybrid: a consultation (level consult) on 2026-03-16 feeding a decision on 2026-06-01, 77 days later.
testRule({
  rule,
  asOf: '2026-01-05',
  accept: [
    { description: 'consult, 77 days before', base: 'hybrid' },
    { description: 'involve, 77 days before', yaml: 'format: { level: involve }' },
    { description: 'level not stated, 77 days before', yaml: 'format: { level: ~ }' },
    { description: 'consult, exactly 42 days before', yaml: 'framework: { feeds_into: { date: 2026-04-27 } }' },
    { description: 'the 2005 consultation: 140 days before PrepCom-3, level not stated', fixture: 'wsis-2005-informal-consultations.yaml' },
    { description: 'inform, after the decision', yaml: 'format: { level: inform }\nframework: { feeds_into: { date: 2026-03-01 } }', status: 'not-applicable' },
    { description: 'collaborate, no decision', yaml: 'format: { level: collaborate }\nframework: { feeds_into: ~ }', status: 'not-applicable' },
    { description: 'empower', yaml: 'format: { level: empower }', status: 'not-applicable' },
    { description: '12 days before the decision when 10 are asked', fixture: TWELVE_DAYS, options: { minDaysBeforeDecision: 10 } },
  ],
  reject: [
    {
      description: 'a consultation 12 days before the decision, with both remedy dates',
      fixture: TWELVE_DAYS,
      status: 'fail',
      message: 'the meeting ends on 2026-05-20, 12 days before the decision it feeds into (Preparatory Committee, third session, 2026-06-01); at least 42 are needed to circulate the outcome',
      line: 30, column: 63, endLine: 30, endColumn: 79, path: 'framework.feeds_into.date',
      remedy: 'hold the meeting by 2026-04-20, or take the decision on 2026-07-01 or later',
      severity: 'error',
      evidence: { meetingEnd: '2026-05-20', decisionDate: '2026-06-01', daysBeforeDecision: 12, minDaysBeforeDecision: 42 },
    },
    {
      description: 'consult, 41 days before',
      yaml: 'framework: { feeds_into: { date: 2026-04-26 } }',
      status: 'fail',
      message: 'the meeting ends on 2026-03-16, 41 days before the decision it feeds into (Preparatory Committee, third session, 2026-04-26); at least 42 are needed to circulate the outcome',
      line: 45, column: 63, endLine: 45, endColumn: 79, path: 'framework.feeds_into.date',
      remedy: 'hold the meeting by 2026-03-15, or take the decision on 2026-04-27 or later',
    },
    {
      description: 'consult, on the day of the decision',
      yaml: 'framework: { feeds_into: { date: 2026-03-16 } }',
      status: 'fail',
      message: 'the meeting ends on 2026-03-16, on or after the decision it feeds into (Preparatory Committee, third session, 2026-03-16): the options are no longer open',
      line: 45, column: 63, endLine: 45, endColumn: 79, path: 'framework.feeds_into.date',
      remedy: 'hold the meeting by 2026-02-02, or take the decision on 2026-04-27 or later',
    },
    {
      description: 'consult, after the decision: the options are closed',
      yaml: 'framework: { feeds_into: { date: 2026-03-01 } }',
      status: 'fail',
      message: 'the meeting ends on 2026-03-16, on or after the decision it feeds into (Preparatory Committee, third session, 2026-03-01): the options are no longer open',
      line: 45, column: 63, endLine: 45, endColumn: 79, path: 'framework.feeds_into.date',
      remedy: 'hold the meeting by 2026-01-18, or take the decision on 2026-04-27 or later',
    },
    {
      description: 'level not stated, after the decision',
      yaml: 'format: { level: ~ }\nframework: { feeds_into: { date: 2026-03-01 } }',
      status: 'fail',
      message: 'the meeting ends on 2026-03-16, on or after the decision it feeds into (Preparatory Committee, third session, 2026-03-01): the options are no longer open',
      line: 44, column: 63, endLine: 44, endColumn: 79, path: 'framework.feeds_into.date',
      remedy: 'hold the meeting by 2026-01-18, or take the decision on 2026-04-27 or later',
    },
    {
      description: 'a multi-day meeting counted from its last day, read in the meeting zone',
      // The second session ends at 01:00 on the 16th in Geneva, 23:00 on the 15th in UTC.
      yaml: `meeting:
  start: ~
  duration: ~
  sessions:
    - { start: 2026-04-14T09:00, duration: 3h }
    - { start: 2026-04-15T22:00, duration: 3h }
framework: { feeds_into: { date: 2026-05-27 } }`,
      status: 'fail',
      message: 'the meeting ends on 2026-04-16, 41 days before the decision it feeds into (Preparatory Committee, third session, 2026-05-27); at least 42 are needed to circulate the outcome',
      line: 46, column: 63, endLine: 46, endColumn: 79, path: 'framework.feeds_into.date',
      remedy: 'hold the meeting by 2026-04-15, or take the decision on 2026-05-28 or later',
      evidence: { meetingEnd: '2026-04-16', daysBeforeDecision: 41 },
    },
    {
      description: 'no decision date: the decision named, at the feeds_into mapping',
      yaml: 'framework: { feeds_into: { date: ~ } }',
      status: 'not-stated',
      message: 'the date of the decision the input is for (Preparatory Committee, third session) is not stated, so it cannot be checked that input comes while the options are open',
      line: 45, column: 3, endLine: 45, endColumn: 63, path: 'framework.feeds_into.date',
      remedy: 'state `framework.feeds_into` with the `name` and `date` of the decision',
    },
    {
      description: 'no decision at all',
      yaml: 'framework: { feeds_into: ~ }',
      status: 'not-stated',
      message: 'the invitation does not say which decision the input is for, or when it is taken, so it cannot be checked that input comes while the options are open',
      line: 40, column: 1, endLine: 40, endColumn: 11, path: 'framework.feeds_into.date',
      remedy: 'state `framework.feeds_into` with the `name` and `date` of the decision',
    },
    {
      description: 'no framework, level not stated',
      yaml: 'framework: ~\nformat: { level: ~ }',
      status: 'not-stated',
      message: 'the invitation does not say which decision the input is for, or when it is taken, so it cannot be checked that input comes while the options are open',
      line: 2, column: 1, endLine: 2, endColumn: 15, path: 'framework.feeds_into.date',
      remedy: 'state `framework.feeds_into` with the `name` and `date` of the decision',
    },
  ],
});
