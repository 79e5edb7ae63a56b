// The import (docs/import.md): every fixture becomes a draft with the right local times and zone, each filled
// field says where it came from, and what an invitation cannot hold is listed to state and left out.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { toInstant } from '../../src/announcement/dates.js';
import { importInvitation, MAX_SESSIONS, type ImportResult } from '../../src/import/index.js';
import { ianaZoneOf, venueZoneOf } from '../../src/import/zones.js';
import { mailDate } from '../../src/import/mail.js';
import { countryNames, placeOf } from '../../src/import/places.js';
import { lintText } from '../../src/index.js';
import { ROOT } from '../helpers.js';

const FOLDER = path.join(ROOT, 'fixtures/import');

async function imported(name: string): Promise<ImportResult & { draft: Record<string, any>; source: string[] }> {
  const bytes = readFileSync(path.join(FOLDER, name));
  const result = await importInvitation(bytes, { fileName: name });
  expect(result.problems).toEqual([]);
  return { ...result, draft: parse(result.yaml!), source: bytes.toString('latin1').split('\n') };
}

/** The facts no invitation holds: always to state, never filled. */
const STANDING = ['invitees', 'format', 'framework', 'languages', 'support'];

describe('each fixture as a draft', () => {
  const fixtures = readdirSync(FOLDER).filter((name) => /\.(ics|eml)$/.test(name));

  it.each(fixtures)('%s: format v2, a source for every filled field, the standing facts to state and left out', async (name) => {
    const result = await imported(name);
    expect(result.draft.format_version).toBe(2);
    for (const fact of STANDING) {
      expect(result.toState.some((line) => line.startsWith(`${fact}:`))).toBe(true);
      expect(result.draft[fact]).toBeUndefined();
    }
    // Every line that holds a value (not a mapping's key alone) says where the value came from.
    const valueLines = result.yaml!.split('\n').filter((line) => /^\s*(- )?[a-z_]+: \S/.test(line) && !line.startsWith('format_version'));
    expect(valueLines.length).toBe(result.sourceMap.entries.length);
    for (const line of valueLines) expect(line).toMatch(/ {2}# (from|inferred: )/);
    // The to-state list is at the top, as comments, before the first key.
    const header = result.yaml!.slice(0, result.yaml!.indexOf('format_version'));
    for (const fact of result.toState) expect(header).toContain(fact.slice(0, 60));
  });

  it.each(fixtures)('%s: lints as format v2, with no schema finding but for a required fact it lists to state', async (name) => {
    const result = await imported(name);
    const [linted] = lintText(result.yaml!, { asOf: '2026-01-05' }).results;
    const toStateFields = result.toState.map((line) => line.slice(0, line.indexOf(':')));
    for (const finding of linted!.findings.filter((each) => each.rule === 'schema' || each.rule === 'syntax')) {
      expect(toStateFields.some((field) => field.startsWith(finding.path) && finding.path !== '')).toBe(true);
    }
    // The facts no invitation holds are reported as not stated, never as passed.
    for (const rule of ['format-clarity', 'stakeholder-self-selection', 'framework-legitimacy']) {
      const criterion = linted!.criteria.find((each) => each.rule === rule);
      if (criterion) expect(criterion.status).toBe('not-stated');
    }
  });

  it.each(fixtures.filter((name) => name.endsWith('.ics')))('%s: each source line named is the line where that property starts', async (name) => {
    const result = await imported(name);
    for (const entry of result.sourceMap.entries) {
      const property = /^[A-Z-]+/.exec(entry.source.what)![0];
      expect(result.source[entry.source.line! - 1]).toMatch(new RegExp(`^${property}[;:]`));
    }
  });
});

describe('Outlook: a Windows zone name, a VTIMEZONE, a base64 calendar part', () => {
  it('keeps the wall-clock times and maps the Windows name to the zone of the venue country', async () => {
    const { draft, sourceMap, source } = await imported('outlook-windows-zone-base64-calendar.eml');
    expect(draft.meeting).toMatchObject({ start: '2026-03-10T15:00', end: '2026-03-10T18:00', timezone: 'Europe/Zurich', venue: { name: 'Palais des Nations, Room XIX', city: 'Geneva', country: 'CH' } });
    expect(draft.convener.name).toBe('Zoë Müller-Lüdenscheidt');
    // The Date header in the sender's own offset, not postal-mime's UTC.
    expect(draft.issued).toBe('2026-02-24T09:14:22+01:00');
    expect(source[sourceMap.entries.find((entry) => entry.path === 'issued')!.source.line! - 1]).toMatch(/^Date: Tue, 24 Feb 2026/);
    // A base64 part keeps nothing readable: its properties point at the part's header.
    const start = sourceMap.entries.find((entry) => entry.path === 'meeting.start')!;
    expect(source[start.source.line! - 1]).toMatch(/^Content-Type: text\/calendar/);
    expect(start.source.what).toMatch(/^DTSTART \(line \d+ of the encoded calendar part\)$/);
    // The PDF attached to the e-mail is a document, readable from the day the invitation was sent.
    expect(draft.documents).toEqual([{ title: 'draft-work-programme-2027.pdf', published: '2026-02-24' }]);
  });
});

describe('Google Calendar: UTC times and a Meet link', () => {
  it('writes the UTC times as such, asks for the zone, and takes the Meet link for an online meeting', async () => {
    const { draft, toState, yaml } = await imported('google-calendar-utc-meet-link.eml');
    expect(draft.meeting).toEqual({ start: '2026-04-15T13:00Z', end: '2026-04-15T14:30Z', online: true });
    expect(toState).toContain("meeting.timezone: the meeting's IANA zone (the calendar gives times in UTC only)");
    expect(draft.title).toBe('Consulta abierta: hoja de ruta 2027');
    expect(draft.convener.name).toBe('Secretaría Técnica del Foro');
    expect(draft.issued).toBe('2026-04-01T09:15:14Z');
    expect(yaml).toMatch(/online: true {2}# inferred: a meeting link and no physical LOCATION \(X-GOOGLE-CONFERENCE in the calendar part, line \d+\)/);
  });
});

describe('Teams: a Windows name that covers several countries, and no venue', () => {
  it('asks which zone is meant and writes the times with the offset of the VTIMEZONE', async () => {
    const { draft, toState } = await imported('teams-windows-zone-ambiguous-online.ics');
    expect(draft.meeting.timezone).toBeUndefined();
    expect(draft.meeting).toMatchObject({ start: '2026-05-06T09:00-04:00', end: '2026-05-06T10:30-04:00', online: true });
    expect(toState.find((line) => line.startsWith('meeting.timezone:'))).toMatch(/Outlook's zone "Eastern Standard Time" is one of several IANA zones \(America\/New_York, .*America\/Toronto/);
    // DTSTAMP of a first REQUEST is taken for `issued`, and marked inferred.
    expect(draft.issued).toBe('2026-04-20T14:30:02Z');
  });
});

describe('Zoom: a weekly RRULE', () => {
  it('becomes one session per occurrence, in the zone of the TZID', async () => {
    const { draft } = await imported('zoom-weekly-rrule-online.ics');
    expect(draft.meeting.timezone).toBe('America/Sao_Paulo');
    expect(draft.meeting.online).toBe(true);
    expect(draft.meeting.sessions).toEqual(['2026-03-17', '2026-03-24', '2026-03-31', '2026-04-07'].map((day) => ({ start: `${day}T10:00`, duration: 'PT1H30M' })));
  });

  it('is cut at MAX_SESSIONS when it has no end, and the draft says so', async () => {
    const { draft, toState } = await imported('rrule-daily-without-end.ics');
    expect(draft.meeting.sessions).toHaveLength(MAX_SESSIONS);
    expect(draft.meeting.sessions[0]).toEqual({ start: '2026-01-05T08:00', duration: 'PT30M' });
    expect(toState.some((line) => line.startsWith(`meeting.sessions: the event repeats (RRULE) beyond ${MAX_SESSIONS} sessions`))).toBe(true);
  });
});

describe('a bare IANA TZID without VTIMEZONE (which ical.js reads as floating)', () => {
  it('keeps the wall clock and the zone, so the instant is computed from the zone itself, across the clock change', async () => {
    const { draft } = await imported('bare-iana-tzid-no-vtimezone-dst-day.ics');
    expect(draft.meeting).toMatchObject({ start: '2026-03-29T10:00', end: '2026-03-29T12:30', timezone: 'Europe/Berlin', venue: { city: 'Dessau-Roßlau', country: 'DE' } });
    // On 29 March 2026 Berlin is on summer time (UTC+2) from 02:00: 10:00 there is 08:00 UTC.
    expect(toInstant({ year: 2026, month: 3, day: 29, hour: 10, minute: 0, second: 0, offsetMinutes: undefined }, draft.meeting.timezone).toISOString()).toBe('2026-03-29T08:00:00.000Z');
  });
});

describe('revisions', () => {
  it('SEQUENCE above 0 is a changed invitation, and its DTSTAMP is not taken for `issued`', async () => {
    const { draft, toState } = await imported('changed-invitation-sequence-2.ics');
    expect(draft.revision).toEqual({ kind: 'changed', number: 2 });
    expect(draft.issued).toBeUndefined();
    expect(toState.some((line) => line.startsWith('issued: when this revision reached the invitees'))).toBe(true);
    expect(toState.some((line) => line.startsWith('revision.changed:'))).toBe(true);
    expect(draft.meeting).toMatchObject({ start: '2026-05-26T14:00', duration: 'PT2H', timezone: 'America/New_York', venue: { city: 'Washington', country: 'US' } });
  });

  it('METHOD:CANCEL is a cancelled one, with its number', async () => {
    const { draft, toState } = await imported('cancelled-invitation.ics');
    expect(draft.revision).toEqual({ kind: 'cancelled', number: 3 });
    expect(draft.issued).toBeUndefined();
    expect(toState.some((line) => line.startsWith('issued:'))).toBe(true);
  });
});

describe('floating times, days without hours, venues', () => {
  it('a published calendar: floating times in the one zone of the venue country, named sessions, no DTSTAMP issue date', async () => {
    const { draft, toState, yaml } = await imported('published-floating-two-sessions.ics');
    expect(draft.meeting.timezone).toBe('Africa/Nairobi');
    expect(yaml).toMatch(/timezone: Africa\/Nairobi {2}# inferred: the time zone of the venue, Nairobi \(KE\)/);
    expect(draft.meeting.sessions).toEqual([
      { name: 'Opening plenary', start: '2026-06-02T09:00', duration: 'PT3H30M' },
      { name: 'Multistakeholder roundtable', start: '2026-06-03T14:00', duration: 'PT3H' },
    ]);
    expect(draft.issued).toBeUndefined();
    expect(toState.some((line) => line.startsWith('issued:') && line.includes('METHOD:PUBLISH'))).toBe(true);
  });

  it('an all-day event of two days: a session per day with a date only; ATTACH as a document', async () => {
    const { draft, toState } = await imported('all-day-two-days-attach.ics');
    expect(draft.meeting.sessions).toEqual([{ date: '2026-05-18' }, { date: '2026-05-19' }]);
    expect(draft.meeting.venue).toEqual({ name: 'Hotel Président, Avenue de France 1', city: 'Genève', country: 'CH' });
    expect(draft.documents).toEqual([{ title: 'retreat-background-note.pdf', published: '2026-04-10', url: 'https://example.org/docs/retreat-background-note.pdf' }]);
    expect(toState.some((line) => line.startsWith('meeting.sessions[].start:'))).toBe(true);
  });

  it('CONFERENCE (RFC 7986) beside a physical LOCATION: a hybrid meeting whose remote side is to state', async () => {
    const { draft, toState, yaml } = await imported('conference-rfc7986-hybrid.ics');
    expect(draft.meeting.venue).toMatchObject({ city: 'Bangkok', country: 'TH' });
    // A remote block needs `participation`, which the calendar does not give: the rest waits in comments.
    expect(draft.remote).toBeUndefined();
    expect(yaml).toMatch(/^# {3}channels: \[video-conference\] {2}# from CONFERENCE, line 14$/m);
    expect(yaml).toMatch(/^# {3}interventions: \[audio, video\] {2}# from CONFERENCE FEATURE, line 14$/m);
    expect(toState.some((line) => line.startsWith('remote.participation:'))).toBe(true);
  });

  it('a quoted-printable calendar part: French place names, the lines found in the e-mail by property name', async () => {
    const { draft, sourceMap, source } = await imported('quoted-printable-calendar-french-location.eml');
    expect(draft.meeting).toMatchObject({ start: '2026-11-03T09:30', end: '2026-11-03T12:00', timezone: 'Europe/Zurich', venue: { city: 'Genève', country: 'CH' } });
    expect(draft.title).toBe('Réunion d’information: consultation publique');
    for (const entry of sourceMap.entries.filter((each) => each.source.what.includes('in the calendar part'))) {
      expect(source[entry.source.line! - 1]).toMatch(new RegExp(`^${/^[A-Z-]+/.exec(entry.source.what)![0]}[;:]`));
    }
  });

  it('a forwarded invitation: the calendar and the headers of the message forwarded, not of the forward', async () => {
    const { draft } = await imported('forwarded-invitation-rfc822-attachment.eml');
    expect(draft.issued).toBe('2026-05-11T18:00-04:00');
    expect(draft.documents).toBeUndefined();
    expect(draft.meeting).toMatchObject({ start: '2026-05-26T14:00', duration: 'PT2H', timezone: 'America/New_York' });
  });
});

describe('zones', () => {
  it('keeps IANA names, maps Windows names by country, and asks when a name covers several', () => {
    expect(ianaZoneOf('Europe/Zurich', null)).toEqual({ zone: 'Europe/Zurich', how: 'iana' });
    expect(ianaZoneOf('/mozilla.org/20050126_1/Europe/Berlin', null)).toEqual({ zone: 'Europe/Berlin', how: 'iana' });
    expect(ianaZoneOf('W. Europe Standard Time', 'CH')).toEqual({ zone: 'Europe/Zurich', how: 'windows-country' });
    expect(ianaZoneOf('W. Europe Standard Time', 'DE')).toEqual({ zone: 'Europe/Berlin', how: 'windows-country' });
    // A name of one country needs no venue to settle it.
    expect(ianaZoneOf('E. South America Standard Time', null)).toEqual({ zone: 'America/Sao_Paulo', how: 'windows' });
    expect(ianaZoneOf('Tokyo Standard Time', null).zone).toBeNull(); // JP, but also ID, PW and TL
    const ambiguous = ianaZoneOf('W. Europe Standard Time', null);
    expect(ambiguous.zone).toBeNull();
    expect(ambiguous.zone === null && ambiguous.candidates[0]).toBe('Europe/Berlin');
    // Abbreviations Intl happens to accept are no IANA region names.
    expect(ianaZoneOf('CET', null)).toEqual({ zone: null, candidates: [] });
    expect(ianaZoneOf('Mars/Olympus_Mons', null)).toEqual({ zone: null, candidates: [] });
    // Old names become the canonical ones, the only names the format accepts.
    expect(ianaZoneOf('Asia/Calcutta', null)).toEqual({ zone: 'Asia/Kolkata', how: 'iana' });
    expect(ianaZoneOf('India Standard Time', null)).toEqual({ zone: 'Asia/Kolkata', how: 'windows' });
    expect(venueZoneOf('KE', 'Nairobi')).toBe('Africa/Nairobi');
    expect(venueZoneOf('US', 'Springfield')).toBeNull();
  });
});

describe('headers and places', () => {
  it('reads the Date header in the sender’s offset', () => {
    expect(mailDate('Tue, 3 Mar 2026 09:14:22 +0100')).toBe('2026-03-03T09:14:22+01:00');
    expect(mailDate('3 Mar 26 23:05 EST')).toBe('2026-03-03T23:05-05:00');
    expect(mailDate('Wed, 01 Apr 2026 09:15:14 GMT')).toBe('2026-04-01T09:15:14Z');
    expect(mailDate('yesterday')).toBeNull();
  });

  it('finds city and country in LOCATION text, in several languages, and never a country code no longer in use', () => {
    const names = countryNames();
    expect(placeOf('Palais des Nations, Room XIX, 1211 Geneva 10, Switzerland', names)).toEqual({ name: 'Palais des Nations, Room XIX', city: 'Geneva', country: 'CH' });
    expect(placeOf('Rue de Lausanne 1, 1202 Genève, Suisse', names)).toEqual({ name: 'Rue de Lausanne 1', city: 'Genève', country: 'CH' });
    expect(placeOf('Berlin, Deutschland', names)).toEqual({ name: null, city: 'Berlin', country: 'DE' });
    expect(placeOf('Berlin, Germany', names)?.country).toBe('DE');
    expect(placeOf('Room 4', names)).toBeNull();
  });
});
