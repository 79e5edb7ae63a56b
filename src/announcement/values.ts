// Parsers for the scalar value forms of format v1 (dates, datetimes, durations, time zones).
// Each returns a parsed value or null; the schema turns null into a message that shows the expected form.
import { isTabledZone } from './offsets.js';

export interface PlainDateParts {
  year: number;
  month: number;
  day: number;
}

export interface DateTimeParts extends PlainDateParts {
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC when the text carries `Z` or `+hh:mm`; undefined for a local time. */
  offsetMinutes: number | undefined;
}

/** A rejected value as messages echo it: in quotes, cut short after 40 characters (it is the announcement's text). */
export function quoted(text: string): string {
  return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * Date.UTC for every year: Date.UTC reads years 0 to 99 as 1900 to 1999, which would put `0050-03-01` in 1950 and
 * reject `0000-02-29` (year 0 is a leap year in the proleptic Gregorian calendar, 1900 is not).
 */
export function utcMilliseconds(year: number, monthIndex: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(utcMilliseconds(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

export function parsePlainDate(text: string): PlainDateParts | null {
  const match = DATE_RE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isCalendarDay(year, month, day) ? { year, month, day } : null;
}

export function parseDateTime(text: string): DateTimeParts | null {
  const match = DATETIME_RE.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(match[i])) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = match[6] === undefined ? 0 : Number(match[6]);
  if (!isCalendarDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  const offsetText = match[7];
  let offsetMinutes: number | undefined;
  if (offsetText === 'Z') offsetMinutes = 0;
  else if (offsetText !== undefined) {
    const sign = offsetText.startsWith('-') ? -1 : 1;
    const hours = Number(offsetText.slice(1, 3));
    const minutes = Number(offsetText.slice(4, 6));
    if (hours > 14 || minutes > 59) return null;
    offsetMinutes = sign * (hours * 60 + minutes);
  }
  return { year, month, day, hour, minute, second, offsetMinutes };
}

const MONTH_RE = /^(\d{4})-(\d{2})$/;

/** A month, `2013-12` (format v2's `issued` may be known only to the month). */
export function parseMonth(text: string): { year: number; month: number } | null {
  const match = MONTH_RE.exec(text);
  if (!match) return null;
  const [year, month] = [Number(match[1]), Number(match[2])];
  return month >= 1 && month <= 12 ? { year, month } : null;
}

/** A date or a datetime: `issued` and `registration_deadline` take either. */
export function parseDateOrDateTime(text: string): DateTimeParts | null {
  const date = parsePlainDate(text);
  if (date) return { ...date, hour: 0, minute: 0, second: 0, offsetMinutes: undefined };
  return parseDateTime(text);
}

const ISO_DURATION_RE = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const SHORT_DURATION_RE = /^(?:(\d+)h)?(?:(\d+)m)?$/;

/** Minutes in an ISO 8601 duration (`PT3H`, `PT1H30M`) or a short form (`3h`, `90m`, `1h30m`). */
export function parseDurationMinutes(text: string): number | null {
  const iso = ISO_DURATION_RE.exec(text);
  if (iso && text !== 'P' && !text.endsWith('T')) {
    const [days, hours, minutes, seconds] = [1, 2, 3, 4].map((i) => Number(iso[i] ?? 0)) as [
      number,
      number,
      number,
      number,
    ];
    return days * 1440 + hours * 60 + minutes + seconds / 60;
  }
  const short = SHORT_DURATION_RE.exec(text);
  if (short && text !== '') {
    return Number(short[1] ?? 0) * 60 + Number(short[2] ?? 0);
  }
  return null;
}

/** True for an IANA time zone name that the bundled tz database or this runtime knows (`Europe/Zurich`, `UTC`). */
export function isIanaTimeZone(name: string): boolean {
  // Offsets such as "+02:00" are accepted by Intl in some runtimes but are not IANA names.
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  if (isTabledZone(name)) return true;
  // Other names (older aliases, or no zone at all) only Intl can tell.
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
