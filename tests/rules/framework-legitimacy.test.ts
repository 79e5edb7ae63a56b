import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, lintOne, PASSING, statusOf, variant, WSIS_2005 } from '../helpers.js';

const RULE = 'framework-legitimacy';

describe('framework-legitimacy', () => {
  it('fails the 2005 consultation: an ITU working group outside the WSIS preparatory process', () => {
    const result = lintOne(fixture(WSIS_2005));
    expect(statusOf(result, RULE)).toBe('fail');
    expect(findingsOf(result, RULE)).toEqual([
      expect.objectContaining({
        severity: 'error',
        message:
          'convened by ITU Council Working Group on WSIS (chair) outside the WSIS preparatory process (PrepCom), which holds the mandate on WSIS implementation and follow-up',
        remedy: 'hold the meeting within the WSIS preparatory process (PrepCom), or obtain its explicit mandate and cite it in `framework.mandate_reference`',
        path: 'framework.convened_within_mandate',
        line: 35,
        evidence: expect.objectContaining({ convenedWithinMandate: false, mandateReference: null, mandatedProcess: 'WSIS preparatory process (PrepCom)' }),
        source: expect.stringContaining('not within the framework of the official WSIS preparatory process'),
      }),
    ]);
  });

  it.each([
    ['convened within the mandate', {}, 'pass', 0],
    ['outside, with an explicit mandate', { 'framework.convened_within_mandate': false }, 'pass', 0],
    ['outside, no mandate reference', { 'framework.convened_within_mandate': false, 'framework.mandate_reference': undefined }, 'fail', 1],
    ['no mandated process', { 'framework.mandated_process': undefined }, 'not-stated', 1],
    ['not said whether within', { 'framework.convened_within_mandate': undefined }, 'not-stated', 1],
    ['no framework at all', { framework: undefined }, 'not-stated', 2],
  ])('%s', (_name, changes, status, findings) => {
    const result = lintOne(variant(PASSING, changes));
    expect(statusOf(result, RULE)).toBe(status);
    expect(findingsOf(result, RULE)).toHaveLength(findings);
  });

  it('names the subject generically when it is not given, and keeps a written article', () => {
    const text = variant(PASSING, {
      'framework.convened_within_mandate': false,
      'framework.mandate_reference': undefined,
      'framework.subject': undefined,
      'framework.mandated_process': 'the Preparatory Committee',
    });
    expect(findingsOf(lintOne(text), RULE)[0]?.message).toBe(
      "convened by Chair of the Preparatory Committee outside the Preparatory Committee, which holds the mandate on the meeting's subject",
    );
  });

  it('points missing facts at the nearest present mapping', () => {
    const missing = findingsOf(lintOne(variant(PASSING, { framework: undefined })), RULE);
    expect(missing.map((finding) => [finding.path, finding.line])).toEqual([
      ['framework.mandated_process', 2],
      ['framework.convened_within_mandate', 2],
    ]);
    const [within] = findingsOf(lintOne(variant(PASSING, { 'framework.convened_within_mandate': undefined })), RULE);
    expect(within?.message).toBe('the invitation does not say whether the meeting is convened within the Preparatory Committee or at its request');
    expect(within?.line).toBe(40); // the `framework:` mapping
  });
});
