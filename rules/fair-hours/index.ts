import * as z from 'zod';
import { calendarDaysBetween, type LocalTime, type ZoneClock } from '../../src/announcement/dates.js';
import type { Facts, Session } from '../../src/announcement/facts.js';
import { defineRule } from '../../src/engine/define.js';
import type { FindingDraft } from '../../src/engine/types.js';
import page from './README.md?raw';

const CLOCK_FORM = 'a time of day in the form HH:MM, from 00:00 to 24:00';
const clock = (fallback: string, meaning: string) =>
  z
    .string()
    .regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, { error: `expected ${CLOCK_FORM}` })
    .default(fallback)
    .describe(meaning);

const options = z
  .strictObject({
    earliest: clock('06:00', 'The earliest local time (HH:MM) a session may start in any invitee zone.'),
    latest: clock('24:00', 'The latest local time (HH:MM, up to 24:00) a session may end in any invitee zone.'),
  })
  .refine((window) => minutesOf(window.earliest) < minutesOf(window.latest), {
    error: '`earliest` must be before `latest`',
    path: ['latest'],
  });

const SOURCE =
  'W3C guide "Organizing a distributed meeting": slots between 06:00 and midnight for each participant; rotate when that is impossible';

/** Minutes since midnight of an `HH:MM` clock time (24:00 is 1440). */
function minutesOf(clockTime: string): number {
  const [hours, minutes] = clockTime.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

function clockOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The zone a session is written in: the meeting's IANA zone, or the fixed offset of its start. */
function meetingClockOf(facts: Facts, session: Session): { zone: string | number; name: string } {
  if (facts.meetingZone) return { zone: facts.meetingZone, name: facts.meetingZone };
  const offset = session.startOffset ?? 0;
  const sign = offset < 0 ? '-' : '+';
  return { zone: offset, name: `UTC${sign}${clockOf(Math.abs(offset))}` };
}

interface LocalSpan {
  start: LocalTime;
  end: LocalTime;
  /** Minutes from the local start day's midnight to the end (more than 1440 when it ends the next day). */
  endMinute: number;
}

function localSpan(clock: ZoneClock, start: Date, end: Date, zone: string | number): LocalSpan {
  const localStart = clock.localTime(start, zone);
  const localEnd = clock.localTime(end, zone);
  return { start: localStart, end: localEnd, endMinute: calendarDaysBetween(localStart.date, localEnd.date) * 1440 + localEnd.minuteOfDay };
}

/** The first minute of year 0 on a wall clock (minutes since 1970): before it, localTime's dates read otherwise. */
const YEAR_0_MINUTE = Date.parse('0000-01-01T00:00Z') / 60_000;

/**
 * Minutes from local midnight of the start day to the start and to the end, as localSpan reads them but
 * without making its dates and times: this runs for every zone and every step of the search.
 */
function spanMinutes(clock: ZoneClock, start: number, end: number, zone: string | number): { startMinute: number; endMinute: number } {
  const from = clock.wallClockMinutes(start, zone);
  const to = clock.wallClockMinutes(end, zone);
  if (from < YEAR_0_MINUTE || to < YEAR_0_MINUTE) {
    const span = localSpan(clock, new Date(start), new Date(end), zone);
    return { startMinute: span.start.minuteOfDay, endMinute: span.endMinute };
  }
  const midnight = Math.floor(from / 1440) * 1440;
  return { startMinute: from - midnight, endMinute: to - midnight };
}

const fits = (span: { startMinute: number; endMinute: number }, earliest: number, latest: number) =>
  span.startMinute >= earliest && span.endMinute <= latest;

function describeSpan(zone: string, span: LocalSpan, sessionDate: string): string {
  if (span.start.date !== span.end.date && span.endMinute !== 1440) {
    return `${zone} ${span.start.time}–${span.end.time} (${span.start.date} to ${span.end.date})`;
  }
  const day = span.start.date === sessionDate ? '' : ` on ${span.start.date}`;
  return `${zone} ${span.start.time}–${span.endMinute === 1440 ? '24:00' : span.end.time}${day}`;
}

const STEP_MINUTES = 15;
const SEARCH_STEPS = 96; // 24 hours either side of the planned start

/** The first instant of year 100: before it, Date.UTC reads a year as 1900 and more, as offsetAt has always done. */
const YEAR_100_MS = Date.UTC(100, 0, 1);

function offsetAt(clock: ZoneClock, instant: Date, zone: string): number {
  const wall = clock.wallClockMinutes(instant.getTime(), zone) * 60_000;
  if (wall >= YEAR_100_MS) return (wall - instant.getTime()) / 60_000;
  const local = clock.localTime(instant, zone);
  const [year, month, day] = local.date.split('-').map(Number) as [number, number, number];
  return (Date.UTC(year, month - 1, day) + local.minuteOfDay * 60_000 - instant.getTime()) / 60_000;
}

/**
 * A zone's clock over the search period: when its offset is the same at both ends (no daylight-saving change
 * in between), a fixed offset, which is much cheaper to read than the zone rules; otherwise the zone itself.
 */
function clockOver(clock: ZoneClock, zone: string, from: Date, to: Date): string | number {
  const offset = offsetAt(clock, from, zone);
  return offset === offsetAt(clock, to, zone) ? offset : zone;
}

const DAY_MS = 86_400_000;

/** Whether a session from `start` to `end` (ms) falls in the window on a clock: a fixed offset or a zone. */
function fitsOn(zoneClock: ZoneClock, clock: string | number, start: number, end: number, earliest: number, latest: number): boolean {
  if (typeof clock === 'string') return fits(spanMinutes(zoneClock, start, end, clock), earliest, latest);
  // Minutes from local midnight of the start day to the start and to the end.
  const localStart = start + clock * 60_000;
  const dayStart = Math.floor(localStart / DAY_MS) * DAY_MS;
  return (localStart - dayStart) / 60_000 >= earliest && (end + clock * 60_000 - dayStart) / 60_000 <= latest;
}

/**
 * The start times, on the same day in the meeting's zone, at which a session of this length would fall in the
 * window in every zone: contiguous ranges of `HH:MM` in the meeting's clock.
 */
function fittingStarts(zoneClock: ZoneClock, session: Session, lengthMinutes: number, zones: readonly string[], meetingZone: string | number, earliest: number, latest: number): [string, string][] {
  // Instants as milliseconds: this loop runs 193 times for every zone.
  const planned = session.start.getTime();
  const searchFrom = new Date(planned + -SEARCH_STEPS * STEP_MINUTES * 60_000);
  const searchTo = new Date(planned + (SEARCH_STEPS * STEP_MINUTES + lengthMinutes) * 60_000);
  const clocks = zones.map((zone) => clockOver(zoneClock, zone, searchFrom, searchTo));
  const ranges: [string, string][] = [];
  let previousFit = false;
  for (let step = -SEARCH_STEPS; step <= SEARCH_STEPS; step++) {
    const start = planned + step * STEP_MINUTES * 60_000;
    const end = start + lengthMinutes * 60_000;
    let fit = true;
    for (const clock of clocks) {
      if (!fitsOn(zoneClock, clock, start, end, earliest, latest)) {
        fit = false;
        break;
      }
    }
    const startHere = fit ? zoneClock.localTime(new Date(start), meetingZone) : null;
    if (!startHere || startHere.date !== session.startLocal.date) {
      previousFit = false;
      continue;
    }
    if (previousFit) ranges[ranges.length - 1]![1] = startHere.time;
    else ranges.push([startHere.time, startHere.time]);
    previousFit = true;
  }
  return ranges;
}

export default defineRule({
  meta: {
    id: 'fair-hours',
    criterion: 'Fair hours',
    description: 'Every session of a meeting people join remotely falls between 06:00 and midnight local time in every invitee zone.',
    severity: 'warn',
    options,
    sources: [{ title: SOURCE }],
  },
  page,
  check(facts, opts) {
    if (facts.mode === 'in-person') return { status: 'not-applicable', findings: [] };
    const zones = facts.inviteeZones;
    if (!zones) {
      return {
        status: 'not-stated',
        findings: [
          {
            message: 'where the invitees are is not stated, so nobody can tell whether the hours suit those who join remotely',
            at: facts.locate(['invitees', 'regions']),
            evidence: { mode: facts.mode },
            remedy: 'state `invitees.regions` or `invitees.timezones`',
          },
        ],
      };
    }
    const windowEvidence = { earliest: opts.earliest, latest: opts.latest };
    const earliest = minutesOf(opts.earliest);
    const latest = minutesOf(opts.latest);
    const window = `${opts.earliest}–${opts.latest}`;
    const findings: FindingDraft[] = [];
    facts.sessions.forEach((session, index) => {
      const end = session.end ?? session.start;
      const outside: string[] = [];
      for (const zone of zones) {
        if (!fits(spanMinutes(facts.clock, session.start.getTime(), end.getTime(), zone), earliest, latest)) {
          outside.push(describeSpan(zone, localSpan(facts.clock, session.start, end, zone), session.startLocal.date));
        }
      }
      if (outside.length === 0) return;
      const meetingClock = meetingClockOf(facts, session);
      const here = localSpan(facts.clock, session.start, end, meetingClock.zone);
      const name = facts.sessions.length === 1 ? 'the meeting' : `session ${index + 1}`;
      const when = `${here.start.time}–${here.end.time} ${meetingClock.name} on ${here.start.date}`;
      const lengthMinutes = session.minutes ?? 0;
      const ranges = fittingStarts(facts.clock, session, lengthMinutes, zones, meetingClock.zone, earliest, latest);
      const remedy = ranges.length
        ? `start it ${ranges.map(([from, to]) => (from === to ? `at ${from}` : `between ${from} and ${to}`)).join(' or ')} ${meetingClock.name} time, which is within ${window} in every invitee zone`
        : `no start on ${here.start.date} puts a ${lengthMinutes}-minute session within ${window} in every invitee zone: split it into shorter sessions, or rotate the times so the same zones do not always take the unsociable hours`;
      findings.push({
        message: `${name} (${when}) falls outside ${window} local time in ${outside.length} of ${zones.length} invitee zones: ${outside.join(', ')}`,
        at: facts.locate([...session.path, 'start']),
        evidence: { start: session.start.toISOString(), end: end.toISOString(), earliest: opts.earliest, latest: opts.latest, zonesChecked: zones.length, zonesOutside: outside },
        remedy,
        source: SOURCE,
      });
    });
    return { status: findings.length ? 'fail' : 'pass', findings, evidence: windowEvidence };
  },
});
