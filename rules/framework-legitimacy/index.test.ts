import { testRule } from '../../tests/test-rule.js';
import rule from './index.js';

const WSIS_2005 = 'wsis-2005-informal-consultations.yaml';

testRule({
  rule,
  asOf: '2026-01-05',
  accept: [
    { description: 'convened within the mandate', base: 'hybrid' },
    { description: 'outside, with an explicit mandate', yaml: 'framework: { convened_within_mandate: false }' },
  ],
  reject: [
    {
      description: 'the 2005 consultation: an ITU working group outside the WSIS preparatory process',
      fixture: WSIS_2005,
      status: 'fail',
      message: 'convened by ITU Council Working Group on WSIS (chair) outside the WSIS preparatory process (PrepCom), which holds the mandate on WSIS implementation and follow-up',
      line: 35, column: 3, endLine: 35, endColumn: 33, path: 'framework.convened_within_mandate',
      remedy: 'hold the meeting within the WSIS preparatory process (PrepCom), or obtain its explicit mandate and cite it in `framework.mandate_reference`',
      severity: 'error',
      evidence: { convenedWithinMandate: false, mandateReference: null, mandatedProcess: 'WSIS preparatory process (PrepCom)' },
      source: 'not within the framework of the official WSIS preparatory process',
    },
    {
      description: 'outside, no mandate reference',
      yaml: 'framework: { convened_within_mandate: false, mandate_reference: ~ }',
      status: 'fail',
      message: 'convened by Chair of the Preparatory Committee outside the Preparatory Committee, which holds the mandate on review of the internet governance mandate',
      line: 43, column: 3, endLine: 43, endColumn: 33, path: 'framework.convened_within_mandate',
      remedy: 'hold the meeting within the Preparatory Committee, or obtain its explicit mandate and cite it in `framework.mandate_reference`',
    },
    {
      description: 'outside, no subject given: named generically, keeping a written article',
      yaml: 'framework: { convened_within_mandate: false, mandate_reference: ~, subject: ~, mandated_process: the Preparatory Committee }',
      status: 'fail',
      message: "convened by Chair of the Preparatory Committee outside the Preparatory Committee, which holds the mandate on the meeting's subject",
      line: 42, column: 3, endLine: 42, endColumn: 33, path: 'framework.convened_within_mandate',
      remedy: 'hold the meeting within the Preparatory Committee, or obtain its explicit mandate and cite it in `framework.mandate_reference`',
    },
    {
      description: 'no mandated process',
      yaml: 'framework: { mandated_process: ~ }',
      status: 'not-stated',
      message: 'the invitation does not name the process that holds the mandate on its subject, so its results may have no standing there',
      line: 40, column: 1, endLine: 40, endColumn: 11, path: 'framework.mandated_process',
      remedy: 'name it in `framework.mandated_process`, and say whether the meeting is convened within it (`convened_within_mandate`)',
    },
    {
      description: 'not said whether within: at the framework mapping',
      yaml: 'framework: { convened_within_mandate: ~ }',
      status: 'not-stated',
      message: 'the invitation does not say whether the meeting is convened within the Preparatory Committee or at its request',
      line: 40, column: 1, endLine: 40, endColumn: 11, path: 'framework.convened_within_mandate',
      remedy: 'state `framework.convened_within_mandate`, and cite the mandate in `framework.mandate_reference` where there is one',
    },
    {
      description: 'no framework at all: at the document mapping',
      yaml: 'framework: ~',
      status: 'not-stated',
      findings: [
        { message: 'the invitation does not name the process that holds the mandate on its subject, so its results may have no standing there', line: 2, column: 1, endLine: 2, endColumn: 15, path: 'framework.mandated_process', remedy: 'name it in `framework.mandated_process`, and say whether the meeting is convened within it (`convened_within_mandate`)' },
        { message: 'the invitation does not say whether the meeting is convened within the process that holds the mandate or at its request', line: 2, column: 1, endLine: 2, endColumn: 15, path: 'framework.convened_within_mandate', remedy: 'state `framework.convened_within_mandate`, and cite the mandate in `framework.mandate_reference` where there is one' },
      ],
    },
  ],
});
