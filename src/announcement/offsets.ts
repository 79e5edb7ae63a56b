// A zone's offset from UTC at any instant, from the tz database bundled in zone-rules.ts: the changes its compiled
// file lists, then its rule for the years after the last one (its POSIX TZ rule, RFC 8536, 3.3). Offsets are in
// seconds east of UTC, as tzdata gives them (local mean times have seconds: Bern's was +00:34:08).
import { ZONE_RULES } from './zone-rules.js';
import { TZDATA_VERSION } from './zone-table.js';

/** A zone's offsets: `at(instant)` in seconds east of UTC, for an instant in milliseconds since 1970. */
export interface ZoneOffsets {
  at(instant: number): number;
}

const UTC: ZoneOffsets = { at: () => 0 };

/** UTC's offsets, under either of its names; undefined for any other name. */
export function utcOffsets(zone: string): ZoneOffsets | undefined {
  return zone === 'UTC' || zone === 'Etc/UTC' ? UTC : undefined;
}

/** The zones the bundled database has, and UTC. */
export function isTabledZone(zone: string): boolean {
  return utcOffsets(zone) !== undefined || Object.hasOwn(ZONE_RULES, zone);
}

/** The bundled zone's offsets (UTC's included), or undefined for a zone the bundle does not have. */
export function tabledOffsets(zone: string): ZoneOffsets | undefined {
  return utcOffsets(zone) ?? (Object.hasOwn(ZONE_RULES, zone) ? readRecord(ZONE_RULES[zone]!()) : undefined);
}

/** A record of zone-rules.ts: `offsets;kinds;times;rule` (the generator, src/tools/zone-table.mjs, says how). */
function readRecord(text: string): ZoneOffsets {
  const [offsetText, kindText, timeText, ruleText] = text.split(';') as [string, string, string, string];
  const offsets = offsetText.split(',').map(Number);
  const before = offsets[parseInt(kindText[0]!, 36)]!;
  const times: number[] = [];
  const after: number[] = [];
  let time = 0;
  for (const [i, step] of (timeText === '' ? [] : timeText.split(',')).entries()) {
    times.push((time += parseInt(step, 36)));
    after.push(offsets[parseInt(kindText[i + 1]!, 36)]!);
  }
  const rule = readRule(ruleText);
  const last = times.length > 0 ? times[times.length - 1]! : -Infinity;
  return {
    at(instant) {
      const seconds = Math.floor(instant / 1000);
      if (seconds > last) return rule(seconds);
      // The last change at or before the instant.
      let lo = 0;
      let hi = times.length;
      while (lo < hi) {
        const middle = (lo + hi) >>> 1;
        if (times[middle]! <= seconds) lo = middle + 1;
        else hi = middle;
      }
      return lo === 0 ? before : after[lo - 1]!;
    },
  };
}

/**
 * A zone's rule for the years after its last listed change, as the generator writes it from the POSIX TZ rule of
 * the compiled zone (RFC 8536, 3.3): its standard offset, or it, the summer offset, and the start and end of summer
 * time, each as month, week (5: the last), weekday (0: Sunday) and time of day, in seconds, on the clock that
 * holds until then. A time may be negative or past 24:00, and summer time may be behind standard time (Ireland's
 * winter "GMT" is its summer time, by law). The function gives the offset at an instant (seconds since 1970).
 */
function readRule(text: string): (seconds: number) => number {
  const [standard, summer, ...changes] = text.split(',').map(Number) as [number, number?, ...number[]];
  if (summer === undefined) return () => standard;
  const [startMonth, startWeek, startWeekday, startTime, endMonth, endWeek, endWeekday, endTime] = changes as [number, number, number, number, number, number, number, number];
  return (seconds) => {
    const year = new Date(seconds * 1000).getUTCFullYear();
    const starts = changeInYear(year, startMonth, startWeek, startWeekday) + startTime - standard;
    const ends = changeInYear(year, endMonth, endWeek, endWeekday) + endTime - summer;
    const inSummer = starts < ends ? seconds >= starts && seconds < ends : !(seconds >= ends && seconds < starts);
    return inSummer ? summer : standard;
  };
}

/** The start of the `week`th `weekday` of a month (5: its last), in seconds since 1970 as if it were UTC. */
function changeInYear(year: number, month: number, week: number, weekday: number): number {
  const first = dayNumber(year, month);
  const firstWeekday = (((first + 4) % 7) + 7) % 7; // day 0, 1970-01-01, was a Thursday
  let day = first + ((weekday - firstWeekday + 7) % 7) + (week - 1) * 7;
  const monthDays = dayNumber(year, month + 1) - first;
  while (day - first >= monthDays) day -= 7;
  return day * 86_400;
}

/** The day number (days since 1970-01-01) of the first of a month; years 0 to 99 are those years (not Date.UTC's 1900s). */
function dayNumber(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, 1);
  return date.getTime() / 86_400_000;
}

/**
 * A zone's offset (seconds east of UTC) at an instant as this runtime's Intl gives it, or undefined for a name Intl
 * does not know. Each reading formats a date, about a microsecond: ZoneClock remembers what it read.
 */
export function intlOffsetReader(zone: string): ((instant: number) => number) | undefined {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
  } catch {
    return undefined;
  }
  return (instant) => {
    // "1/1/2026, GMT+05:30", "GMT-00:25:21" (a local mean time), or "GMT" for UTC itself.
    const text = format.format(instant).split('GMT')[1] ?? '';
    if (text === '') return 0;
    const [hours = 0, minutes = 0, seconds = 0] = text.slice(1).split(':').map(Number);
    return (text.startsWith('-') ? -1 : 1) * (hours * 3600 + minutes * 60 + seconds);
  };
}

/** Where a clock reads offsets: the bundled tz release, or this runtime's Intl (for the zones the bundle has). */
export type OffsetSource = 'bundled' | 'runtime';

/**
 * The newer of the two: the bundled release, unless this runtime's Intl has a later one (`process.versions.tz`,
 * which Node.js gives and a browser does not), since the later release is the one that knows the latest changes
 * of law. tz releases are named by year and a letter (2026d), so that names compare as their order.
 */
export function newerOffsetSource(runtimeRelease: string | undefined): OffsetSource {
  return runtimeRelease !== undefined && /^\d{4}[a-z]+$/.test(runtimeRelease) && runtimeRelease > TZDATA_VERSION ? 'runtime' : 'bundled';
}
