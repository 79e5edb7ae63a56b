// Issue 19: the mistakes people who do not write YAML make, each as one plain message at the line and column of the
// mistake, echoing the value it rejects and saying what to write instead.
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/index.js';
import { fixture, WSIS_2005 } from '../helpers.js';

const base = fixture(WSIS_2005);

/** The syntax and schema findings of each document: `line:column message`. */
function problems(text: string): string[] {
  return lintText(text, { asOf: '2026-01-05' }).results.flatMap((result) =>
    result.findings.filter((finding) => finding.rule === 'syntax' || finding.rule === 'schema').map((finding) => `${finding.line}:${finding.column} ${finding.message}`),
  );
}

/** The 1-based line of the first occurrence of `needle` in the 2005 fixture. */
function lineOf(needle: string): number {
  const at = base.indexOf(needle);
  expect(at, needle).toBeGreaterThanOrEqual(0);
  return base.slice(0, at).split('\n').length;
}

function variant(from: string, to: string): string {
  expect(base).toContain(from);
  return base.replace(from, to);
}

const inLondon = (zone: string) => variant('timezone: Europe/Zurich', `timezone: ${zone}`).replace('city: Geneva, country: CH', 'city: London, country: GB');
const zoneLine = lineOf('timezone: Europe/Zurich');

describe('time zones: canonical IANA names and UTC only', () => {
  it.each([
    ['BST for London', inLondon('BST'), '"BST" is an abbreviation, not a time zone name: it can mean British Summer Time (Europe/London) or Bangladesh Standard Time (Asia/Dhaka); for a meeting in London, GB write Europe/London'],
    ['IST for Dublin', variant('timezone: Europe/Zurich', 'timezone: IST').replace('city: Geneva, country: CH', 'city: Dublin, country: IE'), 'for a meeting in Dublin, IE write Europe/Dublin'],
    ['IST for Delhi', variant('timezone: Europe/Zurich', 'timezone: IST').replace('city: Geneva, country: CH', 'city: New Delhi, country: IN'), 'for a meeting in New Delhi, IN write Asia/Kolkata'],
    ['CST for Chicago', variant('timezone: Europe/Zurich', 'timezone: CST').replace('city: Geneva, country: CH', 'city: Chicago, country: US'), 'for a meeting in Chicago, US write America/Chicago'],
    ['EST for Washington', variant('timezone: Europe/Zurich', 'timezone: EST').replace('city: Geneva, country: CH', 'city: Washington, country: US'), 'for a meeting in Washington, US write America/New_York'],
    ['CET for Geneva', variant('timezone: Europe/Zurich', 'timezone: CET'), '"CET" is an abbreviation, not a time zone name: it can mean Central European Time (Europe/Paris) or Central European Time (Europe/Berlin); for a meeting in Geneva, CH write Europe/Zurich'],
    ['a country has several zones, the city is none of them', variant('timezone: Europe/Zurich', 'timezone: EST').replace('city: Geneva, country: CH', 'city: Springfield, country: US'), "United States has several time zones: write the one of the venue's city, e.g. America/New_York, America/Detroit"],
    ['a legacy link: GB', inLondon('GB'), '"GB" is an old name of a time zone: write Europe/London'],
    ['a legacy link: US/Eastern', variant('timezone: Europe/Zurich', 'timezone: US/Eastern'), '"US/Eastern" is an old name of a time zone: write America/New_York'],
    ['an ICU quirk: Asia/Calcutta', variant('timezone: Europe/Zurich', 'timezone: Asia/Calcutta'), '"Asia/Calcutta" is an old name of a time zone: write Asia/Kolkata'],
    ['an ICU quirk: Europe/Kiev', variant('timezone: Europe/Zurich', 'timezone: Europe/Kiev'), '"Europe/Kiev" is an old name of a time zone: write Europe/Kyiv'],
    ['Etc/UTC', variant('timezone: Europe/Zurich', 'timezone: Etc/UTC'), '"Etc/UTC" is an old name of a time zone: write UTC'],
    ['a made-up name: Europe/Geneva', variant('timezone: Europe/Zurich', 'timezone: Europe/Geneva'), '"Europe/Geneva" is not a known time zone; for a meeting in Geneva, CH write Europe/Zurich'],
    ['a city: Addis Ababa', variant('timezone: Europe/Zurich', 'timezone: Addis Ababa').replace('city: Geneva, country: CH', 'city: Addis Ababa, country: ET'), '"Addis Ababa" is not a known time zone; write Africa/Addis_Ababa'],
    ['the wrong case', variant('timezone: Europe/Zurich', 'timezone: europe/zurich'), '"europe/zurich" is not written as the time zone\'s name: write Europe/Zurich'],
    ['an offset', variant('timezone: Europe/Zurich', 'timezone: "UTC+2"'), '"UTC+2" is an offset from UTC, not a time zone name'],
  ])('%s', (_name, text, message) => {
    const found = problems(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`${zoneLine}:3 \`meeting.timezone\`: `);
    expect(found[0]).toContain(message);
  });

  it('checks every invitee zone too, each at its own column, without the venue (the invitees are elsewhere)', () => {
    const text = variant('  regions: [global]', '  regions: [global]\n  timezones: [BST, Asia/Calcutta, Europe/Lodon, Asia/Tokyo]');
    const line = lineOf('  regions: [global]') + 1;
    expect(problems(text)).toEqual([
      `${line}:15 \`invitees.timezones[0]\`: "BST" is an abbreviation, not a time zone name: it can mean British Summer Time (Europe/London) or Bangladesh Standard Time (Asia/Dhaka); write the zone name of the place meant`,
      `${line}:20 \`invitees.timezones[1]\`: "Asia/Calcutta" is an old name of a time zone: write Asia/Kolkata`,
      `${line}:35 \`invitees.timezones[2]\`: "Europe/Lodon" is not a known time zone; did you mean Europe/London?`,
    ]);
  });

  it('accepts the canonical names and UTC, in the meeting and for invitees', () => {
    for (const zone of ['Europe/Zurich', 'Asia/Kolkata', 'Europe/Kyiv', 'America/Argentina/Buenos_Aires', 'UTC']) {
      expect(problems(variant('timezone: Europe/Zurich', `timezone: ${zone}`).replace('regions: [global]', `regions: [global]\n  timezones: [${zone}]`)), zone).toEqual([]);
    }
  });
});

describe('indentation and tabs: one message at the line of the mistake', () => {
  it('one space too many', () => {
    const line = lineOf('  within: ITU Council');
    expect(problems(variant('  within: ITU Council', '   within: ITU Council'))).toEqual([
      `${line}:4 line ${line} is indented more than line ${line - 1}: a field beside the one above starts in the same column (2 spaces in), and one inside it needs the line above to end with a colon`,
    ]);
  });

  it('one space too few', () => {
    const line = lineOf('  timezone: Europe/Zurich');
    expect(problems(variant('  timezone: Europe/Zurich', ' timezone: Europe/Zurich'))).toEqual([
      `${line}:2 line ${line} is indented 1 space, in line with no line above it: line ${line - 1}, which it may belong beside, is indented 2 spaces`,
    ]);
  });

  it('a list item out of line with the items before it', () => {
    const line = lineOf('    - stakeholder: private-sector');
    expect(problems(variant('    - stakeholder: private-sector', '   - stakeholder: private-sector'))).toEqual([
      `${line}:4 line ${line} is indented 3 spaces, in line with no line above it: line ${lineOf('    - stakeholder: civil-society')}, which it may belong beside, is indented 4 spaces`,
    ]);
  });

  it('a file indented with tabs: one message, at the first tab, counting the others', () => {
    const text = base.replace(/^ {2}/gm, '\t');
    const tabbed = text.split('\n').filter((line) => line.startsWith('\t'));
    const first = lineOf('  name: ITU Council');
    expect(problems(text)).toEqual([
      `${first}:1 line ${first} starts with a tab (and so do ${tabbed.length - 1} more lines); YAML needs spaces: indent with spaces only (most editors can turn tabs into spaces)`,
    ]);
  });

  it('one tab', () => {
    const line = lineOf('  timezone: Europe/Zurich');
    expect(problems(variant('  timezone: Europe/Zurich', '\ttimezone: Europe/Zurich'))).toEqual([
      `${line}:1 line ${line} starts with a tab; YAML needs spaces: indent with spaces only (most editors can turn tabs into spaces)`,
    ]);
  });

  it('a missing colon', () => {
    const line = lineOf('  timezone: Europe/Zurich');
    expect(problems(variant('  timezone: Europe/Zurich', '  timezone Europe/Zurich'))).toEqual([
      `${line}:3 line ${line} has no colon after its field name: write it as \`name: value\` (a colon, then a space)`,
    ]);
  });

  it('a field among the items of a list', () => {
    const line = lineOf('  description: reviewing comments');
    expect(problems(variant('format:\n  description', 'format:\n  - x\n  description'))).toEqual([
      `${line + 1}:3 line ${line + 1} is a field in the middle of a list (lines starting with \`- \`): start it with \`- \` to make it an item, or indent it less to end the list`,
    ]);
  });

  it('a value with a colon in it, at the colon', () => {
    const line = lineOf('  description: reviewing comments');
    expect(problems(variant('  description: reviewing comments', '  description: note: reviewing comments'))).toEqual([
      `${line}:16 this value holds a colon followed by a space, which YAML reads as a second field on the same line: put the whole value in quotes`,
    ]);
  });

  it('an unclosed quotation mark, at the line where it opens', () => {
    const line = lineOf('title: Informal');
    expect(problems(variant('title: Informal', 'title: "Informal'))).toEqual([
      `${line}:8 the double quotation mark (") that opens the value on line ${line} is never closed: add the closing " at the end of the value`,
    ]);
  });

  it('keeps valid YAML that the scan could misread: lists in line with their field, block text, continued values', () => {
    const text = variant('  groups:\n    - stakeholder: civil-society\n      selection: convener\n      focal_point: WSIS Civil Society Bureau\n    - stakeholder: private-sector\n      selection: convener\n', '  groups:\n  - stakeholder: civil-society\n    selection: convener\n    focal_point: WSIS Civil Society Bureau\n  - stakeholder: private-sector\n    selection: convener\n')
      .replace('  description: reviewing comments', '  description: |\n    reviewing\n      comments: all of them\n  outcome: a summary\n    written by the chair');
    expect(problems(text)).toEqual([]);
  });
});

describe('values in words', () => {
  const countryLine = lineOf('venue: { city: Geneva, country: CH }');
  it.each([
    ['Ethiopia', '"Ethiopia" is the name of a country: write its ISO 3166-1 code, ET'],
    ['Switzerland', '"Switzerland" is the name of a country: write its ISO 3166-1 code, CH'],
    ['United Kingdom', '"United Kingdom" is the name of a country: write its ISO 3166-1 code, GB'],
    ["Côte d'Ivoire", '"Côte d\'Ivoire" is the name of a country: write its ISO 3166-1 code, CI'],
    ['ch', '"ch": write the country code in capitals, CH'],
    ['Atlantis', '"Atlantis" is not a country code; expected an ISO 3166-1 alpha-2 country code in capitals, e.g. CH'],
  ])('country: %s', (country, message) => {
    expect(problems(variant('country: CH', `country: "${country}"`))).toEqual([`${countryLine}:26 \`meeting.venue.country\`: ${message}`]);
  });

  it('languages by name, in English and in their own words, each at its column', () => {
    const line = lineOf('working: [en]');
    expect(problems(variant('working: [en]', 'working: [English, Français, Spanish, Español, FR, eng, en-GB, Klingon]'))).toEqual([
      `${line}:13 \`languages.working[0]\`: "English" is the name of a language: write its code, en`,
      `${line}:22 \`languages.working[1]\`: "Français" is the name of a language: write its code, fr`,
      `${line}:32 \`languages.working[2]\`: "Spanish" is the name of a language: write its code, es`,
      `${line}:41 \`languages.working[3]\`: "Español" is the name of a language: write its code, es`,
      `${line}:50 \`languages.working[4]\`: "FR": write the language code in lower case, fr`,
      `${line}:54 \`languages.working[5]\`: "eng" is a three-letter code: write the two-letter ISO 639-1 code, en`,
      `${line}:59 \`languages.working[6]\`: "en-GB" names a language and a region: write the language code only, en`,
      `${line}:66 \`languages.working[7]\`: "Klingon" is not a language code; expected an ISO 639-1 language code in lower case, e.g. en, fr, es`,
    ]);
  });

  it('a date and time with a space instead of the T', () => {
    const start = lineOf('start: 2005-05-02T15:00');
    expect(problems(variant('start: 2005-05-02T15:00', 'start: 2005-05-02 15:00'))).toEqual([
      `${start}:3 \`meeting.start\`: "2005-05-02 15:00": the T between the date and the time is missing; write 2005-05-02T15:00`,
    ]);
    expect(problems(variant('issued: 2005-04-18', 'issued: 2005-04-18 09:00+02:00'))).toEqual([
      `${lineOf('issued: 2005-04-18')}:1 \`issued\`: "2005-04-18 09:00+02:00": the T between the date and the time is missing; write 2005-04-18T09:00+02:00`,
    ]);
  });

  it('a value outside its set is echoed', () => {
    expect(problems(variant('participation: none', 'participation: nobody'))).toEqual([
      `${lineOf('participation: none')}:3 \`remote.participation\` should be one of: none, listen, speak, not "nobody"`,
    ]);
  });

  it('an echoed value is cut short after 40 characters', () => {
    const long = 'x'.repeat(100);
    expect(problems(variant('participation: none', `participation: ${long}`))[0]).toContain(`not "${'x'.repeat(40)}…"`);
  });
});

describe('yaml errors in words, at their line and column', () => {
  it.each([
    ['a backslash in double quotes', 'title: "C:\\q"\n', '1:11 inside "double quotes" a backslash starts a special character'],
    ['a value starting with @', 'title: @home\n', '1:8 a value cannot start with @ unless it is in quotes'],
    ['a list inside brackets', 'labels: [\n  - a\n]\n', 'inside [ ] or { }, write items separated by commas'],
    ['two anchors', 'title: &a &b x\n', '1:11 a value can have only one & name (anchor)'],
    ['a missing comma in braces', 'meeting: { a: 1 b: 2 }\n', '1:15 inside [ ] or { }, write items separated by commas'],
    ['a comment without a space', 'title: "x"# note\n', 'a # starts a comment only after a space'],
  ])('%s', (_name, text, message) => {
    const found = problems(text);
    expect(found.some((line) => line.includes(message)), found.join('\n')).toBe(true);
  });
});
