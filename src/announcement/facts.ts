// Derived facts (announcement-format.md, "Derived facts"): computed once per announcement, read by every rule.
import type { DocumentFacts, Position, ZoneTime } from '../engine/types.js';
import { calendarDaysBetween, datePart, workingDaysBetween, type PlainDate, type ZoneClock } from './dates.js';
import type { Announcement, Region } from './schema.js';
import { parseDateTime, parseDurationMinutes } from './values.js';

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

export type YamlPath = readonly (string | number)[];

/** Finds the position of a field, or of its nearest present parent when it is missing. */
export type Locate = (path: YamlPath) => Position;

export interface Session {
  /** YAML path of the session: `['meeting']` or `['meeting', 'sessions', i]`. */
  path: YamlPath;
  start: Date;
  end: Date | null;
  minutes: number | null;
  /** The start as written, read in the meeting's zone (or its own offset). */
  startLocal: { date: PlainDate; time: string };
  /** The start's own offset in minutes (`Z`, `+02:00`), when it is written with one. */
  startOffset: number | undefined;
}

export interface Facts {
  announcement: Announcement;
  mode: Mode;
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
  /** The date notice is counted from: `issued`, or the --as-of date in a draft. */
  reference: { date: PlainDate; fromIssued: boolean };
  /** Calendar days from the reference date to the start date. */
  noticeDays: number;
  /** Working days (Monday to Friday) from the reference date to the start date. */
  noticeWorkingDays: number;
  /** Invitee zones (explicit plus those of the regions), in order, without repeats; null when none are stated. */
  inviteeZones: string[] | null;
  /** Distinct regions named; `global` counts as every region. */
  regionCount: number;
  locate: Locate;
  /** The zone offsets the facts were read with. */
  clock: ZoneClock;
}

function sessionOf(
  spec: { start?: string | undefined; duration?: string | undefined; end?: string | undefined },
  path: YamlPath,
  zone: string | null,
  clock: ZoneClock,
): Session {
  const startText = spec.start as string;
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
  const local = clock.localTime(start, startParts.offsetMinutes ?? zone ?? 'UTC');
  return { path, start, end, minutes, startLocal: { date: local.date, time: local.time }, startOffset: startParts.offsetMinutes };
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
  const sessions = meeting.sessions
    ? meeting.sessions.map((s, i) => sessionOf(s, ['meeting', 'sessions', i], zone, clock))
    : [sessionOf(meeting, ['meeting'], zone, clock)];
  const first = sessions.reduce((a, b) => (b.start < a.start ? b : a));
  const last = sessions.reduce((a, b) => ((b.end ?? b.start) > (a.end ?? a.start) ? b : a));
  const allTimed = sessions.every((s) => s.minutes !== null);
  const end = allTimed ? last.end : null;

  const mode: Mode = meeting.online
    ? 'online'
    : announcement.remote?.participation === 'speak'
      ? 'hybrid'
      : 'in-person';

  const reference = announcement.issued
    ? { date: datePart(announcement.issued), fromIssued: true }
    : { date: options.asOf, fromIssued: false };

  const startDate = first.startLocal.date;
  let endDate: PlainDate | null = null;
  if (end) endDate = clock.localTime(end, last.startOffset ?? zone ?? 'UTC').date;

  const regions = announcement.invitees?.regions ?? [];
  const regionCount = regions.includes('global') ? Object.keys(REGION_ZONES).length : new Set(regions).size;

  return {
    announcement,
    mode,
    meetingZone: zone,
    sessions,
    start: first.start,
    end,
    meetingMinutes: allTimed ? sessions.reduce((sum, s) => sum + (s.minutes ?? 0), 0) : null,
    startDate,
    endDate,
    reference,
    noticeDays: calendarDaysBetween(reference.date, startDate),
    noticeWorkingDays: workingDaysBetween(reference.date, startDate),
    inviteeZones: inviteeZonesOf(announcement.invitees),
    regionCount,
    locate: options.locate,
    clock,
  };
}

/** Words every finding that counts from the reference date adds in a draft. */
export function referenceNote(facts: Facts): string {
  return facts.reference.fromIssued ? '' : ` (no \`issued\` date: counted from ${facts.reference.date}, the --as-of date)`;
}

/** The clock a session is written in: the meeting's zone, else the fixed offset of its own start. */
function clockOf(facts: Facts, session: Session): string | number {
  return facts.meetingZone || (session.startOffset ?? 0);
}

function zoneTime(clock: ZoneClock, zone: string, start: Date, end: Date): ZoneTime {
  const localStart = clock.localTime(start, zone);
  const localEnd = clock.localTime(end, zone);
  return {
    zone,
    start: `${localStart.date} ${localStart.time}`,
    end: `${localEnd.date} ${localEnd.time}`,
    startMinute: localStart.minuteOfDay,
    endMinute: calendarDaysBetween(localStart.date, localEnd.date) * 1440 + localEnd.minuteOfDay,
  };
}

/** The dates and local times that reports draw (timeline, time-zone strip), in plain values. */
export function documentFactsOf(facts: Facts): DocumentFacts {
  const { announcement } = facts;
  const stamp = (instant: Date, clock: string | number) => {
    const local = facts.clock.localTime(instant, clock);
    return `${local.date} ${local.time}`;
  };
  const decision = announcement.framework?.feeds_into;
  return {
    mode: facts.mode,
    meetingZone: facts.meetingZone,
    sent: { date: facts.reference.date, fromIssued: facts.reference.fromIssued },
    registrationDeadline: announcement.meeting.registration_deadline === undefined ? null : datePart(announcement.meeting.registration_deadline),
    documents: (announcement.documents ?? []).map((document) => ({ title: document.title, published: document.published })),
    sessions: facts.sessions.map((session) => {
      const clock = clockOf(facts, session);
      return {
        start: stamp(session.start, clock),
        end: session.end ? stamp(session.end, clock) : null,
        minutes: session.minutes,
        zones: (facts.inviteeZones ?? []).map((zone) => zoneTime(facts.clock, zone, session.start, session.end ?? session.start)),
      };
    }),
    startDate: facts.startDate,
    endDate: facts.endDate,
    decision: decision ? { name: decision.name, date: decision.date ?? null } : null,
    noticeDays: facts.noticeDays,
    inviteeZones: facts.inviteeZones,
  };
}
