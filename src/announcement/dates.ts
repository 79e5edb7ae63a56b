// Calendar arithmetic on plain dates (YYYY-MM-DD) and conversions between local times and instants.
// Plain dates are held as TZDate in UTC so that date-fns counts days without the host's time zone.
import { TZDate } from '@date-fns/tz';
import { addBusinessDays } from 'date-fns/addBusinessDays';
import { addDays as addCalendarDays } from 'date-fns/addDays';
import { differenceInBusinessDays } from 'date-fns/differenceInBusinessDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseDateOrDateTime, type DateTimeParts, type PlainDateParts } from './values.js';

/** A calendar day, `YYYY-MM-DD`. */
export type PlainDate = string;

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

function toUtcDay(date: PlainDate): TZDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new TZDate(year, month - 1, day, 'UTC');
}

function fromUtcDay(date: Date): PlainDate {
  const day = new TZDate(date, 'UTC');
  return formatPlainDate({ year: day.getFullYear(), month: day.getMonth() + 1, day: day.getDate() });
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: PlainDate, to: PlainDate): number {
  return differenceInCalendarDays(toUtcDay(to), toUtcDay(from));
}

/** Working days (Monday to Friday) from `from` to `to`. */
export function workingDaysBetween(from: PlainDate, to: PlainDate): number {
  return differenceInBusinessDays(toUtcDay(to), toUtcDay(from));
}

export function addDays(date: PlainDate, days: number): PlainDate {
  return fromUtcDay(addCalendarDays(toUtcDay(date), days));
}

export function addWorkingDays(date: PlainDate, days: number): PlainDate {
  return fromUtcDay(addBusinessDays(toUtcDay(date), days));
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
  const local =
    typeof zone === 'number'
      ? new TZDate(instant.getTime() + zone * 60_000, 'UTC')
      : new TZDate(instant.getTime(), zone);
  const hour = local.getHours();
  const minute = local.getMinutes();
  return {
    date: formatPlainDate({ year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() }),
    time: `${pad(hour)}:${pad(minute)}`,
    minuteOfDay: hour * 60 + minute,
  };
}

/** Today's date in UTC: the default --as-of. Only the CLI calls this; rules never read the clock. */
export function todayUtc(now: Date): PlainDate {
  return fromUtcDay(now);
}
