// The zone table is checked against the runtime's Intl, quirks included, and the yaml error codes are all worded.
import { describe, expect, it } from 'vitest';
import { CANONICAL_ZONES, isCanonicalZone, OLD_ZONE_NAMES, ZONE_ABBREVIATIONS, zoneProblem } from '../../src/announcement/zones.js';
import { COUNTRY_NAMES, COUNTRY_ZONES } from '../../src/announcement/zone-table.js';
import { LANGUAGE_NAMES, languageProblem } from '../../src/announcement/words.js';
import { yamlInWords } from '../../src/announcement/yaml-words.js';

const resolved = (zone: string) => new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;

describe('the canonical zone table', () => {
  it('holds only names Intl can compute, every one of its country, and UTC', () => {
    expect(CANONICAL_ZONES).toContain('UTC');
    for (const zone of CANONICAL_ZONES) expect(() => resolved(zone), zone).not.toThrow();
    for (const [country, zones] of Object.entries(COUNTRY_ZONES)) {
      expect(Object.hasOwn(COUNTRY_NAMES, country), country).toBe(true);
      for (const zone of zones) expect(zone, country).toMatch(/^[A-Z][A-Za-z_-]+(\/[A-Za-z0-9_+-]+)+$/);
    }
  });

  it('covers every zone Intl lists, under the current name where ICU lists an old one (OLD_ZONE_NAMES)', () => {
    for (const listed of Intl.supportedValuesOf('timeZone')) {
      const current = OLD_ZONE_NAMES[listed] ?? listed;
      expect(isCanonicalZone(current), listed).toBe(true);
    }
  });

  it('knows the ICU quirks it works around: Intl lists and resolves the old names, which the table refuses', () => {
    for (const [old, current] of Object.entries(OLD_ZONE_NAMES)) {
      expect(isCanonicalZone(old), old).toBe(false);
      expect(isCanonicalZone(current), current).toBe(true);
      expect(zoneProblem(old), old).toBe(`"${old}" is an old name of a time zone: write ${current}`);
    }
    // The quirks themselves, as Node 20's ICU has them: if they go away, the table is still right.
    expect(['Asia/Calcutta', 'Asia/Kolkata']).toContain(resolved('Asia/Kolkata'));
    expect(['Europe/Kiev', 'Europe/Kyiv']).toContain(resolved('Europe/Kyiv'));
    // Intl reads abbreviations as zones: BST as Dhaka, EST as Panama. The table does not.
    expect(() => resolved('BST')).not.toThrow();
    expect(isCanonicalZone('BST')).toBe(false);
    expect(isCanonicalZone('EST')).toBe(false);
    expect(isCanonicalZone('Europe/Geneva')).toBe(false);
  });

  it('explains every abbreviation with canonical zones', () => {
    for (const [abbreviation, meanings] of Object.entries(ZONE_ABBREVIATIONS)) {
      expect(isCanonicalZone(abbreviation), abbreviation).toBe(false);
      for (const [zone] of meanings) expect(isCanonicalZone(zone), `${abbreviation}: ${zone}`).toBe(true);
      expect(zoneProblem(abbreviation)).toMatch(new RegExp(`^"${abbreviation}" is an abbreviation, not a time zone name`));
    }
  });
});

describe('offsets written for a zone', () => {
  it.each(['+01:00', 'UTC+2', 'GMT-05:30', 'UTC \u22123', 'Etc/GMT+5'])('reads %s as an offset from UTC', (written) => {
    expect(zoneProblem(written)).toContain('is an offset from UTC, not a time zone name');
  });

  // The sign once read [+-\u2212], a range from + to U+2212 that took in digits and letters.
  it.each(['12', 'UTC12', 'GMTA5'])('does not read %s, which has no sign, as an offset', (written) => {
    expect(zoneProblem(written)).not.toContain('offset from UTC');
  });
});

describe('language names', () => {
  it('are the names Intl gives each code, in English and in the language itself', () => {
    for (const [code, names] of Object.entries(LANGUAGE_NAMES)) {
      const english = new Intl.DisplayNames(['en'], { type: 'language' }).of(code)!;
      const own = new Intl.DisplayNames([code], { type: 'language' }).of(code)!;
      expect(names.map((name) => name.toLowerCase()), code).toContain(english.toLowerCase());
      expect(languageProblem(english), code).toContain(`write its code, ${code}`);
      expect(languageProblem(own), `${code}: ${own}`).toContain(code);
    }
  });
});

describe('every yaml error code in words', () => {
  const CODES = [
    'ALIAS_PROPS', 'BAD_ALIAS', 'BAD_DIRECTIVE', 'BAD_DQ_ESCAPE', 'BAD_INDENT', 'BAD_PROP_ORDER', 'BAD_SCALAR_START', 'BLOCK_AS_IMPLICIT_KEY',
    'BLOCK_IN_FLOW', 'DUPLICATE_KEY', 'IMPOSSIBLE', 'KEY_OVER_1024_CHARS', 'MISSING_CHAR', 'MULTILINE_IMPLICIT_KEY', 'MULTIPLE_ANCHORS',
    'MULTIPLE_DOCS', 'MULTIPLE_TAGS', 'NON_STRING_KEY', 'RESOURCE_EXHAUSTION', 'TAB_AS_INDENT', 'TAG_RESOLVE_FAILED', 'UNEXPECTED_TOKEN',
    'BAD_COLLECTION_TYPE',
  ] as const;
  it('gives each code a message without YAML jargon', () => {
    const seen = new Set<string>();
    for (const code of CODES) {
      const message = yamlInWords(code, 'Some message from yaml', 'text');
      expect(message, code).not.toMatch(/implicit|scalar|mapping|token|indicator|compact/i);
      seen.add(message);
    }
    expect(seen.size).toBeGreaterThan(CODES.length - 3); // codes share a message only as a fallback
  });
});
