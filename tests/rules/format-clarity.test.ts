import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, lintOne, PASSING, statusOf, variant, WSIS_2005 } from '../helpers.js';

const RULE = 'format-clarity';

describe('format-clarity', () => {
  it('finds three things unsaid in the 2005 consultation, quoting "reviewing comments"', () => {
    const result = lintOne(fixture(WSIS_2005));
    expect(statusOf(result, RULE)).toBe('not-stated');
    const findings = findingsOf(result, RULE);
    expect(findings.map((finding) => finding.evidence.field)).toEqual(['level', 'interaction', 'outcome']);
    expect(findings.every((finding) => finding.severity === 'error' && finding.line === 30 && finding.evidence.description === 'reviewing comments')).toBe(true);
    expect(findings.map((finding) => finding.path)).toEqual(['format.level', 'format.interaction', 'format.outcome']);
    expect(findings[1]?.message).toBe("the kind of interaction is not stated: 'reviewing comments' can mean an open debate or a collation of statements");
    expect(findings[0]?.remedy).toBe('state `format.level`: one of inform, consult, involve, collaborate, empower');
  });

  it.each([
    ['level, interaction and outcome stated', {}, 'pass', []],
    ['no description needed', { 'format.description': undefined }, 'pass', []],
    ['no level', { 'format.level': undefined }, 'not-stated', ['level']],
    ['no interaction', { 'format.interaction': undefined }, 'not-stated', ['interaction']],
    ['no outcome', { 'format.outcome': undefined }, 'not-stated', ['outcome']],
    ['no level and no outcome', { 'format.level': undefined, 'format.outcome': undefined }, 'not-stated', ['level', 'outcome']],
    ['no format block', { format: undefined }, 'not-stated', ['level', 'interaction', 'outcome']],
  ])('%s', (_name, changes, status, fields) => {
    const result = lintOne(variant(PASSING, changes));
    expect(statusOf(result, RULE)).toBe(status);
    expect(findingsOf(result, RULE).map((finding) => finding.evidence.field)).toEqual(fields);
  });

  it('says what is missing without quoting when there is no description', () => {
    const [finding] = findingsOf(lintOne(variant(PASSING, { 'format.outcome': undefined, 'format.description': undefined })), RULE);
    expect(finding?.message).toBe('the outcome is not stated: what the meeting produces and what happens to the input');
    expect(finding?.evidence.description).toBeNull();
  });

  it('points a missing format block at the document root', () => {
    const findings = findingsOf(lintOne(variant(PASSING, { format: undefined })), RULE);
    expect(findings.map((finding) => finding.line)).toEqual([2, 2, 2]);
  });
});
