import { testRule } from '../../tests/test-rule.js';
import rule from './index.js';

// BASES.hybrid invites governments, the private sector, civil society and the technical community.
testRule({
  rule,
  asOf: '2026-01-05',
  accept: [
    { description: 'the four groups of the hybrid base', base: 'hybrid' },
    { description: 'without the technical community (not required)', yaml: 'invitees: { groups: { 3: ~ } }' },
    { description: 'no groups, open to all', yaml: 'invitees: { groups: ~, open: true }' },
    { description: 'governments only, open to all', yaml: 'invitees: { groups: [{ stakeholder: governments }], open: true }' },
  ],
  reject: [
    {
      description: 'without governments',
      yaml: 'invitees: { groups: { 0: ~ } }',
      status: 'fail',
      message: 'governments are not among the groups invited; governments, the private sector and civil society are needed',
      line: 21, column: 3, endLine: 28, endColumn: 22, path: 'invitees.groups',
      remedy: 'invite governments',
    },
    {
      description: 'the private sector alone: the missing groups named, at invitees.groups',
      yaml: 'invitees:\n  groups: [{ stakeholder: private-sector, selection: self }]',
      status: 'fail',
      message: 'governments and civil society are not among the groups invited; governments, the private sector and civil society are needed',
      line: 21, column: 3, endLine: 21, endColumn: 63, path: 'invitees.groups',
      remedy: 'invite governments and civil society',
      severity: 'warn',
      evidence: { missing: ['governments', 'civil-society'] },
    },
    {
      description: 'without civil society: a single group with the right verb',
      yaml: 'invitees: { groups: { 2: ~ } }',
      status: 'fail',
      message: 'civil society is not among the groups invited; governments, the private sector and civil society are needed',
      line: 21, column: 3, endLine: 27, endColumn: 22, path: 'invitees.groups',
      remedy: 'invite civil society',
    },
    {
      description: 'without the private sector: a single group with the right verb',
      yaml: 'invitees: { groups: { 1: ~ } }',
      status: 'fail',
      message: 'the private sector is not among the groups invited; governments, the private sector and civil society are needed',
      line: 21, column: 3, endLine: 28, endColumn: 22, path: 'invitees.groups',
      remedy: 'invite the private sector',
    },
    {
      description: 'no groups, not open',
      yaml: 'invitees: { groups: ~ }',
      status: 'not-stated',
      message: 'the stakeholder groups invited are not stated, and the meeting is not open to all',
      line: 17, column: 1, endLine: 17, endColumn: 10, path: 'invitees.groups',
      remedy: 'list the groups invited under `invitees.groups`, including governments, the private sector and civil society, or set `invitees.open: true`',
    },
    {
      description: 'no groups, explicitly not open',
      yaml: 'invitees: { groups: ~, open: false }',
      status: 'not-stated',
      message: 'the stakeholder groups invited are not stated, and the meeting is not open to all',
      line: 17, column: 1, endLine: 17, endColumn: 10, path: 'invitees.groups',
      remedy: 'list the groups invited under `invitees.groups`, including governments, the private sector and civil society, or set `invitees.open: true`',
    },
    {
      description: 'no invitees block at all',
      yaml: 'invitees: ~',
      status: 'not-stated',
      message: 'the stakeholder groups invited are not stated, and the meeting is not open to all',
      line: 2, column: 1, endLine: 2, endColumn: 15, path: 'invitees.groups',
      remedy: 'list the groups invited under `invitees.groups`, including governments, the private sector and civil society, or set `invitees.open: true`',
    },
    {
      description: 'the required groups from the options',
      options: { required: ['governments', 'academia'] },
      status: 'fail',
      message: 'academia is not among the groups invited; governments and academia are needed',
      line: 21, column: 3, endLine: 30, endColumn: 22, path: 'invitees.groups',
      remedy: 'invite academia',
    },
    {
      description: 'the 2005 consultation: governments were not among the groups invited',
      fixture: 'wsis-2005-informal-consultations.yaml',
      status: 'fail',
      message: 'governments are not among the groups invited; governments, the private sector and civil society are needed',
      line: 24, column: 3, endLine: 29, endColumn: 26, path: 'invitees.groups',
      remedy: 'invite governments',
      evidence: { missing: ['governments'] },
    },
  ],
  invalidOptions: [
    { description: 'a required group that is not a stakeholder group of the format', options: { required: ['citizens'] }, message: 'config.rules.stakeholder-coverage: Invalid input' },
  ],
});
