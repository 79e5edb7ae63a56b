import { testRule } from '../../tests/test-rule.js';
import rule from './index.js';

// BASES.hybridV2: a hybrid meeting in Geneva, free of charge (`admission.fee: 0`, line 18).
testRule({
  rule,
  asOf: '2026-01-05',
  accept: [
    { description: 'free of charge', base: 'hybridV2' },
    { description: 'a fee waived for civil society and remote participants', base: 'hybridV2', yaml: 'admission: { fee: 350, fee_currency: CHF, fee_waived_for: [civil-society, remote] }' },
    { description: 'in person, nobody remote: a fee waived for civil society', base: 'hybridV2', yaml: 'remote: { participation: none, channels: ~ }\nadmission: { fee: 350, fee_currency: CHF, fee_waived_for: [civil-society] }' },
    { description: 'remoteWaiver false: remote participants may pay', base: 'hybridV2', yaml: 'admission: { fee: 350, fee_currency: CHF, fee_waived_for: [civil-society] }', options: { remoteWaiver: false } },
    { description: 'waivedFor []: any group may pay, remote participants do not', base: 'hybridV2', yaml: 'admission: { fee: 350, fee_currency: CHF, fee_waived_for: [remote] }', options: { waivedFor: [] } },
  ],
  reject: [
    {
      description: 'format v1: a fee cannot be stated',
      base: 'hybrid',
      status: 'not-stated',
      message: 'whether taking part costs a fee is not stated', line: 2, column: 1, endLine: 2, endColumn: 15, path: 'admission.fee', remedy: 'state `admission.fee` (format v2: `format_version: 2`): 0 when participation is free, else the fee with `admission.fee_currency` and whom it is waived for (`admission.fee_waived_for`)', source: 'W3C workshop calls',
    },
    {
      description: 'no fee stated',
      base: 'hybridV2', yaml: 'admission: { fee: ~ }',
      status: 'not-stated',
      message: 'whether taking part costs a fee is not stated', line: 16, column: 1, endLine: 16, endColumn: 11, path: 'admission.fee', remedy: 'state `admission.fee`: 0 when participation is free, else the fee with `admission.fee_currency` and whom it is waived for (`admission.fee_waived_for`)', source: 'W3C workshop calls',
    },
    {
      description: 'a fee waived for nobody, in a hybrid meeting: two findings',
      base: 'hybridV2', yaml: 'admission: { fee: 350, fee_currency: CHF }',
      status: 'fail',
      findings: [
        { message: 'a registration fee of 350 CHF, not waived for civil society', line: 18, column: 3, endLine: 18, endColumn: 11, path: 'admission.fee', remedy: 'waive the fee for civil society (`admission.fee_waived_for: [civil-society]`), or make participation free (`admission.fee: 0`)', source: 'WSIS accreditation of' },
        { message: 'remote participants pay the registration fee of 350 CHF too', line: 18, column: 3, endLine: 18, endColumn: 11, path: 'admission.fee', remedy: 'let remote participants take part free of charge (add `remote` to `admission.fee_waived_for`)', source: 'W3C workshop calls' },
      ],
    },
    {
      description: 'a fee waived for remote participants only',
      base: 'hybridV2', yaml: 'admission: { fee: 350, fee_currency: CHF, fee_waived_for: [remote] }',
      status: 'fail',
      message: 'a registration fee of 350 CHF, not waived for civil society', line: 20, column: 3, endLine: 20, endColumn: 29, path: 'admission.fee_waived_for', remedy: 'waive the fee for civil society (`admission.fee_waived_for: [remote, civil-society]`), or make participation free (`admission.fee: 0`)', source: 'WSIS accreditation of',
    },
    {
      description: 'a webcast: remote listeners pay the fee',
      base: 'hybridV2', yaml: 'remote: { participation: listen }\nadmission: { fee: 120, fee_currency: USD, fee_waived_for: [civil-society] }',
      status: 'fail',
      message: 'remote participants pay the registration fee of 120 USD too', line: 20, column: 3, endLine: 20, endColumn: 36, path: 'admission.fee_waived_for', remedy: 'let remote participants take part free of charge (add `remote` to `admission.fee_waived_for`)', source: 'W3C workshop calls',
    },
    {
      description: 'online: the fee is not waived for remote participants',
      base: 'hybridV2', yaml: 'meeting: { venue: ~, online: true }\nremote: ~\nadmission: { fee: 50, fee_currency: EUR, fee_waived_for: [civil-society] }',
      status: 'fail',
      message: 'remote participants pay the registration fee of 50 EUR too', line: 17, column: 3, endLine: 17, endColumn: 36, path: 'admission.fee_waived_for', remedy: 'let remote participants take part free of charge (add `remote` to `admission.fee_waived_for`)', source: 'W3C workshop calls',
    },
    {
      description: 'a fee without its currency, waivers in place',
      base: 'hybridV2', yaml: 'admission: { fee: 350, fee_waived_for: [civil-society, remote] }',
      status: 'not-stated',
      message: 'the fee of 350 is stated without its currency', line: 18, column: 3, endLine: 18, endColumn: 11, path: 'admission.fee', remedy: 'state `admission.fee_currency`, an ISO 4217 code such as CHF or USD', source: 'W3C workshop calls',
    },
    {
      description: 'a fee without currency and without waivers',
      base: 'hybridV2', yaml: 'admission: { fee: 350 }',
      status: 'fail',
      findings: [
        { message: 'a registration fee of 350, not waived for civil society', line: 18, column: 3, endLine: 18, endColumn: 11, path: 'admission.fee', remedy: 'waive the fee for civil society (`admission.fee_waived_for: [civil-society]`), or make participation free (`admission.fee: 0`)', source: 'WSIS accreditation of' },
        { message: 'remote participants pay the registration fee of 350 too', line: 18, column: 3, endLine: 18, endColumn: 11, path: 'admission.fee', remedy: 'let remote participants take part free of charge (add `remote` to `admission.fee_waived_for`)', source: 'W3C workshop calls' },
        { message: 'the fee of 350 is stated without its currency', line: 18, column: 3, endLine: 18, endColumn: 11, path: 'admission.fee', remedy: 'state `admission.fee_currency`, an ISO 4217 code such as CHF or USD', source: 'W3C workshop calls' },
      ],
    },
    {
      description: 'waivedFor academia and civil society: academia pays',
      base: 'hybridV2', yaml: 'admission: { fee: 350, fee_currency: CHF, fee_waived_for: [civil-society, remote] }', options: { waivedFor: ['civil-society', 'academia'] },
      status: 'fail',
      message: 'a registration fee of 350 CHF, not waived for academia', line: 20, column: 3, endLine: 20, endColumn: 44, path: 'admission.fee_waived_for', remedy: 'waive the fee for academia (`admission.fee_waived_for: [civil-society, remote, academia]`), or make participation free (`admission.fee: 0`)', source: 'WSIS accreditation of',
    },
    {
      description: 'the 2005 consultation: the meeting has taken place',
      fixture: 'wsis-2005-informal-consultations.yaml',
      status: 'not-stated',
      message: 'whether taking part costs a fee is not stated', line: 7, column: 1, endLine: 7, endColumn: 15, path: 'admission.fee', remedy: 'state `admission.fee` (format v2: `format_version: 2`): 0 when participation is free, else the fee with `admission.fee_currency` and whom it is waived for (`admission.fee_waived_for`)', source: 'W3C workshop calls',
    },
  ],
});
