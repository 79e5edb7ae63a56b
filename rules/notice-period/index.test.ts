import { testRule } from '../../tests/test-rule.js';
import rule from './index.js';

// BASES.hybrid starts on 2026-03-16, issued 2026-01-12 (63 days), registration deadline 2026-03-02.
testRule({
  rule,
  asOf: '2026-01-05',
  accept: [
    { description: 'a hybrid meeting 63 days ahead', base: 'hybrid' },
    { description: 'a hybrid meeting exactly 28 days ahead', yaml: 'issued: 2026-02-16' },
    { description: 'an in-person meeting 63 days ahead (remote participants only listen)', yaml: 'remote: { participation: listen }' },
    { description: 'an in-person meeting 63 days ahead', base: 'inPerson' },
    { description: 'an online meeting exactly 14 days ahead', base: 'online', yaml: 'issued: 2026-03-02' },
    {
      description: 'a start read in the meeting zone: 00:30 in Tokyo on the 16th is the 15th in UTC, 28 days still',
      yaml: 'issued: 2026-02-16\nmeeting: { start: 2026-03-16T00:30, timezone: Asia/Tokyo }',
    },
    { description: 'a registration deadline exactly 14 days after the invitation', yaml: 'meeting: { registration_deadline: 2026-01-26 }' },
    { description: 'a registration deadline on the day the meeting starts', yaml: 'meeting: { registration_deadline: 2026-03-16 }' },
    { description: 'a draft counted from --as-of, 28 days ahead', yaml: 'issued: ~', asOf: '2026-02-16' },
    { description: 'ec-2002: 20 working days exactly', yaml: 'issued: 2026-02-16\nmeeting: { registration_deadline: ~ }', presets: ['ec-2002'] },
    { description: 'its own thresholds', fixture: 'wsis-2005-informal-consultations.yaml', options: { inPersonDays: 14 } },
  ],
  reject: [
    {
      description: 'the 2005 consultation: 14 days before an in-person meeting',
      fixture: 'wsis-2005-informal-consultations.yaml',
      status: 'fail',
      message: 'announced 14 days before an in-person meeting on 2005-05-02; at least 56 are needed',
      line: 12, column: 1, endLine: 12, endColumn: 19, path: 'issued',
      severity: 'error',
      remedy: 'the meeting has taken place: next time, send the invitation at least 56 days ahead (for this one, by 2005-03-07)',
      evidence: { sent: '2005-04-18', sentFrom: 'issued', start: '2005-05-02', noticeDays: 14, requiredDays: 56, mode: 'in-person', unit: 'days' },
      source: 'W3C Process Document',
    },
    {
      description: 'a hybrid meeting 27 days ahead',
      yaml: 'issued: 2026-02-17',
      status: 'fail',
      findings: [
        {
          message: 'announced 27 days before a hybrid meeting on 2026-03-16; at least 28 are needed',
          line: 7, column: 1, endLine: 7, endColumn: 19, path: 'issued',
          source: 'IESG Statement on Interim Meetings (2008): 4 weeks',
        },
        { message: 'the registration deadline 2026-03-02 is 13 days after the invitation; at least 14 are needed to register', line: 13, column: 3, endLine: 13, endColumn: 36, path: 'meeting.registration_deadline' },
      ],
    },
    {
      description: 'an in-person meeting 55 days ahead',
      base: 'inPerson',
      yaml: 'issued: 2026-01-20',
      status: 'fail',
      message: 'announced 55 days before an in-person meeting on 2026-03-16; at least 56 are needed',
      line: 7, column: 1, endLine: 7, endColumn: 19, path: 'issued',
    },
    {
      description: 'an online meeting 13 days ahead',
      base: 'online',
      yaml: 'issued: 2026-03-03',
      status: 'fail',
      message: 'announced 13 days before an online meeting on 2026-03-16; at least 14 are needed',
      line: 7, column: 1, endLine: 7, endColumn: 19, path: 'issued',
      source: 'virtual meetings',
    },
    {
      description: 'a draft counted from --as-of, and said so',
      yaml: 'issued: ~',
      asOf: '2026-03-01',
      status: 'fail',
      findings: [
        {
          message: 'announced 15 days before a hybrid meeting on 2026-03-16 (no `issued` date: counted from 2026-03-01, the day it is checked for); at least 28 are needed',
          // `issued` is missing: the finding points at the document's mapping.
          line: 2, column: 1, endLine: 2, endColumn: 15, path: 'issued',
          // 2026-02-16, the latest day to send it, is past: the remedy does not ask for it.
          remedy: 'move the meeting to 2026-03-29 or later',
          evidence: { sentFrom: 'as-of' },
        },
        { message: 'the registration deadline 2026-03-02 is 1 day after the invitation (no `issued` date: counted from 2026-03-01, the day it is checked for); at least 14 are needed to register', line: 12, column: 3, endLine: 12, endColumn: 36, path: 'meeting.registration_deadline' },
      ],
    },
    {
      description: 'an invitation issued after the meeting started, with its own message',
      yaml: 'issued: 2026-03-20',
      status: 'fail',
      findings: [
        { message: 'issued on 2026-03-20, after the meeting started on 2026-03-16', line: 7, column: 1, endLine: 7, endColumn: 19, path: 'issued' },
        { message: 'the registration deadline 2026-03-02 is -18 days after the invitation; at least 14 are needed to register', line: 13, column: 3, endLine: 13, endColumn: 36, path: 'meeting.registration_deadline' },
      ],
    },
    {
      description: 'a registration deadline 8 days after the invitation',
      yaml: 'meeting: { registration_deadline: 2026-01-20 }',
      status: 'fail',
      message: 'the registration deadline 2026-01-20 is 8 days after the invitation; at least 14 are needed to register',
      line: 13, column: 3, endLine: 13, endColumn: 36, path: 'meeting.registration_deadline',
    },
    {
      description: 'a registration deadline after the start',
      yaml: 'meeting: { registration_deadline: 2026-03-17 }',
      status: 'fail',
      message: 'the registration deadline 2026-03-17 is after the meeting starts on 2026-03-16',
      line: 13, column: 3, endLine: 13, endColumn: 36, path: 'meeting.registration_deadline',
    },
    {
      description: 'ec-2002: the 2005 consultation, 10 working days (Monday to Monday)',
      fixture: 'wsis-2005-informal-consultations.yaml',
      presets: ['ec-2002'],
      status: 'fail',
      message: 'announced 10 working days before an in-person meeting on 2005-05-02; at least 20 are needed',
      line: 12, column: 1, endLine: 12, endColumn: 19, path: 'issued',
      remedy: 'the meeting has taken place: next time, send the invitation at least 20 working days ahead (for this one, by 2005-04-04)',
    },
    {
      description: 'ec-2002: 19 working days',
      yaml: 'issued: 2026-02-17\nmeeting: { registration_deadline: ~ }',
      presets: ['ec-2002'],
      status: 'fail',
      message: 'announced 19 working days before a hybrid meeting on 2026-03-16; at least 20 are needed',
      line: 7, column: 1, endLine: 7, endColumn: 19, path: 'issued',
    },
    {
      description: 'its own thresholds: 70 days for a hybrid meeting',
      options: { hybridDays: 70 },
      status: 'fail',
      message: 'announced 63 days before a hybrid meeting on 2026-03-16; at least 70 are needed',
      line: 7, column: 1, endLine: 7, endColumn: 19, path: 'issued',
      evidence: { noticeDays: 63, requiredDays: 70 },
    },
    {
      description: 'the strict preset: 56 days for a hybrid meeting too',
      yaml: 'issued: 2026-01-20',
      presets: ['strict'],
      status: 'fail',
      message: 'announced 55 days before a hybrid meeting on 2026-03-16; at least 56 are needed',
      line: 7, column: 1, endLine: 7, endColumn: 19, path: 'issued',
    },
  ],
});
