// Calendar arithmetic on plain dates (YYYY-MM-DD) and conversions between local times and instants.
// Plain dates are counted as day numbers (days since 1970-01-01, UTC), so no time zone can shift them and
// no Date object is made per step: this runs for every announcement, many times, and is the hot path.
// The working-day functions follow date-fns' differenceInBusinessDays and addBusinessDays exactly
// (tests/announcement/dates.test.ts checks them against date-fns).
import { TZDate, tzOffset } from '@date-fns/tz';
import { isListedZone, parseDateOrDateTime, type DateTimeParts, type PlainDateParts } from './values.js';

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
 * A zone's offsets, read from Intl (through @date-fns/tz's tzOffset) once per zone and period of 364 days:
 * the offset is sampled every 4 days, and where two samples differ a binary search finds the exact
 * millisecond of each change (to the minute first: changes fall on whole minutes, but for local mean times).
 * A period then answers any instant by lookup, for about 91 Intl calls and 15 more per change, where asking
 * per day cost two calls for every new day. It assumes that no offset holds for less than 4 days between two
 * changes: the shortest in tzdata from 1850 to 2060 last 7 days less an hour (Brazil, October 2000; Gaza and
 * Hebron, from 2040), and tests/announcement/dates.test.ts checks those.
 */
const SAMPLE_MS = 4 * DAY_MS;
const SAMPLES = 91;
const PERIOD_MS = SAMPLES * SAMPLE_MS;
const MINUTE_MS = 60_000;

interface Period {
  /** The instants from which each offset holds, in order; the first is the period's start. */
  starts: number[];
  offsets: number[];
  end: number;
}

interface ZoneOffsets {
  periods: Map<number, Period>;
  /** Per period not yet scanned: how many days were asked about one by one. */
  daysAsked: Map<number, number>;
  /** The stretch of one offset read last: [from, to). Rules read the same few days of a zone over and over. */
  from: number;
  to: number;
  offset: number;
}

const offsetsByZone = new Map<string, ZoneOffsets>();

/**
 * The first Intl date format a process makes costs about 25 ms of ICU locale data: a quarter of a one-file run.
 * Zone offsets need no locale: V8 reads the offset of the zone TZ names from ICU's zone data, and Node re-reads TZ
 * when it changes. So the command's first lookups set TZ for a moment (then put it back) instead of asking Intl,
 * until Intl's one-off cost is the smaller one. Only when turned on (the command does, in its main thread, where
 * no other code runs meanwhile), only for zone names Intl lists, and only from 1973: earlier offsets may have
 * seconds, which tzOffset drops. tests/announcement/dates.test.ts checks that both give the same offsets.
 */
let processZoneLookups = 0;

/** Lets the next `lookups` offset look-ups of this thread read the process time zone instead of Intl (see above). */
export function readFirstOffsetsFromProcessZone(lookups: number): void {
  processZoneLookups = lookups;
}


const FROM_1973 = Date.UTC(1973, 0, 1);

/** The zone's offset in minutes, read from the process time zone: what tzOffset gives for a listed zone from 1973. */
export function processZoneOffset(zone: string, instant: number): number {
  const saved = process.env.TZ;
  process.env.TZ = zone;
  try {
    return 0 - new Date(instant).getTimezoneOffset();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

/** The zone's offset in minutes at an instant, as tzOffset gives it (NaN for a zone Intl does not know). */
function offsetAt(zone: string, instant: number): number {
  if (processZoneLookups > 0 && instant >= FROM_1973 && isListedZone(zone)) {
    processZoneLookups--;
    return processZoneOffset(zone, instant);
  }
  return tzOffset(zone, new Date(instant));
}

/** Offsets as tzOffset gives them; an unknown zone gives NaN, and NaN counts as one offset here. */
const sameOffset = (a: number, b: number) => a === b || (a !== a && b !== b);

function scanPeriod(zone: string, index: number): Period {
  const start = index * PERIOD_MS;
  const end = start + PERIOD_MS;
  const starts = [start];
  const offsets = [offsetAt(zone, start)];
  let before = offsets[0]!;
  for (let sample = 1; sample <= SAMPLES; sample++) {
    const at = start + sample * SAMPLE_MS;
    const after = offsetAt(zone, at);
    // Find each change between `lo` (offset `current`) and `at` in turn: the offset at `lo` is `current`,
    // the offset at `hi` (`hiOffset`) is not.
    let lo = at - SAMPLE_MS;
    let current = before;
    while (!sameOffset(current, after)) {
      let hi = at;
      let hiOffset = after;
      const probe = (instant: number) => {
        const offset = offsetAt(zone, instant);
        if (sameOffset(offset, current)) lo = instant;
        else {
          hi = instant;
          hiOffset = offset;
        }
      };
      for (;;) {
        const first = Math.floor(lo / MINUTE_MS) + 1;
        const last = Math.ceil(hi / MINUTE_MS) - 1;
        if (first > last) break;
        probe(Math.floor((first + last) / 2) * MINUTE_MS);
      }
      if (hi % MINUTE_MS === 0 && hi - 1 > lo) probe(hi - 1);
      while (hi - lo > 1) probe(lo + Math.floor((hi - lo) / 2));
      if (hi < end) {
        starts.push(hi);
        offsets.push(hiOffset);
      }
      lo = hi;
      current = hiOffset;
    }
    before = after;
  }
  return { starts, offsets, end };
}

const DAYS_BEFORE_SCAN = 12;

/**
 * The offset of the UTC day of `instant` when it is the same at both ends of the day, and so all through it
 * (two changes within a day never happen); the day is then remembered as the zone's last stretch. Undefined
 * when the offset changes that day.
 */
function steadyDayOffset(zone: string, instant: number, known: ZoneOffsets): number | undefined {
  const day = Math.floor(instant / DAY_MS) * DAY_MS;
  const first = offsetAt(zone, day);
  if (!sameOffset(first, offsetAt(zone, day + DAY_MS - 1))) return undefined;
  known.from = day;
  known.to = day + DAY_MS;
  known.offset = first;
  return first;
}

/** A zone's offset in minutes at an instant (ms), exactly as tzOffset gives it; remembers the stretch it falls in. */
export function zoneOffset(zone: string, instant: number): number {
  let known = offsetsByZone.get(zone);
  if (!known) offsetsByZone.set(zone, (known = { periods: new Map(), daysAsked: new Map(), from: 0, to: 0, offset: 0 }));
  if (instant >= known.from && instant < known.to) return known.offset;
  const index = Math.floor(instant / PERIOD_MS);
  let period = known.periods.get(index);
  if (!period) {
    // Scanning a period costs as much as asking about some 80 days one by one: a run that asks about a few
    // days of a zone (one announcement, an editor save) asks day by day, and a run that keeps asking scans.
    const asked = known.daysAsked.get(index) ?? 0;
    if (asked < DAYS_BEFORE_SCAN) {
      known.daysAsked.set(index, asked + 1);
      const offset = steadyDayOffset(zone, instant, known);
      if (offset !== undefined) return offset;
      // The offset changes that day: only the scan finds the exact instant.
    }
    known.daysAsked.delete(index);
    known.periods.set(index, (period = scanPeriod(zone, index)));
  }
  const { starts, offsets } = period;
  let i = starts.length - 1;
  while (i > 0 && starts[i]! > instant) i--;
  known.from = starts[i]!;
  known.to = i + 1 < starts.length ? starts[i + 1]! : period.end;
  known.offset = offsets[i]!;
  return known.offset;
}

/** The zone's offset when it holds from `from` to `to` (both included); else NaN. */
function offsetThroughout(zone: string, from: number, to: number): number {
  const offset = zoneOffset(zone, from);
  const known = offsetsByZone.get(zone)!;
  while (known.to <= to) {
    // The stretch may end only where a period does: look on.
    if (!sameOffset(zoneOffset(zone, known.to), offset)) return Number.NaN;
  }
  return offset;
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

/** The zone's offset when it holds all through the (UTC) day of `instant` and the days either side; else NaN. */
function steadyOffset(zone: string, instant: number): number {
  const day = Math.floor(instant / DAY_MS);
  return offsetThroughout(zone, (day - 1) * DAY_MS, (day + 2) * DAY_MS - 1);
}

export interface LocalTime {
  date: PlainDate;
  /** `HH:MM` */
  time: string;
  /** Minutes since local midnight. */
  minuteOfDay: number;
}

/** The offset an instant is read at in an IANA zone (rounded to the second as TZDate rounds it), or a fixed one, in seconds. */
function offsetSeconds(instant: number, zone: string | number): number {
  return typeof zone === 'number' ? zone * 60 : zone === 'UTC' ? 0 : Math.round(zoneOffset(zone, instant) * 60);
}

/** `HH:MM` for each minute of a day, made on first use. */
let clockTexts: string[] | undefined;

/** The text of each day localTime has read, by day number: a run reads the same few thousand days again and again. */
const dayTexts = new Map<number, PlainDate>();
const MAX_DAY_TEXTS = 100_000;

function dayText(day: number): PlainDate {
  let text = dayTexts.get(day);
  if (text === undefined) {
    if (dayTexts.size >= MAX_DAY_TEXTS) dayTexts.clear();
    text = fromDayNumber(day);
    dayTexts.set(day, text);
  }
  return text;
}

/** The wall-clock date and time of an instant in an IANA zone, or at a fixed offset in minutes. */
export function localTime(instant: Date, zone: string | number): LocalTime {
  const wall = instant.getTime() + offsetSeconds(instant.getTime(), zone) * 1000;
  // Any wall-clock time a Date can hold reads as below; the texts are looked up instead of made each time.
  if (Number.isInteger(wall) && Math.abs(wall) <= 8.64e15) {
    const minutes = Math.floor(wall / 60_000);
    const day = Math.floor(minutes / 1440);
    const minuteOfDay = minutes - day * 1440;
    clockTexts ??= Array.from({ length: 1440 }, (_, minute) => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`);
    return { date: dayText(day), time: clockTexts[minuteOfDay]!, minuteOfDay };
  }
  const local = new Date(wall);
  const hour = local.getUTCHours();
  const minute = local.getUTCMinutes();
  return {
    date: formatPlainDate({ year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() }),
    time: `${pad(hour)}:${pad(minute)}`,
    minuteOfDay: hour * 60 + minute,
  };
}

/**
 * The wall-clock time localTime reads, as one number: whole minutes since 1970-01-01 00:00 on the local clock
 * (milliseconds since the epoch given). Its day, Math.floor(minutes / 1440), is the day number of localTime's
 * date, and the rest its minuteOfDay, for every date of year 0 or later.
 */
export function wallClockMinutes(instant: number, zone: string | number): number {
  return Math.floor((instant + offsetSeconds(instant, zone) * 1000) / 60_000);
}

/** Today's date in UTC: the default --as-of. Only the CLI calls this; rules never read the clock. */
export function todayUtc(now: Date): PlainDate {
  return fromDayNumber(Math.floor(now.getTime() / DAY_MS));
}
