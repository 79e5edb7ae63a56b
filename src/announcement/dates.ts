// Calendar arithmetic on plain dates (YYYY-MM-DD) and conversions between local times and instants.
// Plain dates are counted as day numbers (days since 1970-01-01, UTC), so no time zone can shift them and
// no Date object is made per step: this runs for every announcement, many times, and is the hot path.
// The working-day functions follow date-fns' differenceInBusinessDays and addBusinessDays exactly
// (tests/announcement/dates.test.ts checks them against date-fns).
import { intlOffsetReader, newerOffsetSource, tabledOffsets, utcOffsets, type OffsetSource, type ZoneOffsets } from './offsets.js';
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

/** A UTC day in which a zone's offset (read through Intl) changes, at the millisecond `at`. */
interface Change {
  before: number;
  at: number;
  after: number;
}

/** A zone's offset all through a UTC day, or, when it differs at the two ends, the millisecond it changes. */
function readDay(read: (instant: number) => number, day: number): number | Change {
  let lo = day * DAY_MS;
  let hi = lo + DAY_MS - 1;
  const before = read(lo);
  let after = read(hi);
  if (before === after) return before;
  // The offset is `before` at `lo` and not at `hi`.
  while (hi - lo > 1) {
    const middle = lo + Math.floor((hi - lo) / 2);
    const offset = read(middle);
    if (offset === before) lo = middle;
    else {
      hi = middle;
      after = offset;
    }
  }
  return { before, at: hi, after };
}

/**
 * Time-zone offsets and what follows from them: local times of instants, instants of local times. The offsets
 * come from the tz database release bundled with the command (zone-rules.ts, read by offsets.ts), or, where this
 * runtime's Intl has a later release, from Intl (`source`: newerOffsetSource decides unless told); a name the
 * bundle does not have (an older alias) is read through Intl either way. One instance is meant to serve many
 * announcements: it remembers each zone it was asked about, up to `maxZones`, and of the zones it reads through
 * Intl, per UTC day, the offset that holds all day (read at both ends of it: two changes within one day never
 * happen) or the millisecond it changes, up to `maxDays` zone-days; it forgets all of either when it would exceed
 * its bound. Two instances share nothing.
 */
export class ZoneClock {
  readonly source: OffsetSource;
  readonly maxZones: number;
  readonly maxDays: number;
  readonly #zones = new Map<string, ZoneOffsets | null>();
  readonly #days = new Map<string, Map<number, number | Change>>();
  #dayCount = 0;

  constructor(options: { source?: OffsetSource; maxZones?: number; maxDays?: number } = {}) {
    this.source = options.source ?? newerOffsetSource(globalThis.process?.versions?.tz);
    this.maxZones = options.maxZones ?? 1000;
    this.maxDays = options.maxDays ?? 50_000;
  }

  /** How many zones the clock remembers now (at most `maxZones`). */
  get rememberedZones(): number {
    return this.#zones.size;
  }

  /** How many zone-days read through Intl the clock remembers now (at most `maxDays`). */
  get rememberedDays(): number {
    return this.#dayCount;
  }

  /** The zone's offsets, or null for a name that is no zone. */
  #zone(zone: string): ZoneOffsets | null {
    let offsets = this.#zones.get(zone);
    if (offsets === undefined) {
      if (this.#zones.size >= this.maxZones) this.#zones.clear();
      // UTC needs no table, and no Intl either.
      offsets = (this.source === 'bundled' ? tabledOffsets(zone) : utcOffsets(zone)) ?? this.#intlZone(zone);
      this.#zones.set(zone, offsets);
    }
    return offsets;
  }

  /** A zone read through Intl, remembered by UTC day; null for a name Intl does not know. */
  #intlZone(zone: string): ZoneOffsets | null {
    const read = intlOffsetReader(zone);
    if (!read) return null;
    return {
      at: (instant) => {
        const known = this.#intlDay(zone, read, Math.floor(instant / DAY_MS));
        return typeof known === 'number' ? known : instant < known.at ? known.before : known.after;
      },
    };
  }

  #intlDay(zone: string, read: (instant: number) => number, day: number): number | Change {
    let days = this.#days.get(zone);
    let known = days?.get(day);
    if (known === undefined) {
      if (this.#dayCount >= this.maxDays) {
        this.#days.clear();
        this.#dayCount = 0;
        days = undefined;
      }
      if (!days) this.#days.set(zone, (days = new Map()));
      known = readDay(read, day);
      days.set(day, known);
      this.#dayCount++;
    }
    return known;
  }

  /** The offset an instant is read at in an IANA zone, or a fixed one (minutes), in seconds; NaN for no zone. */
  #offsetSeconds(instant: number, zone: string | number): number {
    if (typeof zone === 'number') return zone * 60;
    if (!Number.isFinite(instant)) return Number.NaN;
    return this.#zone(zone)?.at(instant) ?? Number.NaN;
  }

  /** The zone's offset in minutes at an instant (ms); a local mean time has seconds (Bern's: 34 + 8/60); NaN for no zone. */
  offset(zone: string, instant: number): number {
    return this.#offsetSeconds(instant, zone) / 60;
  }

  /** True for an IANA time zone name that the bundled database or this runtime knows (`Europe/Zurich`, `UTC`). */
  isKnownZone(zone: string): boolean {
    return isIanaTimeZone(zone);
  }

  /**
   * The instant a datetime names: its own offset if it has one, else its local time in `zone`. A local time the
   * clocks skip (when summer time starts) is read on the clock before the change, so 02:30 on a night the clocks
   * go from 02:00 to 03:00 is 03:30 summer time; a local time that comes twice (when they go back) is the first
   * of the two. That is how RFC 5545 reads such times, and Temporal's `compatible`.
   */
  toInstant(parts: DateTimeParts, zone: string | null): Date {
    const wall = utcMilliseconds(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
    if (parts.offsetMinutes !== undefined) return new Date(wall - parts.offsetMinutes * 60_000);
    if (zone === null) return new Date(wall);
    // The offsets a day either side of the wall-clock time (no zone changes twice within two days): when they are
    // the same, the time names one instant; otherwise it is read at the offset that holds at the instant it then
    // names, the earlier if both do, and at the one before the change if neither does (a skipped time).
    const earlier = this.#offsetSeconds(wall - DAY_MS, zone);
    const later = this.#offsetSeconds(wall + DAY_MS, zone);
    const first = wall - earlier * 1000;
    if (earlier === later) return new Date(first);
    const second = wall - later * 1000;
    const firstHolds = this.#offsetSeconds(first, zone) === earlier;
    const secondHolds = this.#offsetSeconds(second, zone) === later;
    if (firstHolds && secondHolds) return new Date(Math.min(first, second));
    return new Date(secondHolds ? second : first);
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
