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

/** Days since 1970-01-01. */
function dayNumber(date: PlainDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return Math.round(utc.getTime() / DAY_MS);
}

function fromDayNumber(days: number): PlainDate {
  const date = new Date(days * DAY_MS);
  return formatPlainDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
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
  const local = new TZDate(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second, zone ?? 'UTC');
  return new Date(local.getTime());
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
    typeof zone === 'number' ? zone * 60 : zone === 'UTC' ? 0 : Math.round(tzOffset(zone, instant) * 60);
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
