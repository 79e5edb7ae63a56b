import { testRule } from '../../tests/test-rule.js';
import rule from './index.js';

const WSIS_2005 = 'wsis-2005-informal-consultations.yaml';

// BASES.hybrid: governments picked by the convener (exempt), the private sector `self`, civil society through its
// focal point, the technical community `open`.
testRule({
  rule,
  asOf: '2026-01-05',
  accept: [
    { description: 'governments picked by the convener (exempt), the others choose', base: 'hybrid' },
    { description: 'open to all, whoever picks', yaml: 'invitees: { open: true, groups: { 2: { selection: convener } } }' },
    { description: 'a government without selection (exempt)', yaml: 'invitees: { groups: { 0: { selection: ~ } } }' },
    { description: 'the 2005 consultation when every group it invited is exempt', fixture: WSIS_2005, options: { exempt: ['governments', 'civil-society', 'private-sector'] } },
  ],
  reject: [
    {
      description: 'the 2005 consultation: civil society and private sector picked by the convener, the Bureau bypassed',
      fixture: WSIS_2005,
      status: 'fail',
      findings: [
        { message: 'civil society participants are picked by the convener; the invitation should go through the WSIS Civil Society Bureau', line: 26, column: 7, endLine: 26, endColumn: 26, path: 'invitees.groups[0].selection', remedy: 'send the invitation to the WSIS Civil Society Bureau and let it choose (`selection: focal-point`)' },
        { message: 'private sector participants are picked by the convener; the group should choose its own', line: 29, column: 7, endLine: 29, endColumn: 26, path: 'invitees.groups[1].selection', remedy: 'let the private sector group choose its own participants (`selection: self`) or open registration to it (`selection: open`)' },
      ],
    },
    {
      description: 'civil society picked by the convener',
      yaml: 'invitees: { groups: { 2: { selection: convener } } }',
      status: 'fail',
      message: 'civil society participants are picked by the convener; the invitation should go through the Civil Society Bureau',
      line: 27, column: 7, endLine: 27, endColumn: 26, path: 'invitees.groups[2].selection',
      remedy: 'send the invitation to the Civil Society Bureau and let it choose (`selection: focal-point`)',
    },
    {
      description: 'two groups picked by the convener',
      yaml: 'invitees: { groups: { 1: { selection: convener }, 3: { selection: convener } } }',
      status: 'fail',
      findings: [
        { message: 'private sector participants are picked by the convener; the group should choose its own', line: 25, column: 7, endLine: 25, endColumn: 26, path: 'invitees.groups[1].selection', remedy: 'let the private sector group choose its own participants (`selection: self`) or open registration to it (`selection: open`)' },
        { message: 'technical community participants are picked by the convener; the group should choose its own', line: 30, column: 7, endLine: 30, endColumn: 26, path: 'invitees.groups[3].selection', remedy: 'let the technical community group choose its own participants (`selection: self`) or open registration to it (`selection: open`)' },
      ],
    },
    {
      description: 'one picked, one not stated',
      yaml: 'invitees: { groups: { 1: { selection: convener }, 3: { selection: ~ } } }',
      status: 'fail',
      findings: [
        { message: 'private sector participants are picked by the convener; the group should choose its own', line: 25, column: 7, endLine: 25, endColumn: 26, path: 'invitees.groups[1].selection', remedy: 'let the private sector group choose its own participants (`selection: self`) or open registration to it (`selection: open`)' },
        { message: 'the invitation does not say who chooses the technical community participants', line: 29, column: 7, endLine: 29, endColumn: 39, path: 'invitees.groups[3].selection', remedy: 'state `selection`: `open`, `self` or `focal-point` (the convener picking them fails)' },
      ],
    },
    {
      description: 'a group without selection, at the group',
      yaml: 'invitees: { groups: { 3: { selection: ~ } } }',
      status: 'not-stated',
      message: 'the invitation does not say who chooses the technical community participants',
      line: 29, column: 7, endLine: 29, endColumn: 39, path: 'invitees.groups[3].selection',
      remedy: 'state `selection`: `open`, `self` or `focal-point` (the convener picking them fails)',
    },
    {
      description: 'no groups, not open: at the invitees mapping',
      yaml: 'invitees: { groups: ~ }',
      status: 'not-stated',
      message: 'the invitation names no stakeholder groups and is not open to all, so it does not say who chooses the participants',
      line: 17, column: 1, endLine: 17, endColumn: 10, path: 'invitees.groups',
      remedy: 'list `invitees.groups` with how each chooses its participants (`selection: open`, `self` or `focal-point`), or open registration (`invitees.open: true`)',
      evidence: { open: null, groups: 0 },
    },
    {
      description: 'no groups, explicitly closed',
      yaml: 'invitees: { groups: ~, open: false }',
      status: 'not-stated',
      message: 'the invitation names no stakeholder groups and is not open to all, so it does not say who chooses the participants',
      line: 17, column: 1, endLine: 17, endColumn: 10, path: 'invitees.groups',
      remedy: 'list `invitees.groups` with how each chooses its participants (`selection: open`, `self` or `focal-point`), or open registration (`invitees.open: true`)',
    },
    {
      description: 'no invitees at all',
      yaml: 'invitees: ~',
      status: 'not-stated',
      message: 'the invitation names no stakeholder groups and is not open to all, so it does not say who chooses the participants',
      line: 2, column: 1, endLine: 2, endColumn: 15, path: 'invitees.groups',
      remedy: 'list `invitees.groups` with how each chooses its participants (`selection: open`, `self` or `focal-point`), or open registration (`invitees.open: true`)',
    },
    {
      description: 'governments picked by the convener when nobody is exempt',
      options: { exempt: [] },
      status: 'fail',
      message: 'government participants are picked by the convener; the group should choose its own',
      line: 23, column: 7, endLine: 23, endColumn: 26, path: 'invitees.groups[0].selection',
      remedy: 'let the government group choose its own participants (`selection: self`) or open registration to it (`selection: open`)',
    },
  ],
});
