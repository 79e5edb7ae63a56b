// Calendar arithmetic on plain dates (YYYY-MM-DD) and conversions between local times and instants.
// Plain dates are counted as day numbers (days since 1970-01-01, UTC), so no time zone can shift them and
// no Date object is made per step: this runs for every announcement, many times, and is the hot path.
// The working-day functions follow date-fns' differenceInBusinessDays and addBusinessDays exactly
// (tests/announcement/dates.test.ts checks them against date-fns).
import { TZDate, tzOffset } from '@date-fns/tz';
import { isIanaTimeZone, parseDateOrDateTime, utcMilliseconds, type DateTimeParts, type PlainDateParts } from './values.js';

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

export interface LocalTime {
  date: PlainDate;
  /** `HH:MM` */
  time: string;
  /** Minutes since local midnight. */
  minuteOfDay: number;
}

/** A stretch of time read on one clock. */
export interface LocalSpan {
  start: LocalTime;
  end: LocalTime;
  /** Minutes from local midnight of the start day to the start and to the end (over 1440 when it ends a day later). */
  startMinute: number;
  endMinute: number;
}

/** The first minute of year 0 on a wall clock (minutes since 1970): before it, date texts count days otherwise. */
const YEAR_0_MINUTE = Date.parse('0000-01-01T00:00Z') / 60_000;

/** Offsets as tzOffset gives them; an unknown zone gives NaN, and NaN counts as one offset here. */
const sameOffset = (a: number, b: number) => a === b || (a !== a && b !== b);

/** A UTC day in which a zone's offset changes, at the millisecond `at`. */
interface Change {
  before: number;
  at: number;
  after: number;
}

const offsetAt = (zone: string, instant: number) => tzOffset(zone, new Date(instant));

/** A zone's offset all through a UTC day, or, when it differs at the two ends, the millisecond it changes. */
function readDay(zone: string, day: number): number | Change {
  let lo = day * DAY_MS;
  let hi = lo + DAY_MS - 1;
  const before = offsetAt(zone, lo);
  let after = offsetAt(zone, hi);
  if (sameOffset(before, after)) return before;
  // The offset is `before` at `lo` and not at `hi`.
  while (hi - lo > 1) {
    const middle = lo + Math.floor((hi - lo) / 2);
    const offset = offsetAt(zone, middle);
    if (sameOffset(offset, before)) lo = middle;
    else {
      hi = middle;
      after = offset;
    }
  }
  return { before, at: hi, after };
}

/**
 * Time-zone offsets read from Intl (through @date-fns/tz's tzOffset), and what follows from them: local times of
 * instants, instants of local times. One instance is meant to serve many announcements: it remembers, per zone and
 * UTC day, the offset that holds all through the day (read at both ends of it: two changes within one day never
 * happen), or the millisecond the offset changes that day (found by halving the day). It remembers at most
 * `maxDays` zone-days, and forgets them all when it would exceed that. Two instances share nothing.
 */
export class ZoneClock {
  readonly maxDays: number;
  readonly #days = new Map<string, Map<number, number | Change>>();
  #dayCount = 0;

  constructor(options: { maxDays?: number } = {}) {
    this.maxDays = options.maxDays ?? 50_000;
  }

  /** How many zone-days the clock remembers now (at most `maxDays`). */
  get rememberedDays(): number {
    return this.#dayCount;
  }

  /** The zone's offset in minutes at an instant (ms), exactly as tzOffset gives it (NaN for a zone Intl does not know). */
  offset(zone: string, instant: number): number {
    const offset = this.#dayOffset(zone, Math.floor(instant / DAY_MS));
    return typeof offset === 'number' ? offset : instant < offset.at ? offset.before : offset.after;
  }

  /** The offset that holds all through a UTC day (a day number), or the change in it. */
  #dayOffset(zone: string, day: number): number | Change {
    let days = this.#days.get(zone);
    let known = days?.get(day);
    if (known === undefined) {
      if (this.#dayCount >= this.maxDays) {
        this.#days.clear();
        this.#dayCount = 0;
        days = undefined;
      }
      if (!days) this.#days.set(zone, (days = new Map()));
      known = readDay(zone, day);
      days.set(day, known);
      this.#dayCount++;
    }
    return known;
  }

  /** The zone's offset when it holds all through the UTC day of `instant` and the days either side; else NaN. */
  #steadyOffset(zone: string, instant: number): number {
    const day = Math.floor(instant / DAY_MS);
    const offset = this.#dayOffset(zone, day);
    if (typeof offset !== 'number') return Number.NaN;
    for (const other of [day - 1, day + 1]) {
      const steady = this.#dayOffset(zone, other);
      if (typeof steady !== 'number' || !sameOffset(steady, offset)) return Number.NaN;
    }
    return offset;
  }

  /** True for an IANA time zone name that this runtime knows (`Europe/Zurich`, `UTC`). */
  isKnownZone(zone: string): boolean {
    return isIanaTimeZone(zone);
  }

  /** The instant a datetime names: its own offset if it has one, else its local time in `zone`. */
  toInstant(parts: DateTimeParts, zone: string | null): Date {
    const wall = utcMilliseconds(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
    if (parts.offsetMinutes !== undefined) return new Date(wall - parts.offsetMinutes * 60_000);
    if (zone === null || zone === 'UTC') return new Date(wall);
    // When the zone keeps one whole-minute offset from the day before to the day after, the wall-clock time
    // names exactly one instant. Otherwise (a change near it, or an old local mean time) TZDate decides how
    // a skipped or repeated time reads.
    const offset = this.#steadyOffset(zone, wall);
    if (Number.isInteger(offset)) return new Date(wall - offset * 60_000);
    const local = new TZDate(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second, zone);
    // Like Date, TZDate reads years 0 to 99 as 1900 to 1999: set the year again, in the zone.
    if (parts.year < 100) local.setFullYear(parts.year, parts.month - 1, parts.day);
    return new Date(local.getTime());
  }

  /** The offset an instant is read at in an IANA zone (rounded to the second as TZDate rounds it), or a fixed one, in seconds. */
  #offsetSeconds(instant: number, zone: string | number): number {
    return typeof zone === 'number' ? zone * 60 : zone === 'UTC' ? 0 : Math.round(this.offset(zone, instant) * 60);
  }

  /** The wall-clock date and time of an instant in an IANA zone, or at a fixed offset in minutes. */
  localTime(instant: Date, zone: string | number): LocalTime {
    const local = new Date(instant.getTime() + this.#offsetSeconds(instant.getTime(), zone) * 1000);
    const hour = local.getUTCHours();
    const minute = local.getUTCMinutes();
    return {
      date: formatPlainDate({ year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() }),
      time: `${pad(hour)}:${pad(minute)}`,
      minuteOfDay: hour * 60 + minute,
    };
  }

  /**
   * A stretch of time read on one clock: the local start and end, and the minutes from local midnight of the start
   * day to each (more than 1440 when it ends on a later day).
   */
  localSpan(start: Date, end: Date, zone: string | number): LocalSpan {
    const localStart = this.localTime(start, zone);
    const localEnd = this.localTime(end, zone);
    return {
      start: localStart,
      end: localEnd,
      startMinute: localStart.minuteOfDay,
      endMinute: calendarDaysBetween(localStart.date, localEnd.date) * 1440 + localEnd.minuteOfDay,
    };
  }

  /**
   * The minutes of localSpan alone, from a start and an end in milliseconds, without making its dates and times:
   * for searches that try many starts.
   */
  spanMinutes(start: number, end: number, zone: string | number): { startMinute: number; endMinute: number } {
    const from = this.wallClockMinutes(start, zone);
    const to = this.wallClockMinutes(end, zone);
    // Before year 0, localSpan's date texts count days otherwise than wall-clock minutes: read them as it does.
    if (from < YEAR_0_MINUTE || to < YEAR_0_MINUTE) {
      const { startMinute, endMinute } = this.localSpan(new Date(start), new Date(end), zone);
      return { startMinute, endMinute };
    }
    const midnight = Math.floor(from / 1440) * 1440;
    return { startMinute: from - midnight, endMinute: to - midnight };
  }

  /**
   * The wall-clock time localTime reads, as one number: whole minutes since 1970-01-01 00:00 on the local clock
   * (milliseconds since the epoch given). Its day, Math.floor(minutes / 1440), is the day number of localTime's
   * date, and the rest its minuteOfDay, for every date of year 0 or later.
   */
  wallClockMinutes(instant: number, zone: string | number): number {
    return Math.floor((instant + this.#offsetSeconds(instant, zone) * 1000) / 60_000);
  }
}

/** Today's date in UTC: the default --as-of. Only the CLI calls this; rules never read the clock. */
export function todayUtc(now: Date): PlainDate {
  return fromDayNumber(Math.floor(now.getTime() / DAY_MS));
}

/** The instant a datetime names, for a one-off conversion (the schema's checks): a clock of its own, forgotten after. */
export function toInstant(parts: DateTimeParts, zone: string | null): Date {
  return new ZoneClock().toInstant(parts, zone);
}
