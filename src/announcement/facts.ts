// Derived facts (announcement-format.md, "Derived facts"): computed once per announcement, read by every rule.
// Every date, instant, local time and day count a rule or a report needs is read here, so that none of them
// parses a date or reads a zone's offset itself.
import {
  addDays,
  calendarDaysBetween,
  datePart,
  workingDaysBetween,
  type LocalSpan,
  type LocalTime,
  type PlainDate,
  type ZoneClock,
} from './dates.js';
import type { Announcement, Region } from './schema.js';
import { parseDateTime, parseDurationMinutes, parseMonth } from './values.js';

export type Mode = 'in-person' | 'hybrid' | 'online';

/** Representative zones of each region (rules.md, fair-hours). */
export const REGION_ZONES: Record<Exclude<Region, 'global'>, readonly string[]> = {
  africa: ['Africa/Dakar', 'Africa/Lagos', 'Africa/Nairobi', 'Africa/Johannesburg'],
  'arab-states': ['Africa/Cairo', 'Asia/Riyadh', 'Asia/Dubai'],
  'asia-pacific': ['Asia/Kolkata', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Tokyo', 'Australia/Sydney', 'Pacific/Auckland'],
  europe: ['Europe/London', 'Europe/Brussels', 'Europe/Moscow'],
  'latin-america-caribbean': ['America/Mexico_City', 'America/Bogota', 'America/Sao_Paulo'],
  'north-america': ['America/Los_Angeles', 'America/Chicago', 'America/New_York'],
};

/** 1-based position of a field (or of its parent mapping when it is missing) and its YAML path. */
export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Dotted YAML path, e.g. `meeting.start` or `invitees.groups[0].selection`. */
  path: string;
}

/** One session of a meeting as it falls in one invitee zone. */
export interface ZoneTime {
  zone: string;
  /** Local start and end, `YYYY-MM-DD HH:MM`. */
  start: string;
  end: string;
  /** Minutes from local midnight of the start day to the start and to the end (over 1440 past midnight). */
  startMinute: number;
  endMinute: number;
}

/**
 * The dates and times of an announcement that reports draw (the HTML timeline and time-zone strip), derived
 * once by the engine so that no format recomputes them.
 */
export interface DocumentFacts {
  mode: 'in-person' | 'hybrid' | 'online';
  /** Whether remote access is stated: an `in-person` mode without it is a venue with remote access not stated. */
  remoteStated: boolean;
  /** The meeting's IANA zone, or null when its times carry their own offsets. */
  meetingZone: string | null;
  /** The day notice counts from: `issued`, or the --as-of date in a draft. */
  sent: { date: string; fromIssued: boolean };
  registrationDeadline: string | null;
  documents: { title: string; published: string }[];
  sessions: {
    /** Local start and end in the meeting's clock, `YYYY-MM-DD HH:MM`; end null when no duration or end is given. */
    start: string;
    end: string | null;
    minutes: number | null;
    /** The session in each invitee zone, in the order of `inviteeZones`. */
    zones: ZoneTime[];
  }[];
  startDate: string;
  endDate: string | null;
  decision: { name: string; date: string | null } | null;
  noticeDays: number;
  inviteeZones: string[] | null;
}

export type YamlPath = readonly (string | number)[];

/** Finds the position of a field, or of its nearest present parent when it is missing. */
export type Locate = (path: YamlPath) => Position;

/** A session read in one invitee zone. */
export interface SessionInZone extends LocalSpan {
  zone: string;
}

/** The clock a session is written in: the meeting's IANA zone, else the fixed offset (minutes) of its own start. */
export interface SessionClock {
  zone: string | number;
  /** `Europe/Zurich`, or `UTC+02:00` for a fixed offset. */
  name: string;
}

export interface Session {
  /** YAML path of the session: `['meeting']` or `['meeting', 'sessions', i]`. */
  path: YamlPath;
  /** The session's name (format v2), when given. */
  name: string | null;
  /**
   * False for a day without clock hours (format v2 `date`): its start is then the day's first minute on the
   * meeting's clock, it has no end and no minutes, and rules that need its hours say they are not stated.
   */
  timed: boolean;
  start: Date;
  end: Date | null;
  minutes: number | null;
  /** The start as written, read at its own offset (or in the meeting's zone when it has none). */
  startLocal: LocalTime;
  /** The start's own offset in minutes (`Z`, `+02:00`), when it is written with one. */
  startOffset: number | undefined;
  /** The clock the session is shown in: the meeting's zone first, else its start's own offset. */
  clock: SessionClock;
  /** The session on that clock, from its start to its end (to its start, when it has no end). */
  onClock: LocalSpan;
  /** The session in each invitee zone, in the order of `inviteeZones` (none when no zones are stated). */
  inZones: SessionInZone[];
}

/** A document listed under `documents`, in the same order. */
export interface DocumentDates {
  title: string;
  published: PlainDate;
  /** Calendar days from its publication to the start date (negative when published after). */
  daysBeforeStart: number;
}

export interface Facts {
  announcement: Announcement;
  /**
   * `in-person` when there is a venue and remote participants cannot take the floor, or when remote access is not
   * stated (see remoteStated): rules hold such a meeting to the in-person thresholds but must not call it in-person.
   */
  mode: Mode;
  /** Whether the announcement says how people who are not in the room take part (`remote.participation`, or online). */
  remoteStated: boolean;
  /** The day the linter is run for (--as-of, default today): no remedy asks for something before it. */
  asOf: PlainDate;
  /** The meeting's IANA zone, when given. */
  meetingZone: string | null;
  sessions: Session[];
  start: Date;
  /** Null when a session has no duration or end. */
  end: Date | null;
  /** Sum of the sessions' lengths; null when any session has no duration or end. */
  meetingMinutes: number | null;
  /** The first session's start date, read in the meeting's zone or the start's own offset. */
  startDate: PlainDate;
  /** The last session's end date, read the same way; null when the end is unknown. */
  endDate: PlainDate | null;
  /** The last day of the meeting: its end date, or when that is unknown, the latest start date of a session. */
  lastDay: { date: PlainDate; endKnown: boolean };
  /**
   * The date notice is counted from: `issued`, or the --as-of date in a draft. When `issued` is known only to a
   * month or a range (format v2), `date` is its latest day (the verdict that holds for every day must hold for
   * that one) and `earliest` its first; both are the same day otherwise.
   */
  reference: { date: PlainDate; earliest: PlainDate; fromIssued: boolean; written: string | null };
  /** Calendar days from the earliest possible issue day to the start date (equal to noticeDays for a known day). */
  noticeDaysAtEarliest: number;
  /** Calendar days from the reference date to the start date. */
  noticeDays: number;
  /** Working days (Monday to Friday) from the reference date to the start date. */
  noticeWorkingDays: number;
  /**
   * When registration closes (`admission.closes`; `meeting.registration_deadline` in v1) as a day, and its distance
   * from the reference date and to the start date.
   */
  registrationDeadline: {
    date: PlainDate;
    /** Calendar and working days from the reference date to the deadline. */
    days: number;
    workingDays: number;
    /** Calendar days from the deadline to the start date (negative when the deadline is after the start). */
    daysBeforeStart: number;
  } | null;
  /** The documents listed, with their distance to the start date. */
  documents: DocumentDates[];
  /**
   * By when an accommodation for a disability can be requested (`accessibility.request_by`) as a day, its distance
   * from the reference date and to the start date; null when not stated.
   */
  accessibilityRequest: { date: PlainDate; daysAfterReference: number; daysBeforeStart: number } | null;
  /**
   * The day by which the record (minutes, summary) is published: `records.published_by`, else the meeting's last day
   * plus `records.published_within` (in whole days, rounded up); and its distance from the last day. Null when neither is stated.
   */
  recordDue: { date: PlainDate; daysAfterMeeting: number; from: 'published_by' | 'published_within' } | null;
  /** True when `framework.feeds_into: none`: an open forum that feeds no single decision (format v2). */
  feedsNoDecision: boolean;
  /** Anyone may take part: `invitees.open: true`, or `admission.mode: open` (format v2). */
  open: { value: boolean | null; path: YamlPath };
  /** Sessions that are days without clock hours. */
  untimedSessions: Session[];
  /** The decision the meeting feeds into (`framework.feeds_into`); null when none is named. */
  decision: {
    name: string;
    date: PlainDate | null;
    /** Calendar days from the meeting's last day to the decision; null when the decision has no date. */
    daysAfterMeeting: number | null;
  } | null;
  /** Invitee zones (explicit plus those of the regions), in order, without repeats; null when none are stated. */
  inviteeZones: string[] | null;
  /** Distinct regions named; `global` counts as every region. */
  regionCount: number;
  locate: Locate;
  /** The zone offsets the facts were read with: rules that try other times ask it (spanMinutes, localTime). */
  clock: ZoneClock;
}

const pad = (value: number) => String(value).padStart(2, '0');

function clockOf(zone: string | null, startOffset: number | undefined): SessionClock {
  if (zone) return { zone, name: zone };
  const offset = startOffset ?? 0;
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.abs(offset);
  return { zone: offset, name: `UTC${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}` };
}

interface SessionSpec {
  name?: string | undefined;
  date?: string | undefined;
  start?: string | undefined;
  duration?: string | undefined;
  end?: string | undefined;
}

function sessionOf(spec: SessionSpec, path: YamlPath, zone: string | null, inviteeZones: readonly string[], clock: ZoneClock): Session {
  const name = spec.name ?? null;
  if (spec.start === undefined) {
    // A day without clock hours: placed at its first minute, so that day counts are right and no hour is invented.
    const dayParts = parseDateTime(`${spec.date as string}T00:00`);
    if (!dayParts) throw new Error(`unvalidated date ${String(spec.date)}`);
    const start = clock.toInstant(dayParts, zone);
    const sessionClock = clockOf(zone, undefined);
    return {
      path,
      name,
      timed: false,
      start,
      end: null,
      minutes: null,
      startLocal: clock.localTime(start, zone ?? 'UTC'),
      startOffset: undefined,
      clock: sessionClock,
      onClock: clock.localSpan(start, start, sessionClock.zone),
      inZones: [],
    };
  }
  const startText = spec.start;
  const startParts = parseDateTime(startText);
  if (!startParts) throw new Error(`unvalidated start ${startText}`);
  const start = clock.toInstant(startParts, zone);
  let end: Date | null = null;
  if (spec.duration !== undefined) {
    end = new Date(start.getTime() + (parseDurationMinutes(spec.duration) ?? 0) * 60_000);
  } else if (spec.end !== undefined) {
    const endParts = parseDateTime(spec.end);
    if (endParts) end = clock.toInstant(endParts, zone);
  }
  const minutes = end ? Math.round((end.getTime() - start.getTime()) / 60_000) : null;
  const sessionClock = clockOf(zone, startParts.offsetMinutes);
  return {
    path,
    name,
    timed: true,
    start,
    end,
    minutes,
    startLocal: clock.localTime(start, startParts.offsetMinutes ?? zone ?? 'UTC'),
    startOffset: startParts.offsetMinutes,
    clock: sessionClock,
    onClock: clock.localSpan(start, end ?? start, sessionClock.zone),
    inZones: inviteeZones.map((inviteeZone) => ({ zone: inviteeZone, ...clock.localSpan(start, end ?? start, inviteeZone) })),
  };
}

export function inviteeZonesOf(invitees: Announcement['invitees']): string[] | null {
  if (!invitees || (!invitees.regions?.length && !invitees.timezones?.length)) return null;
  const zones = new Set<string>(invitees.timezones ?? []);
  for (const region of invitees.regions ?? []) {
    const regions = region === 'global' ? Object.values(REGION_ZONES) : [REGION_ZONES[region]];
    for (const list of regions) for (const zone of list) zones.add(zone);
  }
  return [...zones];
}

export function deriveFacts(announcement: Announcement, options: { asOf: PlainDate; locate: Locate; clock: ZoneClock }): Facts {
  const { meeting } = announcement;
  const { clock } = options;
  const zone = meeting.timezone ?? null;
  const inviteeZones = inviteeZonesOf(announcement.invitees);
  const sessions = meeting.sessions
    ? meeting.sessions.map((s, i) => sessionOf(s, ['meeting', 'sessions', i], zone, inviteeZones ?? [], clock))
    : [sessionOf(meeting, ['meeting'], zone, inviteeZones ?? [], clock)];
  const first = sessions.reduce((a, b) => (b.start < a.start ? b : a));
  const last = sessions.reduce((a, b) => ((b.end ?? b.start) > (a.end ?? a.start) ? b : a));
  const allTimed = sessions.every((s) => s.minutes !== null);
  const untimedSessions = sessions.filter((s) => !s.timed);
  const end = allTimed ? last.end : null;

  const mode: Mode = meeting.online
    ? 'online'
    : announcement.remote?.participation === 'speak'
      ? 'hybrid'
      : 'in-person';

  const reference = referenceOf(announcement.issued, options.asOf);

  const startDate = first.startLocal.date;
  let endDate: PlainDate | null = null;
  if (end) endDate = clock.localTime(end, last.startOffset ?? zone ?? 'UTC').date;
  // The end date is unknown when a session has no length: its start date is the earliest the meeting can end.
  const lastDay = { date: endDate ?? sessions.map((session) => session.startLocal.date).sort().at(-1)!, endKnown: endDate !== null };

  const regions = announcement.invitees?.regions ?? [];
  const regionCount = regions.includes('global') ? Object.keys(REGION_ZONES).length : new Set(regions).size;

  let registrationDeadline: Facts['registrationDeadline'] = null;
  const closes = announcement.admission?.closes;
  if (closes !== undefined) {
    // Known only to a month or a range: the latest day it can be, which gives the most time to register.
    const date = latestDay(closes);
    registrationDeadline = {
      date,
      days: calendarDaysBetween(reference.date, date),
      workingDays: workingDaysBetween(reference.date, date),
      daysBeforeStart: calendarDaysBetween(date, startDate),
    };
  }

  const feedsInto = announcement.framework?.feeds_into;
  const decision = feedsInto && feedsInto !== 'none'
    ? {
        name: feedsInto.name,
        date: feedsInto.date ?? null,
        daysAfterMeeting: feedsInto.date === undefined ? null : calendarDaysBetween(lastDay.date, feedsInto.date),
      }
    : null;

  return {
    announcement,
    mode,
    remoteStated: meeting.online === true || announcement.remote?.participation !== undefined,
    asOf: options.asOf,
    meetingZone: zone,
    sessions,
    start: first.start,
    end,
    meetingMinutes: allTimed ? sessions.reduce((sum, s) => sum + (s.minutes ?? 0), 0) : null,
    startDate,
    endDate,
    lastDay,
    reference,
    noticeDays: calendarDaysBetween(reference.date, startDate),
    noticeDaysAtEarliest: calendarDaysBetween(reference.earliest, startDate),
    noticeWorkingDays: workingDaysBetween(reference.date, startDate),
    registrationDeadline,
    documents: (announcement.documents ?? []).map((document) => ({
      title: document.title,
      published: document.published,
      daysBeforeStart: calendarDaysBetween(document.published, startDate),
    })),
    decision,
    accessibilityRequest: accessibilityRequestOf(announcement, reference.date, startDate),
    recordDue: recordDueOf(announcement, lastDay.date),
    feedsNoDecision: feedsInto === 'none',
    open: openOf(announcement),
    untimedSessions,
    inviteeZones,
    regionCount,
    locate: options.locate,
    clock,
  };
}

function accessibilityRequestOf(announcement: Announcement, reference: PlainDate, startDate: PlainDate): Facts['accessibilityRequest'] {
  const requestBy = announcement.accessibility?.request_by;
  if (requestBy === undefined) return null;
  const date = datePart(requestBy);
  return { date, daysAfterReference: calendarDaysBetween(reference, date), daysBeforeStart: calendarDaysBetween(date, startDate) };
}

function recordDueOf(announcement: Announcement, lastDay: PlainDate): Facts['recordDue'] {
  const records = announcement.records;
  if (records?.published_by !== undefined) {
    return { date: records.published_by, daysAfterMeeting: calendarDaysBetween(lastDay, records.published_by), from: 'published_by' };
  }
  if (records?.published_within !== undefined) {
    const days = Math.ceil((parseDurationMinutes(records.published_within) ?? 0) / 1440);
    return { date: addDays(lastDay, days), daysAfterMeeting: days, from: 'published_within' };
  }
  return null;
}

/** The last day a partial date (a day, a month, or a range) can be. */
export function latestDay(value: string | { from: string; to: string }): PlainDate {
  if (typeof value !== 'string') return value.to;
  return parseMonth(value) ? addDays(addMonth(`${value}-01`), -1) : datePart(value);
}

/** The day notice counts from, and the first day it can be when `issued` is a month or a range. */
function referenceOf(issued: Announcement['issued'], asOf: PlainDate): Facts['reference'] {
  if (issued === undefined) return { date: asOf, earliest: asOf, fromIssued: false, written: null };
  if (typeof issued !== 'string') return { date: issued.to, earliest: issued.from, fromIssued: true, written: `${issued.from} and ${issued.to}` };
  const month = parseMonth(issued);
  if (month) {
    const first = `${issued}-01`;
    return { date: latestDay(issued), earliest: first, fromIssued: true, written: issued };
  }
  const day = datePart(issued);
  return { date: day, earliest: day, fromIssued: true, written: null };
}

/** The first day of the month after the one `first` (YYYY-MM-01) begins. */
function addMonth(first: PlainDate): PlainDate {
  const year = Number(first.slice(0, 4));
  const month = Number(first.slice(5, 7));
  return month === 12 ? `${String(year + 1).padStart(4, '0')}-01-01` : `${first.slice(0, 4)}-${String(month + 1).padStart(2, '0')}-01`;
}

function openOf(announcement: Announcement): Facts['open'] {
  // What the invitation says in so many words comes first: registration may be open to some groups only (those it
  // lists, each with the document it asks for), which `invitees.open: false` states.
  const open = announcement.invitees?.open;
  if (open !== undefined) return { value: open, path: ['invitees', 'open'] };
  const mode = announcement.admission?.mode;
  // Registration with nobody selecting among those who register is open: anyone who registers takes part.
  if (mode !== undefined) return { value: mode === 'open' || (mode === 'registration' && !announcement.admission?.selection), path: ['admission', 'mode'] };
  return { value: null, path: ['invitees', 'open'] };
}

const stamp = (local: LocalTime) => `${local.date} ${local.time}`;

function zoneTime(time: SessionInZone): ZoneTime {
  return { zone: time.zone, start: stamp(time.start), end: stamp(time.end), startMinute: time.startMinute, endMinute: time.endMinute };
}

/** The dates and local times that reports draw (timeline, time-zone strip), in plain values. */
export function documentFactsOf(facts: Facts): DocumentFacts {
  return {
    mode: facts.mode,
    remoteStated: facts.remoteStated,
    meetingZone: facts.meetingZone,
    sent: { date: facts.reference.date, fromIssued: facts.reference.fromIssued },
    registrationDeadline: facts.registrationDeadline?.date ?? null,
    documents: facts.documents.map((document) => ({ title: document.title, published: document.published })),
    sessions: facts.sessions.map((session) => ({
      start: stamp(session.onClock.start),
      end: session.end ? stamp(session.onClock.end) : null,
      minutes: session.minutes,
      zones: session.inZones.map(zoneTime),
    })),
    startDate: facts.startDate,
    endDate: facts.endDate,
    decision: facts.decision ? { name: facts.decision.name, date: facts.decision.date } : null,
    noticeDays: facts.noticeDays,
    inviteeZones: facts.inviteeZones,
  };
}
