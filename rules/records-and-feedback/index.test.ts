import { testRule } from '../../tests/test-rule.js';
import rule from './index.js';

// BASES.hybridV2: a hybrid consultation (level consult) in Geneva ending on 2026-03-16; a summary and a recording
// published by 2026-03-30 (14 days after), contributions acknowledged, feedback stated (lines 61 to 66).
testRule({
  rule,
  asOf: '2026-01-05',
  accept: [
    { description: 'a summary by 2026-03-30, feedback and acknowledgement', base: 'hybridV2' },
    { description: 'minutes instead of a summary', base: 'hybridV2', yaml: 'records: { summary: ~, minutes: true }' },
    { description: 'published within P14D of a hybrid meeting', base: 'hybridV2', yaml: 'records: { published_by: ~, published_within: P14D }' },
    { description: 'online: published within 48 hours', base: 'hybridV2', yaml: 'meeting: { venue: ~, online: true }\nremote: ~\nrecords: { published_by: ~, published_within: PT48H }' },
    { description: 'a briefing (inform) taking no input: no feedback asked', base: 'hybridV2', yaml: 'format: { level: inform, interaction: briefing }\nrecords: { feedback: ~ }' },
    { description: 'no written input: acknowledgement not asked', base: 'hybridV2', yaml: 'records: { acknowledgement: ~ }' },
  ],
  reject: [
    {
      description: 'format v1: one finding, with the due date',
      base: 'hybrid',
      status: 'not-stated',
      message: 'the invitation does not say what record of the meeting is published, or when', line: 2, column: 1, endLine: 2, endColumn: 15, path: 'records', remedy: 'state in `records` (format v2: `format_version: 2`) minutes or a summary, published within 14 days of a hybrid meeting, i.e. by 2026-03-30, and how input will be reflected', source: 'W3C Process Document',
    },
    {
      description: 'format v2 without a records block',
      base: 'hybridV2', yaml: 'records: ~',
      status: 'not-stated',
      message: 'the invitation does not say what record of the meeting is published, or when', line: 2, column: 1, endLine: 2, endColumn: 15, path: 'records', remedy: 'state in `records` minutes or a summary, published within 14 days of a hybrid meeting, i.e. by 2026-03-30, and how input will be reflected', source: 'W3C Process Document',
    },
    {
      description: 'no minutes and no summary, only a recording',
      base: 'hybridV2', yaml: 'records: { summary: false, minutes: false }',
      status: 'fail',
      message: 'no minutes and no summary are published (only a recording), so nobody can read or cite what was said', line: 62, column: 3, endLine: 62, endColumn: 17, path: 'records.summary', remedy: 'publish minutes or a summary (`records.minutes: true` or `records.summary: true`) within 14 days of a hybrid meeting, i.e. by 2026-03-30', source: 'W3C Process Document',
    },
    {
      description: 'whether a written record is kept is not stated',
      base: 'hybridV2', yaml: 'records: { summary: ~ }',
      status: 'not-stated',
      message: 'whether minutes or a summary are published is not stated', line: 61, column: 1, endLine: 61, endColumn: 9, path: 'records.minutes', remedy: 'publish minutes or a summary (`records.minutes: true` or `records.summary: true`) within 14 days of a hybrid meeting, i.e. by 2026-03-30', source: 'W3C Process Document',
    },
    {
      description: 'by when is not stated',
      base: 'hybridV2', yaml: 'records: { published_by: ~ }',
      status: 'not-stated',
      message: 'by when the record is published is not stated', line: 61, column: 1, endLine: 61, endColumn: 9, path: 'records.published_by', remedy: 'state `records.published_by: 2026-03-30` (14 days after the meeting) or earlier', source: 'W3C Process Document',
    },
    {
      description: 'published 30 days after a hybrid meeting',
      base: 'hybridV2', yaml: 'records: { published_by: ~, published_within: P30D }',
      status: 'fail',
      message: 'the record is published 30 days after a hybrid meeting ending on 2026-03-16; at most 14 are allowed', line: 66, column: 3, endLine: 66, endColumn: 25, path: 'records.published_within', remedy: 'publish it by 2026-03-30 (`records.published_by: 2026-03-30`)', source: 'W3C Process Document',
    },
    {
      description: 'online: published 3 days after, 2 are allowed',
      base: 'hybridV2', yaml: 'meeting: { venue: ~, online: true }\nremote: ~\nrecords: { published_by: 2026-03-19 }',
      status: 'fail',
      message: 'the record is published 3 days after an online meeting ending on 2026-03-16; at most 2 are allowed', line: 61, column: 3, endLine: 61, endColumn: 27, path: 'records.published_by', remedy: 'publish it by 2026-03-18 (`records.published_by: 2026-03-18`)', source: 'W3C Process Document',
    },
    {
      description: 'due before the meeting ends',
      base: 'hybridV2', yaml: 'records: { published_by: 2026-03-10 }',
      status: 'fail',
      message: 'the record is due on 2026-03-10, before the meeting\'s last day 2026-03-16', line: 64, column: 3, endLine: 64, endColumn: 27, path: 'records.published_by', remedy: 'set `records.published_by` between 2026-03-16 and 2026-03-30', source: 'W3C Process Document',
    },
    {
      description: 'how input is reflected is not stated',
      base: 'hybridV2', yaml: 'records: { feedback: ~ }',
      status: 'not-stated',
      message: 'how the input of participants will be reflected is not stated', line: 61, column: 1, endLine: 61, endColumn: 9, path: 'records.feedback', remedy: 'say in `records.feedback` how input is taken into account and where the reasons are published (e.g. "a response to each contribution in the chair\'s summary")', source: 'Aarhus Convention art.',
    },
    {
      description: 'written contributions not acknowledged',
      base: 'hybridV2', yaml: 'format: { interaction: written-input }\nrecords: { acknowledgement: false }',
      status: 'fail',
      message: 'written contributions are not acknowledged', line: 65, column: 3, endLine: 65, endColumn: 25, path: 'records.acknowledgement', remedy: 'acknowledge the receipt of each contribution (`records.acknowledgement: true`)', source: 'European Commission COM(2002)',
    },
    {
      description: 'written contributions, acknowledgement not stated',
      base: 'hybridV2', yaml: 'inputs:\n  - { kind: written-contribution, closes: 2026-03-01 }\nrecords: { acknowledgement: ~ }',
      status: 'not-stated',
      message: 'whether written contributions are acknowledged is not stated', line: 61, column: 1, endLine: 61, endColumn: 9, path: 'records.acknowledgement', remedy: 'state `records.acknowledgement`', source: 'European Commission COM(2002)',
    },
    {
      description: 'the 2005 consultation: the meeting has taken place',
      fixture: 'wsis-2005-informal-consultations.yaml',
      status: 'not-stated',
      message: 'the invitation does not say what record of the meeting is published, or when', line: 7, column: 1, endLine: 7, endColumn: 15, path: 'records', remedy: 'the meeting has taken place: next time, state in `records` (format v2: `format_version: 2`) minutes or a summary, published within 14 days of an in-person meeting, i.e. by 2005-05-16, and how input will be reflected', source: 'W3C Process Document',
    },
    {
      description: 'inPersonDays 7: two weeks is too late',
      base: 'hybridV2', options: { inPersonDays: 7 },
      status: 'fail',
      message: 'the record is published 14 days after a hybrid meeting ending on 2026-03-16; at most 7 are allowed', line: 64, column: 3, endLine: 64, endColumn: 27, path: 'records.published_by', remedy: 'publish it by 2026-03-23 (`records.published_by: 2026-03-23`)', source: 'W3C Process Document',
    },
  ],
  invalidOptions: [
    { description: 'a negative number of days', options: { onlineDays: -1 }, message: 'config.rules.records-and-feedback[1].onlineDays: Too small: expected number to be >=0' },
  ],
});
