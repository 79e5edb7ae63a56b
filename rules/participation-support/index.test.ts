import { testRule } from '../../tests/test-rule.js';
import rule from './index.js';

// BASES.hybrid: a meeting in Geneva, invitees from Europe and Africa, travel funding and visa letters offered.
testRule({
  rule,
  asOf: '2026-01-05',
  accept: [
    { description: 'a hybrid meeting, both offered', base: 'hybrid' },
    { description: 'in person, both offered', base: 'inPerson' },
    { description: 'no regions, both offered', yaml: 'invitees: { regions: ~ }' },
    { description: 'online, no support', base: 'online', status: 'not-applicable' },
    { description: 'a single region, no support', yaml: 'support: ~\ninvitees: { regions: [africa] }', status: 'not-applicable' },
  ],
  reject: [
    {
      description: 'no travel funding',
      yaml: 'support: { travel_funding: false }',
      status: 'fail',
      message: 'no travel funding for a hybrid meeting with invitees from 2 regions',
      line: 53, column: 3, endLine: 53, endColumn: 24, path: 'support.travel_funding',
      remedy: 'offer travel funding for participants who could not otherwise come, and say so in `support.travel_funding`',
    },
    {
      description: 'no visa letters',
      yaml: 'support: { visa_letters: false }',
      status: 'fail',
      message: 'no invitation letters for visa applications for a hybrid meeting with invitees from 2 regions',
      line: 54, column: 3, endLine: 54, endColumn: 22, path: 'support.visa_letters',
      remedy: 'offer invitation letters for visa applications, and say so in `support.visa_letters`',
    },
    {
      description: 'no visa letters, travel funding not stated',
      yaml: 'support: { visa_letters: false, travel_funding: ~ }',
      status: 'fail',
      findings: [
        { message: 'whether there is travel funding for a hybrid meeting with invitees from 2 regions is not stated', line: 52, column: 1, endLine: 52, endColumn: 9, path: 'support.travel_funding', remedy: 'offer travel funding for participants who could not otherwise come, and say so in `support.travel_funding`' },
        { message: 'no invitation letters for visa applications for a hybrid meeting with invitees from 2 regions', line: 53, column: 3, endLine: 53, endColumn: 22, path: 'support.visa_letters', remedy: 'offer invitation letters for visa applications, and say so in `support.visa_letters`' },
      ],
    },
    {
      description: 'no travel funding, visa letters not stated: one finding per kind, each at its own field',
      yaml: 'support: { travel_funding: false, visa_letters: ~ }',
      status: 'fail',
      findings: [
        { message: 'whether there are invitation letters for visa applications for a hybrid meeting with invitees from 2 regions is not stated', line: 52, column: 1, endLine: 52, endColumn: 9, path: 'support.visa_letters', remedy: 'offer invitation letters for visa applications, and say so in `support.visa_letters`', source: 'visa invitation letters' },
        { message: 'no travel funding for a hybrid meeting with invitees from 2 regions', line: 53, column: 3, endLine: 53, endColumn: 24, path: 'support.travel_funding', remedy: 'offer travel funding for participants who could not otherwise come, and say so in `support.travel_funding`' },
      ],
    },
    {
      description: 'travel funding not stated',
      yaml: 'support: { travel_funding: ~ }',
      status: 'not-stated',
      message: 'whether there is travel funding for a hybrid meeting with invitees from 2 regions is not stated',
      line: 52, column: 1, endLine: 52, endColumn: 9, path: 'support.travel_funding',
      remedy: 'offer travel funding for participants who could not otherwise come, and say so in `support.travel_funding`',
    },
    {
      description: 'no support block',
      yaml: 'support: ~',
      status: 'not-stated',
      findings: [
        { message: 'whether there is travel funding for a hybrid meeting with invitees from 2 regions is not stated', line: 2, column: 1, endLine: 2, endColumn: 15, path: 'support.travel_funding', remedy: 'offer travel funding for participants who could not otherwise come, and say so in `support.travel_funding`' },
        { message: 'whether there are invitation letters for visa applications for a hybrid meeting with invitees from 2 regions is not stated', line: 2, column: 1, endLine: 2, endColumn: 15, path: 'support.visa_letters', remedy: 'offer invitation letters for visa applications, and say so in `support.visa_letters`' },
      ],
    },
    {
      description: 'no regions, no support',
      yaml: 'support: ~\ninvitees: { regions: ~ }',
      status: 'not-stated',
      message: 'the regions the invitees come from are not stated, so nobody can tell whether they need help to travel',
      line: 17, column: 1, endLine: 17, endColumn: 10, path: 'invitees.regions',
      remedy: 'state `invitees.regions`',
    },
    {
      description: 'the 2005 consultation, silent on support for invitees from every region',
      fixture: 'wsis-2005-informal-consultations.yaml',
      status: 'not-stated',
      findings: [
        { message: 'whether there is travel funding for an in-person meeting with invitees from every region is not stated', line: 7, column: 1, endLine: 7, endColumn: 15, path: 'support.travel_funding', remedy: 'offer travel funding for participants who could not otherwise come, and say so in `support.travel_funding`' },
        { message: 'whether there are invitation letters for visa applications for an in-person meeting with invitees from every region is not stated', line: 7, column: 1, endLine: 7, endColumn: 15, path: 'support.visa_letters', remedy: 'offer invitation letters for visa applications, and say so in `support.visa_letters`' },
      ],
    },
  ],
});
