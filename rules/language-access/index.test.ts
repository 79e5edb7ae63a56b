import { testRule } from '../../tests/test-rule.js';
import rule from './index.js';

// BASES.hybrid: invitees from Europe and Africa; en and fr working, es interpreted, captioning.
const ENGLISH_ONLY = 'languages: { working: [en], interpretation: ~, captioning: ~ }';

testRule({
  rule,
  asOf: '2026-01-05',
  accept: [
    { description: 'three languages and captioning', base: 'hybrid' },
    { description: 'two languages, no captioning', yaml: 'languages: { interpretation: ~, captioning: false }' },
    { description: 'one working and one interpreted language', yaml: 'languages: { working: [en], interpretation: [fr], captioning: ~ }' },
    { description: 'one language with captioning', yaml: 'languages: { working: [en], interpretation: ~, captioning: true }' },
    { description: 'no regions, enough languages', yaml: 'invitees: { regions: ~ }' },
    { description: 'un: six languages asked, captioning still enough', presets: ['un'] },
    { description: 'a single region, one language', yaml: `${ENGLISH_ONLY}\ninvitees: { regions: [europe] }`, status: 'not-applicable' },
    { description: 'a single region named twice', yaml: `${ENGLISH_ONLY}\ninvitees: { regions: [europe, europe] }`, status: 'not-applicable' },
    { description: 'a single region, no languages', yaml: 'languages: ~\ninvitees: { regions: [africa] }', status: 'not-applicable' },
  ],
  reject: [
    {
      description: 'one language, no captioning: the regions, the languages, the threshold and the remedy',
      yaml: ENGLISH_ONLY,
      status: 'fail',
      message: 'invitees come from 2 regions, but the meeting offers 1 language (en) and no captioning; at least 2 languages, or captioning, are needed',
      line: 48, column: 1, endLine: 49, endColumn: 18, path: 'languages',
      remedy: 'add interpretation into 1 more language, or offer real-time captioning',
      severity: 'warn',
      evidence: { regionCount: 2, languages: ['en'], captioning: false, minLanguages: 2 },
    },
    {
      description: 'the same language working and interpreted counts once',
      yaml: 'languages: { working: [en], interpretation: [en], captioning: ~ }',
      status: 'fail',
      message: 'invitees come from 2 regions, but the meeting offers 1 language (en) and no captioning; at least 2 languages, or captioning, are needed',
      line: 48, column: 1, endLine: 50, endColumn: 25, path: 'languages',
      remedy: 'add interpretation into 1 more language, or offer real-time captioning',
    },
    {
      description: 'global invitees, one language',
      yaml: `${ENGLISH_ONLY}\ninvitees: { regions: [global] }`,
      status: 'fail',
      message: 'invitees come from every region, but the meeting offers 1 language (en) and no captioning; at least 2 languages, or captioning, are needed',
      line: 48, column: 1, endLine: 49, endColumn: 18, path: 'languages',
      remedy: 'add interpretation into 1 more language, or offer real-time captioning',
    },
    {
      description: 'a languages block that names none',
      yaml: 'languages: { working: ~, interpretation: ~, captioning: false }',
      status: 'fail',
      message: 'invitees come from 2 regions, but the meeting offers no language and no captioning; at least 2 languages, or captioning, are needed',
      line: 48, column: 1, endLine: 49, endColumn: 20, path: 'languages',
      remedy: 'add interpretation into 2 more languages, or offer real-time captioning',
    },
    {
      description: 'un: three of six languages and no captioning',
      yaml: 'languages: { captioning: false }',
      presets: ['un'],
      status: 'fail',
      message: 'invitees come from 2 regions, but the meeting offers 3 languages (en, fr, es) and no captioning; at least 6 languages, or captioning, are needed',
      line: 48, column: 1, endLine: 51, endColumn: 20, path: 'languages',
      remedy: 'add interpretation into 3 more languages, or offer real-time captioning',
    },
    {
      description: 'no languages',
      yaml: 'languages: ~',
      status: 'not-stated',
      message: 'invitees come from 2 regions, but the languages of the meeting are not stated',
      line: 2, column: 1, endLine: 2, endColumn: 15, path: 'languages',
      remedy: 'state `languages`: at least 2 working or interpreted languages, or captioning',
    },
    {
      description: 'no regions, one language',
      yaml: `${ENGLISH_ONLY}\ninvitees: { regions: ~ }`,
      status: 'not-stated',
      message: 'the meeting offers 1 language (en) and no captioning, and the regions the invitees come from are not stated, so nobody can tell whether that is enough',
      line: 17, column: 1, endLine: 17, endColumn: 10, path: 'invitees.regions',
      remedy: 'state `invitees.regions`; invitees from more than one region need at least 2 languages, or captioning',
    },
    {
      description: 'the 2005 consultation: invitees from every region, English only',
      fixture: 'wsis-2005-informal-consultations.yaml',
      status: 'fail',
      message: 'invitees come from every region, but the meeting offers 1 language (en) and no captioning; at least 2 languages, or captioning, are needed',
      line: 37, column: 1, endLine: 38, endColumn: 16, path: 'languages',
      remedy: 'add interpretation into 1 more language, or offer real-time captioning',
    },
  ],
});
