import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, lintOne, PASSING, statusOf, variant, WSIS_2005 } from '../helpers.js';

const RULE = 'documents-in-advance';
const ONLINE = { 'meeting.venue': undefined, 'meeting.online': true, issued: '2026-01-05' };

describe(RULE, () => {
  // The passing fixture: a hybrid meeting on 2026-03-16, its draft published on 2026-02-16 (28 days before).
  it.each([
    ['the passing fixture', {}, 'pass'],
    ['hybrid, 14 days exactly', { 'documents.0.published': '2026-03-02' }, 'pass'],
    ['hybrid, 13 days', { 'documents.0.published': '2026-03-03' }, 'fail'],
    ['in person, 13 days', { 'remote.participation': 'none', 'documents.0.published': '2026-03-03' }, 'fail'],
    ['online, 7 days exactly', { ...ONLINE, 'documents.0.published': '2026-03-09' }, 'pass'],
    ['online, 6 days', { ...ONLINE, 'documents.0.published': '2026-03-10' }, 'fail'],
    ['published on the day of the meeting', { 'documents.0.published': '2026-03-16' }, 'fail'],
    ['published after the start', { 'documents.0.published': '2026-03-17' }, 'fail'],
    ['no documents', { documents: undefined }, 'not-stated'],
    ['an empty list of documents', { documents: [] }, 'not-stated'],
  ])('%s: %s', (_name, changes, status) => {
    expect(statusOf(lintOne(variant(PASSING, changes)), RULE)).toBe(status);
  });

  it('gives the days, the threshold and both remedy dates, at the late document', () => {
    const text = variant(PASSING, {
      documents: [
        { title: 'Draft review text', published: '2026-02-16' },
        { title: 'Annotated agenda', published: '2026-03-10' },
      ],
    });
    const findings = findingsOf(lintOne(text), RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warn',
      message: "'Annotated agenda' is published 6 days before a hybrid meeting on 2026-03-16; at least 14 are needed",
      remedy: 'publish it by 2026-03-02, or move the meeting to 2026-03-24 or later',
      path: 'documents[1].published',
      evidence: { published: '2026-03-10', start: '2026-03-16', daysBefore: 6, requiredDays: 14, mode: 'hybrid' },
    });
  });

  it('uses the online threshold and source for an online meeting', () => {
    const [finding] = findingsOf(lintOne(variant(PASSING, { ...ONLINE, 'documents.0.published': '2026-03-12' })), RULE);
    expect(finding?.message).toBe("'Draft review text' is published 4 days before an online meeting on 2026-03-16; at least 7 are needed");
    expect(finding?.source).toContain('1 week before a virtual meeting');
  });

  it('fails a document published after the meeting started, with its own message', () => {
    const [finding] = findingsOf(lintOne(variant(PASSING, { 'documents.0.published': '2026-03-20' })), RULE);
    expect(finding?.message).toBe("'Draft review text' is published on 2026-03-20, after a hybrid meeting that starts on 2026-03-16");
    expect(finding?.remedy).toBe('publish it by 2026-03-02');
  });

  it('reports silence about documents, with the latest date to publish', () => {
    const [finding] = findingsOf(lintOne(variant(PASSING, { documents: undefined })), RULE);
    expect(finding?.path).toBe('documents');
    expect(finding?.remedy).toContain('2026-03-02');
  });

  it('takes its thresholds from the configuration', () => {
    const result = lintOne(fixture(PASSING), { config: { rules: { [RULE]: ['warn', { inPersonDays: 42 }] } } });
    expect(findingsOf(result, RULE)[0]?.evidence).toMatchObject({ daysBefore: 28, requiredDays: 42 });
  });

  it('follows the presets: six weeks under un, a day online under w3c', () => {
    const un = lintOne(fixture(PASSING), { config: { extends: ['recommended', 'un'] } });
    expect(findingsOf(un, RULE)[0]?.evidence).toMatchObject({ daysBefore: 28, requiredDays: 42 });
    const w3c = lintOne(variant(PASSING, { ...ONLINE, 'documents.0.published': '2026-03-15' }), { config: { extends: ['recommended', 'w3c'] } });
    expect(statusOf(w3c, RULE)).toBe('pass');
  });

  it('finds the 2005 consultation silent about its documents', () => {
    expect(statusOf(lintOne(fixture(WSIS_2005)), RULE)).toBe('not-stated');
  });
});
