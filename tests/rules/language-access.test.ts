import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, lintOne, PASSING, statusOf, variant, WSIS_2005 } from '../helpers.js';

const RULE = 'language-access';
const ENGLISH_ONLY = { 'languages.working': ['en'], 'languages.interpretation': undefined, 'languages.captioning': undefined };

describe(RULE, () => {
  // The passing fixture: invitees from Europe and Africa; en and fr working, es interpreted, captioning.
  it.each([
    ['the passing fixture', {}, 'pass'],
    ['two languages, no captioning', { 'languages.interpretation': undefined, 'languages.captioning': false }, 'pass'],
    ['one working and one interpreted language', { ...ENGLISH_ONLY, 'languages.interpretation': ['fr'] }, 'pass'],
    ['one language with captioning', { ...ENGLISH_ONLY, 'languages.captioning': true }, 'pass'],
    ['one language, no captioning', ENGLISH_ONLY, 'fail'],
    ['the same language working and interpreted counts once', { ...ENGLISH_ONLY, 'languages.interpretation': ['en'] }, 'fail'],
    ['global invitees, one language', { ...ENGLISH_ONLY, 'invitees.regions': ['global'] }, 'fail'],
    ['a languages block that names none', { languages: { captioning: false } }, 'fail'],
    ['no languages', { languages: undefined }, 'not-stated'],
    ['a single region, one language', { ...ENGLISH_ONLY, 'invitees.regions': ['europe'] }, 'not-applicable'],
    ['a single region named twice', { ...ENGLISH_ONLY, 'invitees.regions': ['europe', 'europe'] }, 'not-applicable'],
    ['a single region, no languages', { languages: undefined, 'invitees.regions': ['africa'] }, 'not-applicable'],
    ['no regions, one language', { ...ENGLISH_ONLY, 'invitees.regions': undefined }, 'not-stated'],
    ['no regions, enough languages', { 'invitees.regions': undefined }, 'pass'],
  ])('%s: %s', (_name, changes, status) => {
    expect(statusOf(lintOne(variant(PASSING, changes)), RULE)).toBe(status);
  });

  it('states the regions, the languages offered, the threshold and the remedy', () => {
    const [finding] = findingsOf(lintOne(variant(PASSING, ENGLISH_ONLY)), RULE);
    expect(finding).toMatchObject({
      severity: 'warn',
      message: 'invitees come from 2 regions, but the meeting offers 1 language (en) and no captioning; at least 2 languages, or captioning, are needed',
      remedy: 'add interpretation into 1 more language, or offer real-time captioning',
      path: 'languages',
      evidence: { regionCount: 2, languages: ['en'], captioning: false, minLanguages: 2 },
    });
  });

  it('asks for six languages under the un preset', () => {
    const result = lintOne(fixture(PASSING), { config: { extends: ['recommended', 'un'], rules: {} } });
    // Captioning still satisfies the criterion; without it, en, fr and es are three of six.
    expect(statusOf(result, RULE)).toBe('pass');
    const uncaptioned = lintOne(variant(PASSING, { 'languages.captioning': false }), { config: { extends: ['recommended', 'un'] } });
    expect(findingsOf(uncaptioned, RULE)[0]?.remedy).toBe('add interpretation into 3 more languages, or offer real-time captioning');
  });

  it('fails the 2005 consultation: invitees from every region, English only', () => {
    const result = lintOne(fixture(WSIS_2005));
    expect(statusOf(result, RULE)).toBe('fail');
    expect(findingsOf(result, RULE)[0]?.message).toMatch(/^invitees come from every region, but the meeting offers 1 language \(en\)/);
  });
});
