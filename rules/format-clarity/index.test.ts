import { testRule } from '../../tests/test-rule.js';
import rule from './index.js';

testRule({
  rule,
  asOf: '2026-01-05',
  accept: [
    { description: 'level, interaction and outcome stated', base: 'hybrid' },
    { description: 'no description needed', yaml: 'format: { description: ~ }' },
  ],
  reject: [
    {
      description: 'the 2005 consultation: three things unsaid, quoting "reviewing comments"',
      fixture: 'wsis-2005-informal-consultations.yaml',
      status: 'not-stated',
      findings: [
        { message: "the participation level is not stated: 'reviewing comments' does not say whether participants are informed, consulted or share in deciding", line: 30, column: 1, endLine: 30, endColumn: 8, path: 'format.level', remedy: 'state `format.level`: one of inform, consult, involve, collaborate, empower' },
        { message: "the kind of interaction is not stated: 'reviewing comments' can mean an open debate or a collation of statements", line: 30, column: 1, endLine: 30, endColumn: 8, path: 'format.interaction', remedy: 'state `format.interaction`: one of briefing, statements, open-debate, q-and-a, working-groups, negotiation, written-input' },
        { message: "the outcome is not stated: 'reviewing comments' does not say what the meeting produces or what happens to the input", line: 30, column: 1, endLine: 30, endColumn: 8, path: 'format.outcome', remedy: "state `format.outcome`, e.g. \"chair's summary, published and submitted to the decision-making body\"" },
      ],
    },
    {
      description: 'no level',
      yaml: 'format: { level: ~ }',
      status: 'not-stated',
      message: "the participation level is not stated: 'open debate on the draft review text' does not say whether participants are informed, consulted or share in deciding",
      line: 31, column: 1, endLine: 31, endColumn: 8, path: 'format.level',
      remedy: 'state `format.level`: one of inform, consult, involve, collaborate, empower',
      evidence: { field: 'level' },
    },
    {
      description: 'no interaction',
      yaml: 'format: { interaction: ~ }',
      status: 'not-stated',
      message: "the kind of interaction is not stated: 'open debate on the draft review text' can mean an open debate or a collation of statements",
      line: 31, column: 1, endLine: 31, endColumn: 8, path: 'format.interaction',
      remedy: 'state `format.interaction`: one of briefing, statements, open-debate, q-and-a, working-groups, negotiation, written-input',
      evidence: { field: 'interaction' },
    },
    {
      description: 'no outcome',
      yaml: 'format: { outcome: ~ }',
      status: 'not-stated',
      message: "the outcome is not stated: 'open debate on the draft review text' does not say what the meeting produces or what happens to the input",
      line: 31, column: 1, endLine: 31, endColumn: 8, path: 'format.outcome',
      remedy: "state `format.outcome`, e.g. \"chair's summary, published and submitted to the decision-making body\"",
      evidence: { field: 'outcome' },
    },
    {
      description: 'no level and no outcome',
      yaml: 'format: { level: ~, outcome: ~ }',
      status: 'not-stated',
      findings: [
        { message: "the participation level is not stated: 'open debate on the draft review text' does not say whether participants are informed, consulted or share in deciding", line: 31, column: 1, endLine: 31, endColumn: 8, path: 'format.level', remedy: 'state `format.level`: one of inform, consult, involve, collaborate, empower' },
        { message: "the outcome is not stated: 'open debate on the draft review text' does not say what the meeting produces or what happens to the input", line: 31, column: 1, endLine: 31, endColumn: 8, path: 'format.outcome', remedy: "state `format.outcome`, e.g. \"chair's summary, published and submitted to the decision-making body\"" },
      ],
    },
    {
      description: 'no outcome and no description: said without quoting',
      yaml: 'format: { outcome: ~, description: ~ }',
      status: 'not-stated',
      message: 'the outcome is not stated: what the meeting produces and what happens to the input',
      line: 31, column: 1, endLine: 31, endColumn: 8, path: 'format.outcome',
      remedy: "state `format.outcome`, e.g. \"chair's summary, published and submitted to the decision-making body\"",
      evidence: { field: 'outcome', description: null },
    },
    {
      description: 'no format block: at the document mapping',
      yaml: 'format: ~',
      status: 'not-stated',
      findings: [
        { message: 'the participation level is not stated: invitees cannot tell whether their input is heard, weighed or decides', line: 2, column: 1, endLine: 2, endColumn: 15, path: 'format.level', remedy: 'state `format.level`: one of inform, consult, involve, collaborate, empower' },
        { message: 'the kind of interaction is not stated: invitees cannot tell whether to prepare a statement, questions or a negotiating position', line: 2, column: 1, endLine: 2, endColumn: 15, path: 'format.interaction', remedy: 'state `format.interaction`: one of briefing, statements, open-debate, q-and-a, working-groups, negotiation, written-input' },
        { message: 'the outcome is not stated: what the meeting produces and what happens to the input', line: 2, column: 1, endLine: 2, endColumn: 15, path: 'format.outcome', remedy: "state `format.outcome`, e.g. \"chair's summary, published and submitted to the decision-making body\"" },
      ],
    },
  ],
});
