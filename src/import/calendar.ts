// An iCalendar invitation (RFC 5545) read into a draft announcement: ical.js parses the text; the times are
// kept as the wall-clock times the calendar states with the zone its TZID names, and every fact says where it
// came from.
import ICAL from 'ical.js';
import { toInstant } from '../announcement/dates.js';
import { scanCalendar, type ComponentLines } from './calendar-lines.js';
import { commentText, type Draft, type DraftDocument, type DraftSession, type Filled, type SourceRef } from './draft.js';
import { countryNames, isOnlinePlaceholder, meetingLinkIn, placeOf } from './places.js';
import { ianaZoneOf, isWindowsZoneName, venueZoneOf } from './zones.js';

/** Sessions listed at most: a repeating event (RRULE) beyond this is cut here, and the draft says so. */
export const MAX_SESSIONS = 100;
/** Documents listed at most. */
const MAX_DOCUMENTS = 100;

/** How the calendar's lines are named in the source it came in (a file of its own, or a part of an e-mail). */
export interface CalendarPlace {
  /** The source line of the calendar's line `line` (the property `name` starts there), or null. */
  lineOf(line: number, name: string): number | null;
  /** How a property (`DTSTART`, `ORGANIZER CN`) is named in comments, e.g. `DTSTART in the calendar part`. */
  label(name: string, line: number): string;
}

/** What the e-mail around a calendar says, which comes before what the calendar says. */
export interface MailFacts {
  issued?: Filled<string>;
  convener?: Filled<string>;
  title?: Filled<string>;
  /** Files attached to the e-mail (besides the calendar), with where each is. */
  attachments: { title: string; from: SourceRef }[];
}

export interface ImportProblem {
  message: string;
  /** The source line it is about (1 when it is about the whole file). */
  line: number;
}

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** One DTSTART, DTEND or RECURRENCE-ID as the calendar states it. */
interface StatedTime {
  wall: Wall;
  isDate: boolean;
  /** utc: `...Z`; zoned: with a TZID; floating: neither (a local time of no stated zone). */
  kind: 'utc' | 'zoned' | 'floating';
  tzid: string | null;
  /** Seconds east of UTC, from the calendar's own VTIMEZONE (which ical.js reads correctly); null without one. */
  vtimezoneOffset: number | null;
  from: SourceRef;
  /** Where its TZID is. */
  zoneFrom: SourceRef;
}

type Property = InstanceType<typeof ICAL.Property>;
type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function dateText(wall: Wall): string {
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

function dateTimeText(wall: Wall): string {
  return `${dateText(wall)}T${pad(wall.hour)}:${pad(wall.minute)}${wall.second ? `:${pad(wall.second)}` : ''}`;
}

function offsetText(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

function wallOf(time: Time): Wall {
  return { year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second };
}

function wallKey(wall: Wall): string {
  return dateTimeText({ ...wall, second: wall.second || 0 });
}

function wallFromMilliseconds(ms: number): Wall {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: date.getUTCHours(), minute: date.getUTCMinutes(), second: date.getUTCSeconds() };
}

/** The wall-clock time in `zone` of an instant, by Intl (never by ical.js, which knows no zone it was not given). */
function wallIn(zone: string, ms: number, formats: Map<string, Intl.DateTimeFormat>): Wall {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formats.set(zone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(ms))) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour! % 24, minute: parts.minute!, second: parts.second! };
}

function instantOfWall(wall: Wall, zone: string | null): number {
  return toInstant({ ...wall, offsetMinutes: zone === null ? 0 : undefined }, zone).getTime();
}

/** ISO 8601 duration in hours and minutes, as the format reads it (PT3H, PT1H30M, PT45M). */
function durationText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours ? `${hours}H` : ''}${rest || !hours ? `${rest}M` : ''}`;
}

function textValue(property: Property | null): string | null {
  if (!property) return null;
  const value = property.getFirstValue();
  return typeof value === 'string' ? value : value === null ? null : String(value);
}

function parameter(property: Property, name: string): string | null {
  const value = property.getParameter(name);
  if (Array.isArray(value)) return value.length > 0 ? String(value[0]) : null;
  return typeof value === 'string' ? value : null;
}

/**
 * Pairs each ical.js property with the line it starts on: both read the components and their properties in
 * the order of the text, so the n-th property of a component is the n-th content line the scan found in it.
 */
function linesOfProperties(component: Component, scanned: ComponentLines, into: Map<Property, number>): void {
  const properties = component.getAllProperties();
  properties.forEach((property, index) => {
    const line = scanned.properties[index];
    if (line && line.name === property.name.toUpperCase()) into.set(property, line.line);
    else {
      const byName = scanned.properties.find((each) => each.name === property.name.toUpperCase());
      if (byName) into.set(property, byName.line);
    }
  });
  const components = component.getAllSubcomponents();
  components.forEach((child, index) => {
    const lines = scanned.components[index];
    if (lines) linesOfProperties(child, lines, into);
  });
}

/** Reads the calendar text into a draft, or says why it cannot. Never throws for any input. */
export function readCalendar(text: string, place: CalendarPlace, mail: MailFacts | null): { draft: Draft } | { problem: ImportProblem } {
  const scanned = scanCalendar(text);
  const atSource = (line: number, name = '') => place.lineOf(line, name) ?? 1;
  if (scanned.problem) return { problem: { message: `the calendar cannot be read: ${scanned.problem.message}`, line: atSource(scanned.problem.line) } };
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text);
  } catch (error) {
    const line = firstBadLine(text);
    return { problem: { message: `the calendar cannot be read: ${error instanceof Error ? error.message : String(error)}`, line: line === null ? 1 : atSource(line) } };
  }
  const calendars = (Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
  const scannedCalendars = scanned.components.filter((component) => component.name === 'VCALENDAR');
  let calendar: Component | null = null;
  let calendarLines: ComponentLines | null = null;
  calendars.forEach((jcal, index) => {
    if (calendar) return;
    const component = new ICAL.Component(jcal as unknown[]);
    if (component.name === 'vcalendar' && component.getAllSubcomponents('vevent').length > 0) {
      calendar = component;
      calendarLines = scannedCalendars[index] ?? null;
    }
  });
  if (!calendar || !calendarLines) return { problem: { message: 'the calendar holds no event (no VEVENT): there is no meeting to import', line: atSource(scannedCalendars[0]?.line ?? 1) } };
  try {
    return { draft: new CalendarReader(calendar, calendarLines, place, mail).read() };
  } catch (error) {
    // ical.js throws for values that break their own form (DTSTART:2026x): a finding, never a stack trace.
    const line = error instanceof PropertyError ? error.line : 1;
    return { problem: { message: `the calendar cannot be read: ${error instanceof Error ? error.message : String(error)}`, line } };
  }
}

/** An event's occurrences, overrides applied: each with its start, its end or length, and its name. */
interface Occurrence {
  start: StatedTime;
  end: StatedTime | null;
  durationMinutes: number | null;
  durationFrom: SourceRef | null;
  summary: string | null;
  summaryFrom: SourceRef | null;
}

/** A value ical.js cannot read, at the source line of its property. */
class PropertyError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

class CalendarReader {
  private readonly lines = new Map<Property, number>();
  private readonly toState: string[] = [];
  private readonly formats = new Map<string, Intl.DateTimeFormat>();
  private readonly vtimezones: Set<string>;

  constructor(
    private readonly calendar: Component,
    calendarLines: ComponentLines,
    private readonly place: CalendarPlace,
    private readonly mail: MailFacts | null,
  ) {
    linesOfProperties(calendar, calendarLines, this.lines);
    this.checkValues(calendar);
    this.vtimezones = new Set(
      calendar
        .getAllSubcomponents('vtimezone')
        .map((zone) => textValue(zone.getFirstProperty('tzid')))
        .filter((tzid): tzid is string => tzid !== null),
    );
  }

  /** ical.js reads values when asked: each is asked once here, so that one it cannot read is placed at its line. */
  private checkValues(component: Component): void {
    for (const property of component.getAllProperties()) {
      try {
        property.getValues();
      } catch (error) {
        const line = this.lines.get(property);
        const reason = error instanceof Error ? error.message : String(error);
        throw new PropertyError(`${property.name.toUpperCase()}: ${reason}`, line === undefined ? 1 : (this.place.lineOf(line, property.name.toUpperCase()) ?? 1));
      }
    }
    for (const child of component.getAllSubcomponents()) this.checkValues(child);
  }

  private from(property: Property, detail = ''): SourceRef {
    const line = this.lines.get(property) ?? null;
    const name = property.name.toUpperCase();
    const label = line === null ? `${name}${detail}` : this.place.label(`${name}${detail}`, line);
    return { line: line === null ? null : (this.place.lineOf(line, name) ?? null), what: label };
  }

  private stated(property: Property): StatedTime {
    const time = property.getFirstValue() as Time;
    if (!time || typeof time !== 'object' || !('isDate' in time)) throw new Error(`${property.name.toUpperCase()} is no date or time`);
    const tzid = parameter(property, 'tzid');
    const utc = time.zone === ICAL.Timezone.utcTimezone || (tzid === null && /Z$/i.test(String(property.toJSON()[3] ?? '')));
    let vtimezoneOffset: number | null = null;
    if (tzid !== null && this.vtimezones.has(tzid)) {
      try {
        vtimezoneOffset = time.utcOffset();
      } catch {
        vtimezoneOffset = null;
      }
    }
    return { wall: wallOf(time), isDate: time.isDate, kind: utc ? 'utc' : tzid !== null ? 'zoned' : 'floating', tzid, vtimezoneOffset, from: this.from(property), zoneFrom: this.from(property, ' TZID') };
  }

  read(): Draft {
    const method = (textValue(this.calendar.getFirstProperty('method')) ?? '').toUpperCase();
    const events = this.calendar.getAllSubcomponents('vevent');
    const masters = events.filter((event) => !event.hasProperty('recurrence-id'));
    const main = masters[0] ?? events[0]!;
    const cancelled = method === 'CANCEL' || events.every((event) => (textValue(event.getFirstProperty('status')) ?? '').toUpperCase() === 'CANCELLED');
    const draft: Draft = { sessions: [], documents: [], toState: this.toState };

    this.title(draft, main);
    this.convener(draft, main);
    const sequence = this.revision(draft, main, cancelled);
    const country = this.venue(draft, main);
    this.issued(draft, main, method, sequence);
    const occurrences = this.occurrences(events, masters, cancelled);
    this.times(draft, occurrences, country);
    this.documents(draft, main);
    this.standingFacts(draft);
    return draft;
  }

  private title(draft: Draft, event: Component) {
    const summary = event.getFirstProperty('summary');
    const text = textValue(summary)?.trim();
    if (summary && text) draft.title = { value: text, from: this.from(summary) };
    else if (this.mail?.title) draft.title = this.mail.title;
    else this.toState.push('title: what the meeting is called (the invitation has no SUMMARY)');
  }

  private convener(draft: Draft, event: Component) {
    const organizer = event.getFirstProperty('organizer');
    const name = organizer ? parameter(organizer, 'cn')?.trim() : undefined;
    if (organizer && name) draft.convener = { value: name, from: this.from(organizer, ' CN') };
    else if (this.mail?.convener) draft.convener = this.mail.convener;
    else if (organizer) {
      const address = (textValue(organizer) ?? '').replace(/^mailto:/i, '').trim();
      if (address) draft.convener = { value: address, from: this.from(organizer), inferred: 'ORGANIZER gives an address, no name (CN)' };
    }
    if (!draft.convener) this.toState.push('convener.name: who issues the invitation (the calendar names no ORGANIZER)');
  }

  /** SEQUENCE above 0 is a changed invitation; METHOD:CANCEL or STATUS:CANCELLED a cancelled one. */
  private revision(draft: Draft, event: Component, cancelled: boolean): number {
    const property = event.getFirstProperty('sequence');
    const raw = property ? Number(property.getFirstValue()) : 0;
    const sequence = Number.isInteger(raw) && raw >= 0 ? raw : 0;
    if (sequence === 0 && !cancelled) return sequence;
    const status = event.getFirstProperty('status');
    const method = this.calendar.getFirstProperty('method');
    const kindFrom = cancelled ? (method && /cancel/i.test(textValue(method) ?? '') ? this.from(method) : status ? this.from(status) : { line: null, what: 'STATUS' }) : property ? this.from(property) : { line: null, what: 'SEQUENCE' };
    draft.revision = {
      kind: { value: cancelled ? 'cancelled' : 'changed', from: kindFrom },
      number: property ? { value: sequence, from: this.from(property) } : { value: 0, from: { line: null, what: 'no SEQUENCE (0)' } },
    };
    if (!cancelled) {
      this.toState.push('revision.changed: what this revision changes (date, time, duration, venue, mode, agenda, admission): a calendar says only that it changed (SEQUENCE)');
      this.toState.push('revision.of_issued: when the earlier invitation was issued');
    }
    return sequence;
  }

  /**
   * `issued` is when the invitation reached the invitees: the e-mail's Date header; without an e-mail, DTSTAMP
   * only for a first invitation sent as one (METHOD:REQUEST, SEQUENCE 0), and then as inferred: a calendar
   * published or exported stamps DTSTAMP when it was written out, not when it was sent.
   */
  private issued(draft: Draft, event: Component, method: string, sequence: number) {
    if (this.mail?.issued) {
      draft.issued = this.mail.issued;
      return;
    }
    const stamp = event.getFirstProperty('dtstamp');
    if (stamp && method === 'REQUEST' && sequence === 0) {
      const time = this.stated(stamp);
      if (time.kind === 'utc' && !time.isDate) {
        draft.issued = { value: `${dateTimeText(time.wall)}Z`, from: this.from(stamp), inferred: 'DTSTAMP of a first invitation (METHOD:REQUEST, SEQUENCE 0) is when it was sent' };
        return;
      }
    }
    this.toState.push(
      stamp && method !== 'REQUEST'
        ? `issued: when the invitation reached the invitees (DTSTAMP of a METHOD:${method || 'none'} calendar is when it was written out, not sent)`
        : stamp && sequence > 0
          ? 'issued: when this revision reached the invitees (DTSTAMP of a changed invitation is not taken for it)'
          : 'issued: when the invitation reached the invitees',
    );
  }

  /** LOCATION (and GEO) as the venue, or as an online meeting; returns the venue's country for the zone. */
  private venue(draft: Draft, event: Component): string | null {
    const location = event.getFirstProperty('location');
    const text = (textValue(location) ?? '').trim();
    const geo = event.getFirstProperty('geo');
    const link = this.meetingLink(event);
    const withoutLink = text.replace(/\bhttps?:\/\/\S+/gi, '').replace(/\s*[,;]\s*$/, '').trim();
    if (location && withoutLink && !isOnlinePlaceholder(withoutLink)) {
      const place = placeOf(withoutLink, countryNames());
      if (place) {
        const from = this.from(location);
        draft.venue = {
          ...(place.name !== null && { name: { value: place.name, from } }),
          city: { value: place.city, from },
          country: { value: place.country, from },
        };
      } else {
        this.toState.push(`meeting.venue: LOCATION says "${commentText(withoutLink, 160)}"; write its city and ISO country code (or meeting.online: true)`);
      }
    } else if (link) {
      draft.online = { value: true, from: link.from, inferred: 'a meeting link and no physical LOCATION' };
    } else if (geo) {
      const value = geo.getFirstValue();
      this.toState.push(`meeting.venue: GEO gives only coordinates (${Array.isArray(value) ? value.join(';') : String(value)}); write the city and ISO country code`);
    } else {
      this.toState.push('meeting.venue or meeting.online: the calendar gives no LOCATION');
    }
    if (draft.venue && link) {
      draft.channels = { value: ['video-conference'], from: link.from };
      this.toState.push('remote.participation: whether remote participants can speak or only listen (the calendar gives a meeting link only)');
    }
    const features = this.conferenceFeatures(event);
    if (features) draft.interventions = features;
    return draft.venue?.country.value ?? null;
  }

  /** The meeting link: CONFERENCE (RFC 7986), Google's and Microsoft's own properties, URL, LOCATION, DESCRIPTION. */
  private meetingLink(event: Component): { url: string; from: SourceRef } | null {
    const named = ['conference', 'x-google-conference', 'x-microsoft-skypeteamsmeetingurl', 'x-microsoft-onlinemeetingconflink', 'x-microsoft-onlinemeetingexternallink'];
    for (const name of named) {
      for (const property of event.getAllProperties(name)) {
        const value = (textValue(property) ?? '').trim();
        if (/^https?:\/\//i.test(value)) return { url: value, from: this.from(property) };
      }
    }
    for (const name of ['url', 'location', 'description', 'x-alt-desc']) {
      for (const property of event.getAllProperties(name)) {
        const found = meetingLinkIn(textValue(property) ?? '');
        if (found) return { url: found, from: this.from(property, ' (a meeting link)') };
      }
    }
    return null;
  }

  /** CONFERENCE's FEATURE parameter (AUDIO, VIDEO, CHAT, PHONE) as the ways remote participants intervene. */
  private conferenceFeatures(event: Component): Filled<string[]> | null {
    const kinds = new Set<string>();
    let from: SourceRef | null = null;
    for (const property of event.getAllProperties('conference')) {
      const raw = property.getParameter('feature');
      const features = (Array.isArray(raw) ? raw.join(',') : String(raw ?? '')).toUpperCase().split(',');
      for (const feature of features) {
        const kind = feature.trim() === 'PHONE' ? 'audio' : feature.trim().toLowerCase();
        if (kind === 'audio' || kind === 'video' || kind === 'chat') {
          kinds.add(kind);
          from ??= this.from(property, ' FEATURE');
        }
      }
    }
    const order = ['text', 'audio', 'video', 'chat'];
    return from ? { value: [...kinds].sort((a, b) => order.indexOf(a) - order.indexOf(b)), from } : null;
  }

  /** Every occurrence of every event: RRULE and RDATE expanded (at most MAX_SESSIONS), EXDATE and overrides applied. */
  private occurrences(events: Component[], masters: Component[], cancelled: boolean): Occurrence[] {
    const live = (event: Component) => cancelled || (textValue(event.getFirstProperty('status')) ?? '').toUpperCase() !== 'CANCELLED';
    const overrides = new Map<string, Component>();
    for (const event of events) {
      const recurrence = event.getFirstProperty('recurrence-id');
      if (!recurrence) continue;
      overrides.set(`${textValue(event.getFirstProperty('uid')) ?? ''} ${wallKey(this.stated(recurrence).wall)}`, event);
    }
    const occurrences: Occurrence[] = [];
    let cut = false;
    for (const master of masters) {
      const dtstart = master.getFirstProperty('dtstart');
      if (!dtstart) continue;
      const uid = textValue(master.getFirstProperty('uid')) ?? '';
      const base = this.single(master);
      if (!master.hasProperty('rrule') && !master.hasProperty('rdate')) {
        if (live(master)) occurrences.push(base);
        continue;
      }
      const iterator = new ICAL.Event(master).iterator();
      // Each step is bounded too: a rule that matches no day would otherwise search on.
      for (let step = 0; step < MAX_SESSIONS * 10; step++) {
        const next = iterator.next();
        if (!next) break;
        if (occurrences.length >= MAX_SESSIONS) {
          cut = true;
          break;
        }
        const wall = wallOf(next);
        const override = overrides.get(`${uid} ${wallKey(wall)}`);
        if (override) {
          if (live(override) && override.hasProperty('dtstart')) occurrences.push(this.single(override, base));
          continue;
        }
        occurrences.push({ ...base, start: { ...base.start, wall, isDate: next.isDate }, end: null });
      }
    }
    if (cut || occurrences.length > MAX_SESSIONS) {
      occurrences.length = MAX_SESSIONS;
      this.toState.push(`meeting.sessions: the event repeats (RRULE) beyond ${MAX_SESSIONS} sessions; the draft lists the first ${MAX_SESSIONS}: state the rest or the series`);
    }
    return occurrences;
  }

  /** One event's start and its end or length; `base` gives what an override leaves out. */
  private single(event: Component, base?: Occurrence): Occurrence {
    const dtstart = event.getFirstProperty('dtstart')!;
    const start = this.stated(dtstart);
    const dtend = event.getFirstProperty('dtend');
    const duration = event.getFirstProperty('duration');
    const summary = event.getFirstProperty('summary');
    let end: StatedTime | null = null;
    let durationMinutes: number | null = base?.durationMinutes ?? null;
    let durationFrom: SourceRef | null = base?.durationFrom ?? null;
    if (dtend) {
      end = this.stated(dtend);
      durationMinutes = Math.round((this.instantOf(end) - this.instantOf(start)) / 60_000);
      durationFrom = end.from;
    } else if (duration) {
      const value = duration.getFirstValue() as InstanceType<typeof ICAL.Duration>;
      durationMinutes = Math.round(value.toSeconds() / 60);
      durationFrom = this.from(duration);
    } else if (start.isDate) {
      durationMinutes = 24 * 60; // RFC 5545 3.6.1: a day-long event without DTEND lasts the day
      durationFrom = start.from;
    }
    return {
      start,
      end,
      durationMinutes: durationMinutes !== null && durationMinutes > 0 ? durationMinutes : null,
      durationFrom,
      summary: textValue(summary)?.trim() || base?.summary || null,
      summaryFrom: summary ? this.from(summary) : (base?.summaryFrom ?? null),
    };
  }

  /** The zone a stated time is in, IANA, when known; asks (toState) for a Windows name it cannot settle. */
  private resolveZone(tzid: string, country: string | null, asked: Set<string>): string | null {
    const answer = ianaZoneOf(tzid, country);
    if (answer.zone !== null) return answer.zone;
    if (!asked.has(tzid)) {
      asked.add(tzid);
      const name = isWindowsZoneName(tzid) ? `Outlook's zone "${tzid}"` : `the TZID "${tzid}"`;
      this.toState.push(
        answer.candidates.length > 0
          ? `meeting.timezone: ${name} is one of several IANA zones (${answer.candidates.slice(0, 6).join(', ')}${answer.candidates.length > 6 ? ', ...' : ''}); the venue's country does not settle it: write the one meant`
          : `meeting.timezone: ${name} is no IANA or Windows zone name; write the meeting's IANA zone`,
      );
    }
    return null;
  }

  /** The instant of a stated time where it can be known, else its wall clock read as UTC (for lengths only). */
  private instantOf(time: StatedTime): number {
    const asUtc = instantOfWall(time.wall, null);
    if (time.kind === 'utc' || time.isDate) return asUtc;
    if (time.kind === 'zoned' && time.tzid !== null) {
      const zone = ianaZoneOf(time.tzid, null).zone;
      if (zone) return instantOfWall(time.wall, zone);
      if (time.vtimezoneOffset !== null) return asUtc - time.vtimezoneOffset * 1000;
    }
    return asUtc;
  }

  private times(draft: Draft, occurrences: Occurrence[], country: string | null) {
    if (occurrences.length === 0) {
      this.toState.push('meeting.start: the calendar gives no DTSTART');
      return;
    }
    const asked = new Set<string>();
    // The meeting's zone: the first event's TZID, else X-WR-TIMEZONE (Google's calendar zone), else the one
    // zone of the venue's country.
    const first = occurrences[0]!.start;
    let zone: Filled<string> | null = null;
    if (first.kind === 'zoned' && first.tzid !== null) {
      const resolved = this.resolveZone(first.tzid, country, asked);
      if (resolved) {
        const answer = ianaZoneOf(first.tzid, country);
        const how = answer.zone !== null && answer.how !== 'iana' ? `, Outlook's "${first.tzid}" mapped${answer.how === 'windows-country' ? ` for the venue's country ${country}` : ''}` : '';
        zone = { value: resolved, from: { line: first.zoneFrom.line, what: `${first.zoneFrom.what}${how}` } };
      }
    }
    if (!zone && first.kind !== 'zoned') {
      const wr = this.calendar.getFirstProperty('x-wr-timezone');
      const wrZone = wr ? ianaZoneOf(textValue(wr) ?? '', null) : null;
      if (wr && wrZone?.zone) zone = { value: wrZone.zone, from: this.from(wr), inferred: "the calendar's own zone (X-WR-TIMEZONE)" };
      else if (country && draft.venue) {
        const own = venueZoneOf(country, draft.venue.city.value);
        if (own) zone = { value: own, from: draft.venue.country.from, inferred: `the time zone of the venue, ${draft.venue.city.value} (${country})` };
      }
    }
    if (zone) draft.timezone = zone;
    else if (!asked.size) {
      this.toState.push(first.kind === 'floating' ? "meeting.timezone: the calendar's times are floating (no zone); write the meeting's IANA zone" : "meeting.timezone: the meeting's IANA zone (the calendar gives times in UTC only)");
    }

    const names = new Set(occurrences.map((occurrence) => occurrence.summary));
    const named = names.size > 1;
    const sessions: DraftSession[] = [];
    for (const occurrence of occurrences) {
      const session: DraftSession = {};
      if (named && occurrence.summary && occurrence.summaryFrom) session.name = { value: occurrence.summary, from: occurrence.summaryFrom };
      if (occurrence.start.isDate) {
        // A day without clock hours; an event of several days is a session for each day.
        const days = Math.max(1, Math.round((occurrence.durationMinutes ?? 24 * 60) / (24 * 60)));
        for (let day = 0; day < days && sessions.length < MAX_SESSIONS; day++) {
          const date = wallFromMilliseconds(instantOfWall(occurrence.start.wall, null) + day * 86_400_000);
          sessions.push({ ...session, date: { value: dateText(date), from: occurrence.start.from } });
        }
        continue;
      }
      session.start = { value: this.timeText(occurrence.start, zone?.value ?? null, country, asked), from: occurrence.start.from };
      const sameZone = occurrence.end && occurrence.end.kind === occurrence.start.kind && occurrence.end.tzid === occurrence.start.tzid;
      if (occurrences.length === 1 && occurrence.end && sameZone && !occurrence.end.isDate) {
        session.end = { value: this.timeText(occurrence.end, zone?.value ?? null, country, asked), from: occurrence.end.from };
      } else if (occurrence.durationMinutes !== null && occurrence.durationFrom) {
        session.duration = { value: durationText(occurrence.durationMinutes), from: occurrence.durationFrom };
      }
      sessions.push(session);
    }
    sessions.sort((a, b) => (a.start?.value ?? a.date?.value ?? '').localeCompare(b.start?.value ?? b.date?.value ?? ''));
    draft.sessions = sessions.slice(0, MAX_SESSIONS);
    if (sessions.some((session) => session.start && !session.end && !session.duration)) {
      this.toState.push('meeting duration: the calendar gives no DTEND or DURATION for a session');
    }
    if (sessions.some((session) => session.date)) {
      this.toState.push('meeting.sessions[].start: the calendar gives the day only (an all-day event), not the hours');
    }
  }

  /**
   * A time as the draft writes it: the wall clock in the meeting's zone (converting only a time stated in another
   * zone or in UTC, by our own zone arithmetic), or, without a meeting zone, with the offset its VTIMEZONE gives.
   */
  private timeText(time: StatedTime, zone: string | null, country: string | null, asked: Set<string>): string {
    if (time.kind === 'floating') return dateTimeText(time.wall);
    if (time.kind === 'zoned' && time.tzid !== null) {
      const own = this.resolveZone(time.tzid, country, asked);
      if (own !== null && own === zone) return dateTimeText(time.wall);
      if (own !== null) return zone ? dateTimeText(wallIn(zone, instantOfWall(time.wall, own), this.formats)) : dateTimeText(time.wall);
      if (time.vtimezoneOffset !== null) {
        const ms = instantOfWall(time.wall, null) - time.vtimezoneOffset * 1000;
        return zone ? dateTimeText(wallIn(zone, ms, this.formats)) : `${dateTimeText(time.wall)}${offsetText(time.vtimezoneOffset)}`;
      }
      return dateTimeText(time.wall);
    }
    const ms = instantOfWall(time.wall, null);
    return zone ? dateTimeText(wallIn(zone, ms, this.formats)) : `${dateTimeText(time.wall)}Z`;
  }

  /**
   * ATTACH (and the e-mail's attachments) as documents. They came with the invitation, so they could be read
   * from when it arrived: `published` is the day it was issued, inferred. Without an issue date, to state.
   */
  private documents(draft: Draft, event: Component) {
    const found: { title: string; url: string | null; from: SourceRef }[] = [];
    for (const attach of event.getAllProperties('attach')) {
      const value = attach.getFirstValue();
      const url = typeof value === 'string' && /^(https?|ftp):\/\//i.test(value.trim()) ? value.trim() : null;
      const name = parameter(attach, 'filename') ?? parameter(attach, 'x-filename') ?? parameter(attach, 'label') ?? (url ? decodeURIComponentSafe(url.replace(/[?#].*$/, '').split('/').filter(Boolean).pop() ?? url) : null);
      if (name) found.push({ title: name, url, from: this.from(attach) });
    }
    for (const attachment of this.mail?.attachments ?? []) found.push({ title: attachment.title, url: null, from: attachment.from });
    if (found.length === 0) return;
    const issued = draft.issued;
    if (!issued) {
      this.toState.push(`documents: ${found.length} attached (${found.slice(0, 3).map((each) => each.title).join(', ')}${found.length > 3 ? ', ...' : ''}); state when each was published`);
      return;
    }
    const day = issued.value.slice(0, 10);
    for (const each of found.slice(0, MAX_DOCUMENTS)) {
      const document: DraftDocument = {
        title: { value: each.title, from: each.from },
        published: { value: day, from: issued.from, inferred: 'attached to the invitation, so readable from the day it was issued' },
      };
      if (each.url) document.url = { value: each.url, from: each.from };
      draft.documents.push(document);
    }
  }

  /** The facts no invitation e-mail or calendar holds: to state, always. */
  private standingFacts(draft: Draft) {
    this.toState.push(
      'invitees: who is invited, the stakeholder groups and how each chooses its participants (selection), and how many are expected',
      'format: what participants\u2019 input can do (level), how the time is used (interaction), and the outcome',
      'framework: the process that holds the mandate, and whether the meeting is convened within it',
      'languages: the working languages, interpretation and captioning',
      'support: travel funding and visa letters',
    );
    if (draft.online && !draft.interventions) this.toState.push('remote.interventions: how participants can take the floor (audio, video, chat ...), if the calendar does not say');
  }
}

/** The first content line ical.js cannot read on its own (unfolded), for a parse error's position; null if none. */
function firstBadLine(text: string): number | null {
  const lines = text.split('\n');
  let current = '';
  let currentLine = 0;
  const bad = (content: string) => {
    if (content.trim() === '' || /^(BEGIN|END):/i.test(content)) return false;
    try {
      ICAL.parse(`BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n${content.replace(/\r$/, '')}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`);
      return false;
    } catch {
      return true;
    }
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (/^[ \t]/.test(line)) {
      current += line.slice(1).replace(/\r$/, '');
      continue;
    }
    if (currentLine > 0 && bad(current)) return currentLine;
    current = line.replace(/\r$/, '');
    currentLine = index + 1;
  }
  return currentLine > 0 && bad(current) ? currentLine : null;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
