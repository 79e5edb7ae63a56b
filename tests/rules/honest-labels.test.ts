import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, lintOne, PASSING, statusOf, variant, WSIS_2005, invalidOptions } from '../helpers.js';

const RULE = 'honest-labels';
/** Claims that only reach rules whose verdicts these tests control directly. */
const claims = (map: Record<string, string[]>) => ({ rules: { [RULE]: ['error', { claims: map }] as ['error', Record<string, unknown>] } });
const NOTICE_ONLY = claims({ open: ['notice-period'], consultation: ['notice-period'] });
/** 27 days before a hybrid meeting: notice-period fails. */
const LATE = { issued: '2026-02-17' };

describe(RULE, () => {
  it.each([
    ['no labels', { labels: undefined }, 'pass'],
    ['an empty list of labels', { labels: [] }, 'pass'],
    ['a label with no claiming word', { ...LATE, labels: ['informal meeting'] }, 'pass'],
    ['the claimed criterion met', { labels: ['open meeting'] }, 'pass'],
    ['the claimed criterion failed', { ...LATE, labels: ['open meeting'] }, 'fail'],
    ['in capitals', { ...LATE, labels: ['OPEN MEETING'] }, 'fail'],
    ['in mixed case with a comma', { ...LATE, labels: ['An Open, Frank Exchange'] }, 'fail'],
    ['in brackets', { ...LATE, labels: ['briefing (open)'] }, 'fail'],
    ['followed by a full stop', { ...LATE, labels: ['Informal Consultation.'] }, 'fail'],
    ['with a quote and a colon', { ...LATE, labels: ['"Consultation": round 2'] }, 'fail'],
    ['inside a longer word', { ...LATE, labels: ['reopened consultations'] }, 'pass'],
    ['in a hyphenated compound', { ...LATE, labels: ['Open-Ended Working Group'] }, 'pass'],
  ])('%s: %s', (_name, changes, status) => {
    expect(statusOf(lintOne(variant(PASSING, changes), { config: NOTICE_ONLY }), RULE)).toBe(status);
  });

  it('holds a hyphenated word to its claims when the configuration names it', () => {
    const config = claims({ 'open-ended': ['notice-period'] });
    expect(statusOf(lintOne(variant(PASSING, { ...LATE, labels: ['Open-Ended Working Group'] }), { config }), RULE)).toBe('fail');
    expect(statusOf(lintOne(variant(PASSING, { ...LATE, labels: ['open working group'] }), { config }), RULE)).toBe('pass');
  });

  it('matches a word of several words across any white space, and a capitalised word in the configuration', () => {
    const config = claims({ 'Open  Consultation': ['notice-period'] });
    for (const label of ['open consultation', 'An OPEN\tconsultation round', 'open\n consultation']) {
      expect(statusOf(lintOne(variant(PASSING, { ...LATE, labels: [label] }), { config }), RULE), label).toBe('fail');
    }
    for (const label of ['open consultations', 'open-consultation', 'consultation, open']) {
      expect(statusOf(lintOne(variant(PASSING, { ...LATE, labels: [label] }), { config }), RULE), label).toBe('pass');
    }
  });

  it('names the label and the failing criteria, at the label', () => {
    const text = variant(PASSING, { ...LATE, labels: ['informal meeting', 'Open consultation'] });
    const findings = findingsOf(lintOne(text, { config: NOTICE_ONLY }), RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      message: "called 'Open consultation' but fails notice period",
      path: 'labels[1]',
      evidence: { label: 'Open consultation', words: ['open', 'consultation'], claims: ['notice-period'], failing: ['notice-period'], notStated: [] },
      remedy: "meet notice period, or drop 'open', 'consultation' from the label",
    });
  });

  it('counts a claimed criterion that is not stated against the label, and one that does not apply not', () => {
    const config = claims({ inclusive: ['language-access'] });
    const silent = lintOne(variant(PASSING, { languages: undefined, labels: ['inclusive dialogue'] }), { config });
    expect(findingsOf(silent, RULE)[0]?.message).toBe("called 'inclusive dialogue' but language access is not stated");
    const oneRegion = lintOne(variant(PASSING, { languages: undefined, 'invitees.regions': ['europe'], labels: ['inclusive dialogue'] }), { config });
    expect(statusOf(oneRegion, 'language-access')).toBe('not-applicable');
    expect(statusOf(oneRegion, RULE)).toBe('pass');
  });

  it('evaluates a claimed rule with its configured options', () => {
    // 63 days before the meeting passes the default 28 days for a hybrid meeting, not a configured 90.
    const config = { rules: { ...NOTICE_ONLY.rules, 'notice-period': ['error', { hybridDays: 90 }] as ['error', Record<string, unknown>] } };
    expect(statusOf(lintOne(variant(PASSING, { labels: ['open meeting'] }), { config }), RULE)).toBe('fail');
  });

  it('evaluates a claimed rule that is switched off with its defaults: switching it off does not make a label honest', () => {
    const config = { rules: { ...NOTICE_ONLY.rules, 'notice-period': 'off' as const } };
    const result = lintOne(variant(PASSING, { ...LATE, labels: ['open meeting'] }), { config });
    expect(statusOf(result, 'notice-period')).toBe('off');
    expect(findingsOf(result, 'notice-period')).toEqual([]);
    expect(findingsOf(result, RULE)[0]?.message).toBe("called 'open meeting' but fails notice period");
  });

  it('rejects claims of rules that do not exist, or of itself', () => {
    expect(invalidOptions(lintOne(fixture(PASSING), { config: claims({ open: ['notice-periods'] }) }))).toMatch(/`notice-periods` is not a rule/);
    expect(invalidOptions(lintOne(fixture(PASSING), { config: claims({ open: [RULE] }) }))).toMatch(/cannot claim honest-labels itself/);
  });

  describe('with the default claims', () => {
    it('passes the passing fixture: every criterion its "open and inclusive consultation" claims passes', () => {
      expect(statusOf(lintOne(fixture(PASSING)), RULE)).toBe('pass');
    });

    it('fails the 2005 "informal consultations": informal relaxes nothing, consultations claims time and format', () => {
      const result = lintOne(fixture(WSIS_2005));
      expect(statusOf(result, RULE)).toBe('fail');
      expect(findingsOf(result, RULE)[0]).toMatchObject({
        message: "called 'informal consultations' but fails time allotted; format clarity is not stated",
        path: 'labels[0]',
        evidence: { words: ['consultations'], claims: ['time-allotted', 'format-clarity'] },
      });
    });

    it('names every failing criterion of "open and inclusive consultation" on the 2005 facts, in catalogue order', () => {
      const result = lintOne(variant(WSIS_2005, { labels: ['open and inclusive consultation', 'Multi-Stakeholder Dialogue'] }));
      expect(findingsOf(result, RULE).map((finding) => finding.message)).toEqual([
        "called 'open and inclusive consultation' but fails notice period, remote access, time allotted, stakeholder self-selection, language access; format clarity is not stated",
        "called 'Multi-Stakeholder Dialogue' but fails stakeholder self-selection, stakeholder coverage",
      ]);
    });

    it.each([
      ['open', { 'invitees.groups.2.selection': 'convener' }, 'fail'],
      ['Inclusive', { 'remote.participation': 'none' }, 'fail'],
      ['multistakeholder', { 'invitees.groups.1': undefined }, 'fail'],
      ['Consultations.', { 'format.level': undefined }, 'fail'],
      ['open', { 'remote.participation': 'none' }, 'pass'],
      ['multistakeholder', { 'languages.captioning': false, 'languages.interpretation': undefined, 'languages.working': ['en'] }, 'pass'],
    ])('"%s" with %s: %s', (label, changes, status) => {
      expect(statusOf(lintOne(variant(PASSING, { ...changes, labels: [label] })), RULE)).toBe(status);
    });
  });
});
