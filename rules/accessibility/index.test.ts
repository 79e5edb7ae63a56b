import { testRule } from '../../tests/test-rule.js';
import rule from './index.js';

// BASES.hybridV2: a hybrid meeting in Geneva on 2026-03-16, issued 2026-01-12, one document; accommodation requests
// to access@example.org until 2026-03-02 (49 days after the invitation), an accessible venue, documents and
// platform, International Sign and captioning (lines 53 to 60).
testRule({
  rule,
  asOf: '2026-01-05',
  accept: [
    { description: 'every fact stated, in a hybrid meeting', base: 'hybridV2' },
    { description: 'online: no venue to be accessible', base: 'hybridV2', yaml: 'meeting: { venue: ~, online: true }\nremote: ~\naccessibility: { venue_accessible: ~ }' },
    { description: 'sign language without captioning', base: 'hybridV2', yaml: 'accessibility: { captioning: ~ }' },
    { description: 'captioning without sign language', base: 'hybridV2', yaml: 'accessibility: { sign_language: ~ }' },
    { description: 'nobody joins remotely: no platform to be accessible', base: 'hybridV2', yaml: 'remote: { participation: none, channels: ~ }\naccessibility: { remote_platform_accessible: ~ }' },
    { description: 'no documents listed: none to be accessible', base: 'hybridV2', yaml: 'documents: ~\naccessibility: { documents_accessible: ~ }' },
    { description: 'requests until exactly 14 days after the invitation', base: 'hybridV2', yaml: 'accessibility: { request_by: 2026-01-26 }' },
    { description: 'requests until the day the meeting starts', base: 'hybridV2', yaml: 'accessibility: { request_by: 2026-03-16 }' },
  ],
  reject: [
    {
      description: 'format v1: captioning only, one finding',
      base: 'hybrid',
      status: 'not-stated',
      message: 'the invitation states captioning but nothing else about access for persons with disabilities, so nobody can tell whether they can take part or how to ask', line: 2, column: 1, endLine: 2, endColumn: 15, path: 'accessibility', remedy: 'state in `accessibility` (format v2: `format_version: 2`) whom to ask for an accommodation and by when, whether the venue is accessible, whether the documents are accessible, whether the remote platform is accessible; accept accommodation requests until 3 working days before the meeting, i.e. by 2026-03-11', source: 'UN JIU/REP/2018/6 (endorsed',
    },
    {
      description: 'format v2 without an accessibility block',
      base: 'hybridV2', yaml: 'accessibility: ~',
      status: 'not-stated',
      message: 'the invitation says nothing about access for persons with disabilities, so nobody can tell whether they can take part or how to ask', line: 2, column: 1, endLine: 2, endColumn: 15, path: 'accessibility', remedy: 'state in `accessibility` whom to ask for an accommodation and by when, whether the venue is accessible, captioning or sign language, whether the documents are accessible, whether the remote platform is accessible; accept accommodation requests until 3 working days before the meeting, i.e. by 2026-03-11', source: 'UN JIU/REP/2018/6 (endorsed',
    },
    {
      description: 'online, without an accessibility block: no venue asked about',
      base: 'hybridV2', yaml: 'meeting: { venue: ~, online: true }\nremote: ~\ndocuments: ~\naccessibility: ~',
      status: 'not-stated',
      message: 'the invitation says nothing about access for persons with disabilities, so nobody can tell whether they can take part or how to ask', line: 2, column: 1, endLine: 2, endColumn: 15, path: 'accessibility', remedy: 'state in `accessibility` whom to ask for an accommodation and by when, captioning or sign language, whether the remote platform is accessible; accept accommodation requests until 3 working days before the meeting, i.e. by 2026-03-11', source: 'UN JIU/REP/2018/6 (endorsed',
    },
    {
      description: 'no contact for requests',
      base: 'hybridV2', yaml: 'accessibility: { request_contact: ~ }',
      status: 'not-stated',
      message: 'whom to ask for an accommodation is not stated', line: 53, column: 1, endLine: 53, endColumn: 15, path: 'accessibility.request_contact', remedy: 'name a contact for accommodation requests in `accessibility.request_contact` (an e-mail address or an office)', source: 'UN JIU/REP/2018/6 (endorsed',
    },
    {
      description: 'no day by which to request',
      base: 'hybridV2', yaml: 'accessibility: { request_by: ~ }',
      status: 'not-stated',
      message: 'by when an accommodation can be requested is not stated', line: 53, column: 1, endLine: 53, endColumn: 15, path: 'accessibility.request_by', remedy: 'state `accessibility.request_by`: 3 working days before the meeting, i.e. by 2026-03-11', source: 'UNOG guidance note',
    },
    {
      description: 'requests accepted only after the meeting starts',
      base: 'hybridV2', yaml: 'accessibility: { request_by: 2026-03-17 }',
      status: 'fail',
      message: 'accommodation can be requested until 2026-03-17, after the meeting starts on 2026-03-16', line: 54, column: 3, endLine: 54, endColumn: 25, path: 'accessibility.request_by', remedy: 'set `accessibility.request_by` on or before 2026-03-16: 3 working days before the meeting, i.e. by 2026-03-11', source: 'UNOG guidance note',
    },
    {
      description: 'requests closing 3 days after the invitation',
      base: 'hybridV2', yaml: 'accessibility: { request_by: 2026-01-15 }',
      status: 'fail',
      message: 'accommodation must be requested by 2026-01-15, 3 days after the invitation; at least 14 are needed to ask', line: 54, column: 3, endLine: 54, endColumn: 25, path: 'accessibility.request_by', remedy: 'move `accessibility.request_by` to 2026-01-26 or later (3 working days before the meeting is 2026-03-11)', source: 'UNOG guidance note',
    },
    {
      description: 'requests closing 2 days after a late invitation: the window no longer fits',
      base: 'hybridV2', yaml: 'issued: 2026-03-10\nadmission: { closes: ~ }\naccessibility: { request_by: 2026-03-12 }',
      status: 'fail',
      message: 'accommodation must be requested by 2026-03-12, 2 days after the invitation; at least 14 are needed to ask', line: 53, column: 3, endLine: 53, endColumn: 25, path: 'accessibility.request_by', remedy: 'the meeting is too close for a 14-day window: accept requests until 2026-03-11, 3 working days before the meeting', source: 'UNOG guidance note',
    },
    {
      description: 'a draft: the window counts from the --as-of date',
      base: 'hybridV2', yaml: 'issued: ~\naccessibility: { request_by: 2026-01-10 }',
      status: 'fail',
      message: 'accommodation must be requested by 2026-01-10, 5 days after the invitation (no `issued` date: counted from 2026-01-05, the day it is checked for); at least 14 are needed to ask', line: 53, column: 3, endLine: 53, endColumn: 25, path: 'accessibility.request_by', remedy: 'move `accessibility.request_by` to 2026-01-19 or later (3 working days before the meeting is 2026-03-11)', source: 'UNOG guidance note',
    },
    {
      description: 'the venue is not accessible',
      base: 'hybridV2', yaml: 'accessibility: { venue_accessible: false }',
      status: 'fail',
      message: 'the venue is not accessible to wheelchair users', line: 56, column: 3, endLine: 56, endColumn: 26, path: 'accessibility.venue_accessible', remedy: 'move the meeting to an accessible venue, or offer a remote route with the same floor (`remote.participation: speak`)', source: 'UN JIU/REP/2018/6 (endorsed',
    },
    {
      description: 'whether the venue is accessible is not stated',
      base: 'hybridV2', yaml: 'accessibility: { venue_accessible: ~ }',
      status: 'not-stated',
      message: 'whether the venue is accessible is not stated', line: 53, column: 1, endLine: 53, endColumn: 15, path: 'accessibility.venue_accessible', remedy: 'state `accessibility.venue_accessible` (step-free access, accessible rooms and toilets)', source: 'UN JIU/REP/2018/6 (endorsed',
    },
    {
      description: 'neither captioning nor sign language',
      base: 'hybridV2', yaml: 'accessibility: { captioning: false, sign_language: [] }',
      status: 'fail',
      message: 'the meeting offers neither live captioning nor sign language interpretation', line: 58, column: 3, endLine: 58, endColumn: 20, path: 'accessibility.captioning', remedy: 'offer real-time captioning (`accessibility.captioning: true`) or sign language interpretation (`accessibility.sign_language: [International Sign]`)', source: 'W3C Group Note',
    },
    {
      description: 'no captioning, sign language not stated',
      base: 'hybridV2', yaml: 'accessibility: { captioning: false, sign_language: ~ }',
      status: 'not-stated',
      message: 'whether there is live captioning or sign language interpretation is not stated (no captioning)', line: 53, column: 1, endLine: 53, endColumn: 15, path: 'accessibility.sign_language', remedy: 'state `accessibility.captioning` or `accessibility.sign_language`', source: 'W3C Group Note',
    },
    {
      description: 'neither captioning nor sign language stated',
      base: 'hybridV2', yaml: 'accessibility: { captioning: ~, sign_language: ~ }',
      status: 'not-stated',
      message: 'whether there is live captioning or sign language interpretation is not stated', line: 53, column: 1, endLine: 53, endColumn: 15, path: 'accessibility.captioning', remedy: 'state `accessibility.captioning` or `accessibility.sign_language`', source: 'W3C Group Note',
    },
    {
      description: 'documents not accessible',
      base: 'hybridV2', yaml: 'accessibility: { documents_accessible: false }',
      status: 'fail',
      message: 'the document is not published in accessible formats', line: 59, column: 3, endLine: 59, endColumn: 30, path: 'accessibility.documents_accessible', remedy: 'publish the documents in accessible formats (tagged PDF or HTML, readable by a screen reader) when they are first published', source: 'W3C Group Note',
    },
    {
      description: 'whether the documents are accessible is not stated',
      base: 'hybridV2', yaml: 'accessibility: { documents_accessible: ~ }',
      status: 'not-stated',
      message: 'whether the documents are published in accessible formats is not stated', line: 53, column: 1, endLine: 53, endColumn: 15, path: 'accessibility.documents_accessible', remedy: 'state `accessibility.documents_accessible`', source: 'W3C Group Note',
    },
    {
      description: 'remote platform not accessible',
      base: 'hybridV2', yaml: 'accessibility: { remote_platform_accessible: false }',
      status: 'fail',
      message: 'the remote platform does not work with assistive technology', line: 60, column: 3, endLine: 60, endColumn: 36, path: 'accessibility.remote_platform_accessible', remedy: 'use a remote platform that works with screen readers and keyboard-only use and shows captions', source: 'W3C Group Note',
    },
    {
      description: 'whether the remote platform is accessible is not stated, for a webcast',
      base: 'hybridV2', yaml: 'remote: { participation: listen }\naccessibility: { remote_platform_accessible: ~ }',
      status: 'not-stated',
      message: 'whether the remote platform works with assistive technology is not stated', line: 53, column: 1, endLine: 53, endColumn: 15, path: 'accessibility.remote_platform_accessible', remedy: 'state `accessibility.remote_platform_accessible`', source: 'W3C Group Note',
    },
    {
      description: 'an inaccessible venue and no contact: one finding each, in field order',
      base: 'hybridV2', yaml: 'accessibility: { request_contact: ~, venue_accessible: false }',
      status: 'fail',
      findings: [
        { message: 'whom to ask for an accommodation is not stated', line: 53, column: 1, endLine: 53, endColumn: 15, path: 'accessibility.request_contact', remedy: 'name a contact for accommodation requests in `accessibility.request_contact` (an e-mail address or an office)', source: 'UN JIU/REP/2018/6 (endorsed' },
        { message: 'the venue is not accessible to wheelchair users', line: 55, column: 3, endLine: 55, endColumn: 26, path: 'accessibility.venue_accessible', remedy: 'move the meeting to an accessible venue, or offer a remote route with the same floor (`remote.participation: speak`)', source: 'UN JIU/REP/2018/6 (endorsed' },
      ],
    },
    {
      description: 'the 2005 consultation: nothing stated, the meeting has taken place',
      fixture: 'wsis-2005-informal-consultations.yaml',
      status: 'not-stated',
      message: 'the invitation says nothing about access for persons with disabilities, so nobody can tell whether they can take part or how to ask', line: 7, column: 1, endLine: 7, endColumn: 15, path: 'accessibility', remedy: 'the meeting has taken place: next time, state in `accessibility` (format v2: `format_version: 2`) whom to ask for an accommodation and by when, whether the venue is accessible, captioning or sign language; accept accommodation requests until 3 working days before the meeting, i.e. by 2005-04-27, with the invitation sent by 2005-04-13 to leave 14 days to ask', source: 'UN JIU/REP/2018/6 (endorsed',
    },
    {
      description: 'requestWindowDays 30: requests closing 20 days after the invitation',
      base: 'hybridV2', yaml: 'accessibility: { request_by: 2026-02-01 }', options: { requestWindowDays: 30 },
      status: 'fail',
      message: 'accommodation must be requested by 2026-02-01, 20 days after the invitation; at least 30 are needed to ask', line: 54, column: 3, endLine: 54, endColumn: 25, path: 'accessibility.request_by', remedy: 'move `accessibility.request_by` to 2026-02-11 or later (3 working days before the meeting is 2026-03-11)', source: 'UNOG guidance note',
    },
    {
      description: 'requestLeadWorkingDays 10: the proposed day moves earlier',
      base: 'hybridV2', yaml: 'accessibility: { request_by: ~ }', options: { requestLeadWorkingDays: 10 },
      status: 'not-stated',
      message: 'by when an accommodation can be requested is not stated', line: 53, column: 1, endLine: 53, endColumn: 15, path: 'accessibility.request_by', remedy: 'state `accessibility.request_by`: 10 working days before the meeting, i.e. by 2026-03-02', source: 'UNOG guidance note',
    },
  ],
  invalidOptions: [
    { description: 'a negative window', options: { requestWindowDays: -1 }, message: 'config.rules.accessibility[1].requestWindowDays: Too small: expected number to be >=0' },
  ],
});
