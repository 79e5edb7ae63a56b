// Calendar arithmetic on plain dates (YYYY-MM-DD) and conversions between local times and instants.
// Plain dates are counted as day numbers (days since 1970-01-01, UTC), so no time zone can shift them and
// no Date object is made per step: this runs for every announcement, many times, and is the hot path.
// The working-day functions follow date-fns' differenceInBusinessDays and addBusinessDays exactly
// (tests/announcement/dates.test.ts checks them against date-fns).
import { TZDate, tzOffset } from '@date-fns/tz';
import { parseDateOrDateTime, type DateTimeParts, type PlainDateParts } from './values.js';

/** A calendar day, `YYYY-MM-DD`. */
export type PlainDate = string;

const DAY_MS = 86_400_000;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export function formatPlainDate(parts: PlainDateParts): PlainDate {
  return `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
}

/** The calendar day a (validated) date or datetime names, as written: `2005-04-18T09:00+02:00` -> `2005-04-18`. */
export function datePart(text: string): PlainDate {
  const parts = parseDateOrDateTime(text);
  if (!parts) throw new Error(`not a validated date: ${text}`);
  return formatPlainDate(parts);
}

/** Days since 1970-01-01 (proleptic Gregorian calendar; Howard Hinnant's days_from_civil). */
function dayNumber(date: PlainDate): number {
  const dash = date.indexOf('-', 1);
  let year = Number(date.slice(0, dash));
  const month = Number(date.slice(dash + 1, dash + 3));
  const day = Number(date.slice(dash + 4, dash + 6));
  if (month <= 2) year -= 1;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function fromDayNumber(days: number): PlainDate {
  const date = new Date(days * DAY_MS);
  return formatPlainDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

/**
 * A zone's offset in minutes at an instant. Offsets change at most once a day, so the offset found at both
 * ends of a UTC day holds for all of it: one cache entry per zone and day serves every rule and every file
 * that asks about that day, and only days with a change ask Intl for each instant.
 */
const offsetsByZone = new Map<string, Map<number, number>>();
function zoneOffset(zone: string, instant: number): number {
  let days = offsetsByZone.get(zone);
  if (!days) offsetsByZone.set(zone, (days = new Map()));
  const day = Math.floor(instant / DAY_MS);
  let offset = days.get(day);
  if (offset === undefined) {
    const first = tzOffset(zone, new Date(day * DAY_MS));
    const last = tzOffset(zone, new Date((day + 1) * DAY_MS - 1));
    offset = first === last ? first : Number.NaN;
    days.set(day, offset);
  }
  return Number.isNaN(offset) ? tzOffset(zone, new Date(instant)) : offset;
}

/** The offset of a day with no change in it, or NaN. */
function zoneDayOffset(zone: string, instant: number): number {
  zoneOffset(zone, instant);
  return offsetsByZone.get(zone)!.get(Math.floor(instant / DAY_MS))!;
}

/** 0 = Sunday ... 6 = Saturday; day 0 (1970-01-01) was a Thursday. */
const weekday = (days: number) => (((days + 4) % 7) + 7) % 7;
const isWeekend = (days: number) => {
  const day = weekday(days);
  return day === 0 || day === 6;
};

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: PlainDate, to: PlainDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Working days (Monday to Friday) from `from` to `to`. */
export function workingDaysBetween(from: PlainDate, to: PlainDate): number {
  const earlier = dayNumber(from);
  const later = dayNumber(to);
  const diff = later - earlier;
  const sign = diff < 0 ? -1 : 1;
  const weeks = Math.trunc(diff / 7);
  let result = weeks * 5;
  for (let day = earlier + weeks * 7; day !== later; day += sign) if (!isWeekend(day)) result += sign;
  return result === 0 ? 0 : result;
}

export function addDays(date: PlainDate, days: number): PlainDate {
  return fromDayNumber(dayNumber(date) + days);
}

export function addWorkingDays(date: PlainDate, days: number): PlainDate {
  const start = dayNumber(date);
  const sign = days < 0 ? -1 : 1;
  let day = start + Math.trunc(days / 5) * 7;
  for (let rest = Math.abs(days % 5); rest > 0; ) {
    day += sign;
    if (!isWeekend(day)) rest--;
  }
  // As date-fns does: starting on a weekend and landing on one, step to the nearest working day.
  if (isWeekend(start) && isWeekend(day) && days !== 0) {
    if (weekday(day) === 6) day += sign < 0 ? 2 : -1;
    if (weekday(day) === 0) day += sign < 0 ? 1 : -2;
  }
  return fromDayNumber(day);
}

/** The instant a datetime names: its own offset if it has one, else its local time in `zone`. */
export function toInstant(parts: DateTimeParts, zone: string | null): Date {
  if (parts.offsetMinutes !== undefined) {
    const utc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
    return new Date(utc - parts.offsetMinutes * 60_000);
  }
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  if (zone === null || zone === 'UTC') return new Date(wall);
  // When the zone keeps one whole-minute offset from the day before to the day after, the wall-clock time
  // names exactly one instant. Otherwise (a change near it, or an old local mean time) TZDate decides how
  // a skipped or repeated time reads.
  const offset = steadyOffset(zone, wall);
  if (parts.year >= 100 && Number.isInteger(offset)) return new Date(wall - offset * 60_000);
  const local = new TZDate(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second, zone);
  return new Date(local.getTime());
}

/** The zone's offset when it is the same on the day of `instant` and on the days either side; else NaN. */
function steadyOffset(zone: string, instant: number): number {
  const offset = zoneDayOffset(zone, instant);
  return zoneDayOffset(zone, instant - DAY_MS) === offset && zoneDayOffset(zone, instant + DAY_MS) === offset ? offset : Number.NaN;
}

export interface LocalTime {
  date: PlainDate;
  /** `HH:MM` */
  time: string;
  /** Minutes since local midnight. */
  minuteOfDay: number;
}

/** The wall-clock date and time of an instant in an IANA zone, or at a fixed offset in minutes. */
export function localTime(instant: Date, zone: string | number): LocalTime {
  // The zone's offset at that instant, rounded to the second as TZDate rounds it.
  const offsetSeconds =
    typeof zone === 'number' ? zone * 60 : zone === 'UTC' ? 0 : Math.round(zoneOffset(zone, instant.getTime()) * 60);
  const local = new Date(instant.getTime() + offsetSeconds * 1000);
  const hour = local.getUTCHours();
  const minute = local.getUTCMinutes();
  return {
    date: formatPlainDate({ year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() }),
    time: `${pad(hour)}:${pad(minute)}`,
    minuteOfDay: hour * 60 + minute,
  };
}

/** Today's date in UTC: the default --as-of. Only the CLI calls this; rules never read the clock. */
export function todayUtc(now: Date): PlainDate {
  return fromDayNumber(Math.floor(now.getTime() / DAY_MS));
}
