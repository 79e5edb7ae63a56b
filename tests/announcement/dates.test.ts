// The day-number arithmetic of dates.ts gives what date-fns gives (it was the first implementation, and defines the
// semantics of working days and weekends); local times read as TZDate reads them; offsets are Intl's, from the
// bundled tz release or through Intl itself (zone-rules.test.ts checks the bundle for every zone).
import { TZDate } from '@date-fns/tz';
import { addBusinessDays } from 'date-fns/addBusinessDays';
import { addDays as addCalendarDays } from 'date-fns/addDays';
import { differenceInBusinessDays } from 'date-fns/differenceInBusinessDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addWorkingDays,
  calendarDaysBetween,
  formatPlainDate,
  todayUtc,
  toInstant,
  workingDaysBetween,
  ZoneClock,
} from '../../src/announcement/dates.js';
import { isIanaTimeZone, parseDateTime, parsePlainDate, utcMilliseconds } from '../../src/announcement/values.js';
import { ZONE_RULES } from '../../src/announcement/zone-rules.js';
import { intlReader, releasesAgree } from './tz-releases.js';

const utcDay = (date: string) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new TZDate(year, month - 1, day, 'UTC');
};
const plain = (date: Date) => {
  const day = new TZDate(date, 'UTC');
  return formatPlainDate({ year: day.getFullYear(), month: day.getMonth() + 1, day: day.getDate() });
};

const plainDate = fc
  .date({ min: new Date('1900-01-01T00:00Z'), max: new Date('2200-12-31T00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('plain-date arithmetic', () => {
  it('counts calendar and working days as date-fns does', () => {
    fc.assert(
      fc.property(plainDate, plainDate, (from, to) => {
        expect(calendarDaysBetween(from, to)).toBe(differenceInCalendarDays(utcDay(to), utcDay(from)));
        expect(workingDaysBetween(from, to)).toBe(differenceInBusinessDays(utcDay(to), utcDay(from)));
      }),
      { numRuns: 500 },
    );
  });

  it('adds calendar and working days as date-fns does, weekends and negative amounts included', () => {
    fc.assert(
      fc.property(plainDate, fc.integer({ min: -400, max: 400 }), (date, days) => {
        expect(addDays(date, days)).toBe(plain(addCalendarDays(utcDay(date), days)));
        expect(addWorkingDays(date, days)).toBe(plain(addBusinessDays(utcDay(date), days)));
      }),
      { numRuns: 500 },
    );
  });

  it('knows some days by heart', () => {
    expect(calendarDaysBetween('2005-04-18', '2005-05-02')).toBe(14);
    expect(workingDaysBetween('2005-04-18', '2005-05-02')).toBe(10);
    expect(addWorkingDays('2026-01-03', 5)).toBe('2026-01-09'); // a Saturday plus five working days
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(todayUtc(new Date('2026-03-01T23:59:59Z'))).toBe('2026-03-01');
  });
});

describe('localTime', () => {
  const clock = new ZoneClock();
  const localTime = clock.localTime.bind(clock);
  const zones = ['UTC', 'Europe/Zurich', 'America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Europe/Amsterdam'];
  it('reads an instant in a zone as TZDate does, DST and odd offsets included', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00Z'), max: new Date('2100-01-01T00:00Z'), noInvalidDate: true }),
        fc.constantFrom(...zones),
        (instant, zone) => {
          const tz = new TZDate(instant.getTime(), zone);
          const local = localTime(instant, zone);
          expect(local.date).toBe(formatPlainDate({ year: tz.getFullYear(), month: tz.getMonth() + 1, day: tz.getDate() }));
          expect(local.minuteOfDay).toBe(tz.getHours() * 60 + tz.getMinutes());
          expect(local.time).toBe(`${String(tz.getHours()).padStart(2, '0')}:${String(tz.getMinutes()).padStart(2, '0')}`);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads instants around offset changes as TZDate does', () => {
    const changes = [
      ['Europe/Zurich', '2026-03-29T01:00Z'],
      ['Europe/Zurich', '2026-10-25T01:00Z'],
      ['America/New_York', '2026-03-08T07:00Z'],
      ['America/New_York', '2026-11-01T06:00Z'],
      ['Australia/Lord_Howe', '2026-04-04T15:00Z'],
      ['Europe/Amsterdam', '1937-07-01T00:00Z'],
    ] as const;
    for (const [zone, at] of changes) {
      for (const minutes of [-61, -60, -31, -1, 0, 1, 29, 30, 59, 60, 61]) {
        const instant = new Date(new Date(at).getTime() + minutes * 60_000);
        const tz = new TZDate(instant.getTime(), zone);
        expect(localTime(instant, zone), `${zone} ${instant.toISOString()}`).toMatchObject({
          date: formatPlainDate({ year: tz.getFullYear(), month: tz.getMonth() + 1, day: tz.getDate() }),
          minuteOfDay: tz.getHours() * 60 + tz.getMinutes(),
        });
      }
    }
  });

  it('reads a wall-clock time in a zone as the instant that shows it, the first of two, and a skipped one on the clock before', () => {
    const wall = fc.record({
      year: fc.integer({ min: 1890, max: 2100 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
    });
    // What RFC 5545 and Temporal's "compatible" say, found by trying every offset the zone has within two days.
    const expected = (parts: { year: number; month: number; day: number; hour: number; minute: number }, zone: string) => {
      const local = utcMilliseconds(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
      const offsets = new Set<number>();
      for (let hour = -48; hour <= 48; hour++) offsets.add(clock.offset(zone, local + hour * 3_600_000));
      const showing = [...offsets].map((offset) => local - offset * 60_000).filter((instant) => clock.wallClockMinutes(instant, zone) * 60_000 === local);
      return showing.length > 0 ? Math.min(...showing) : local - clock.offset(zone, local - 48 * 3_600_000) * 60_000;
    };
    const check = (parts: { year: number; month: number; day: number; hour: number; minute: number }, zone: string) => {
      const wall = { ...parts, second: 0, offsetMinutes: undefined };
      expect(clock.toInstant(wall, zone).getTime(), `${JSON.stringify(parts)} ${zone}`).toBe(expected(parts, zone));
      expect(toInstant(wall, zone).getTime()).toBe(expected(parts, zone));
    };
    const changing = [...zones, 'Pacific/Apia', 'Europe/Dublin', 'America/Santiago', 'America/Havana', 'Africa/Casablanca'];
    fc.assert(fc.property(wall, fc.constantFrom(...changing), (parts, zone) => check(parts, zone)), { numRuns: 1000 });
    for (const hour of [0, 1, 2, 3]) for (const minute of [0, 30]) {
      check({ year: 2026, month: 3, day: 29, hour, minute }, 'Europe/Zurich'); // 02:00-03:00 is skipped
      check({ year: 2026, month: 10, day: 25, hour, minute }, 'Europe/Zurich'); // 02:00-03:00 comes twice
      check({ year: 2026, month: 3, day: 8, hour, minute }, 'America/New_York');
      check({ year: 2026, month: 11, day: 1, hour, minute }, 'America/New_York');
      check({ year: 2026, month: 4, day: 5, hour, minute }, 'Australia/Lord_Howe'); // 01:30-02:00 comes twice
    }
    const at = (text: string, zone: string) => clock.toInstant(parseDateTime(text)!, zone).toISOString();
    expect(at('2026-03-29T02:30', 'Europe/Zurich')).toBe('2026-03-29T01:30:00.000Z'); // skipped: 03:30 summer time
    expect(at('2026-10-25T02:30', 'Europe/Zurich')).toBe('2026-10-25T00:30:00.000Z'); // twice: the first, summer time
    expect(at('2026-11-01T01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
    expect(at('2026-04-05T01:45', 'Australia/Lord_Howe')).toBe('2026-04-04T14:45:00.000Z');
    expect(at('2026-10-25T01:30', 'Europe/Dublin')).toBe('2026-10-25T00:30:00.000Z'); // Irish summer time, then GMT
    expect(at('2011-12-30T12:00', 'Pacific/Apia')).toBe('2011-12-30T22:00:00.000Z'); // a skipped day: the 31st, 12:00
    expect(at('1850-01-01T00:00', 'Europe/Zurich')).toBe('1849-12-31T23:25:52.000Z'); // Bern mean time, +00:34:08
  });

  it('gives the same wall-clock time as one number (minutes since 1970, local)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('0000-01-02T00:00Z'), max: Date.parse('9999-12-30T00:00Z') }),
        fc.oneof(fc.constantFrom(...zones), fc.integer({ min: -14 * 60, max: 14 * 60 })),
        (instant, zone) => {
          const local = localTime(new Date(instant), zone);
          const minutes = clock.wallClockMinutes(instant, zone);
          expect(Math.floor(minutes / 1440), `${new Date(instant).toISOString()} ${zone}`).toBe(calendarDaysBetween('1970-01-01', local.date));
          expect(minutes - Math.floor(minutes / 1440) * 1440).toBe(local.minuteOfDay);
          // And a stretch from there reads the same minutes, with or without its dates and times.
          const span = clock.localSpan(new Date(instant), new Date(instant + 200 * 60_000), zone);
          expect(clock.spanMinutes(instant, instant + 200 * 60_000, zone)).toEqual({ startMinute: span.startMinute, endMinute: span.endMinute });
          expect(span.startMinute).toBe(local.minuteOfDay);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads an instant at a fixed offset', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('0000-01-01T00:00Z'), max: Date.parse('9999-12-31T00:00Z') }), fc.integer({ min: -14 * 60, max: 14 * 60 }), (instant, offset) => {
        const wall = new Date(instant + offset * 60_000);
        expect(localTime(new Date(instant), offset)).toEqual({
          date: `${String(wall.getUTCFullYear()).padStart(4, '0')}-${String(wall.getUTCMonth() + 1).padStart(2, '0')}-${String(wall.getUTCDate()).padStart(2, '0')}`,
          time: `${String(wall.getUTCHours()).padStart(2, '0')}:${String(wall.getUTCMinutes()).padStart(2, '0')}`,
          minuteOfDay: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
        });
      }),
      { numRuns: 1000 },
    );
    expect(localTime(new Date('2005-05-02T13:00Z'), 120)).toEqual({ date: '2005-05-02', time: '15:00', minuteOfDay: 900 });
    expect(localTime(new Date('2005-05-02T01:00Z'), -300).date).toBe('2005-05-01');
  });
});

const intl = intlReader();

// Each clock, whichever source it reads: the bundled tz release, or Intl (with what it remembers per UTC day).
describe.each(['bundled', 'runtime'] as const)('ZoneClock offsets, %s', (source) => {
  const clock = new ZoneClock({ source });
  const zoneOffset = clock.offset.bind(clock);
  // Zones with every kind of change: DST both ways, 30-minute DST (Lord Howe), DST suspended for Ramadan
  // (Casablanca), a skipped day (Apia, 2011), none (Kolkata, UTC), and local mean time before 1900, west of
  // Greenwich with no whole hour (Abidjan, -00:16:08).
  const zones = ['UTC', 'Europe/Zurich', 'America/New_York', 'Australia/Lord_Howe', 'Africa/Casablanca', 'Asia/Kolkata', 'Pacific/Apia', 'Africa/Cairo', 'Europe/Amsterdam', 'Africa/Abidjan'];
  /** Intl's offset in minutes, where this source is meant to give it (a bundled clock: where the releases agree). */
  const expectIntl = (zone: string, instant: number) => {
    if (source === 'bundled' && !releasesAgree(zone, instant)) return;
    expect(zoneOffset(zone, instant), `${zone} ${new Date(instant).toISOString()}`).toBe(intl(zone, instant) / 60);
  };

  it("gives Intl's offset at any instant, local mean times included", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.constantFrom(...zones), (instant, zone) => expectIntl(zone, instant)),
      { numRuns: 3000 },
    );
  });

  it("gives Intl's offset on every day of years with many changes, at random times of day", () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: 1880, max: 2040 }), fc.integer({ min: 0, max: 86_399_999 }), (zone, year, time) => {
        for (let day = Date.UTC(year, 0, 1); day < Date.UTC(year + 1, 0, 1); day += 86_400_000) expectIntl(zone, day + time);
      }),
      { numRuns: 40 },
    );
  });

  it('sees offsets that hold for a week only', () => {
    const weeks = [
      ['America/Boa_Vista', 2000],
      ['America/Noronha', 2000],
      ['Africa/Tunis', 1943],
      ['Europe/Vienna', 1945],
      ['Asia/Gaza', 2040],
      ['Asia/Hebron', 2054],
    ] as const;
    for (const [zone, year] of weeks) {
      for (let hour = Date.UTC(year, 0, 1); hour < Date.UTC(year + 1, 0, 1); hour += 3_600_000) expectIntl(zone, hour);
    }
    expect(zoneOffset('America/Boa_Vista', Date.UTC(2000, 9, 10))).toBe(-180); // DST from 8 to 15 October 2000
  });

  it('changes at the very millisecond Intl changes', () => {
    for (const zone of zones) {
      let changes = 0;
      // Intl's changes, day by day (no zone changes twice a day), each then found to the millisecond; and the
      // clock either side of it.
      for (let day = Date.UTC(1880, 0, 1); day < Date.UTC(2040, 0, 1); day += 86_400_000) {
        let lo = day;
        let hi = day + 86_400_000;
        const before = intl(zone, lo);
        if (intl(zone, hi) === before) continue;
        while (hi - lo > 1) {
          const middle = lo + Math.floor((hi - lo) / 2);
          if (intl(zone, middle) === before) lo = middle;
          else hi = middle;
        }
        changes++;
        for (const instant of [hi - 3_600_000, hi - 60_000, hi - 1, hi, hi + 1, hi + 60_000, hi + 3_600_000]) expectIntl(zone, instant);
      }
      if (zone === 'Africa/Casablanca') expect(changes).toBeGreaterThan(90); // twice a year, and twice more for Ramadan
    }
  });

  it('knows the changes of some zones by heart', () => {
    expect(zoneOffset('Pacific/Apia', Date.UTC(2011, 11, 30, 9, 59, 59, 999))).toBe(-600); // 29 December 23:59:59.999, UTC-10
    expect(zoneOffset('Pacific/Apia', Date.UTC(2011, 11, 30, 10))).toBe(840); // 31 December 00:00, UTC+14: the 30th was skipped
    expect(zoneOffset('Australia/Lord_Howe', Date.UTC(2026, 3, 4, 14, 59))).toBe(660);
    expect(zoneOffset('Australia/Lord_Howe', Date.UTC(2026, 3, 4, 15))).toBe(630);
    expect(zoneOffset('Asia/Kolkata', Date.UTC(2026, 0, 1))).toBe(330);
    expect(zoneOffset('Europe/Zurich', Date.UTC(1850, 0, 1))).toBe(34 + 8 / 60); // Bern mean time, +00:34:08
    expect(zoneOffset('Africa/Abidjan', Date.UTC(1900, 0, 1))).toBe(-(16 + 8 / 60)); // west of Greenwich: -00:16:08
    expect(zoneOffset('Europe/Zurich', Date.UTC(1930, 0, 1))).toBe(60);
    expect(zoneOffset('Europe/Atlantis', Date.UTC(2026, 0, 1))).toBeNaN();
    expect(zoneOffset('Europe/Zurich', Number.NaN)).toBeNaN(); // an invalid date, in any zone
    expect(zoneOffset('US/Eastern', Number.NaN)).toBeNaN();
  });
});

describe('ZoneClock, for every zone', () => {
  // Every name Intl lists (some are older names of the bundle's: Asia/Calcutta), every zone of the bundle, and UTC.
  const zones = [...new Set([...Intl.supportedValuesOf('timeZone'), ...Object.keys(ZONE_RULES), 'UTC', 'Etc/UTC'])];

  it.each(['bundled', 'runtime'] as const)("gives Intl's offset for every zone, 1973 to 2060 (%s)", (source) => {
    const clock = new ZoneClock({ source });
    const instants: number[] = [];
    for (let year = 1973; year < 2060; year += 3) instants.push(Date.UTC(year, 0, 15, 12), Date.UTC(year, 6, 15, 3, 30));
    const wrong: string[] = [];
    for (const zone of zones) {
      expect(clock.isKnownZone(zone), zone).toBe(true);
      for (const instant of instants) {
        if (source === 'bundled' && !releasesAgree(zone, instant)) continue;
        if (clock.offset(zone, instant) !== intl(zone, instant) / 60) wrong.push(`${zone} at ${new Date(instant).toISOString()}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("reads around changes through Intl as Intl does (random zones and instants, to the minute)", () => {
    const clock = new ZoneClock({ source: 'runtime' });
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(1900, 0, 1) / 60_000, max: Date.UTC(2060, 0, 1) / 60_000 }), fc.integer({ min: -1, max: 1 }), (zone, minute, nudge) => {
        const instant = minute * 60_000 + nudge;
        expect(clock.offset(zone, instant)).toBe(intl(zone, instant) / 60);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps to its bounds however many zones and days it is asked about', () => {
    const clock = new ZoneClock({ source: 'runtime', maxDays: 500, maxZones: 300 });
    let mostDays = 0;
    let mostZones = 0;
    for (const zone of zones) {
      for (let day = 0; day < 5; day++) {
        const instant = Date.UTC(2026, 0, 1) + day * 86_400_000 * 37;
        expect(clock.offset(zone, instant), zone).toBe(intl(zone, instant) / 60);
        mostDays = Math.max(mostDays, clock.rememberedDays);
        mostZones = Math.max(mostZones, clock.rememberedZones);
      }
    }
    expect(mostDays).toBe(500); // it filled up, and never went past the bound
    expect(mostZones).toBe(300);
    const bundled = new ZoneClock({ source: 'bundled', maxZones: 100 });
    for (const zone of zones) bundled.offset(zone, Date.UTC(2026, 0, 1));
    expect(bundled.rememberedZones).toBeLessThanOrEqual(100);
    expect(bundled.rememberedZones).toBeGreaterThan(0);
    // A bundled clock reads only the names the bundle lacks through Intl.
    expect(bundled.rememberedDays).toBeLessThan(zones.length - Object.keys(ZONE_RULES).length + 1);
  });

  it('shares nothing between two clocks: what one was asked changes nothing for the other', () => {
    for (const source of ['bundled', 'runtime'] as const) {
      const used = new ZoneClock({ source });
      const fresh = new ZoneClock({ source });
      const instants = [Date.UTC(2026, 2, 29, 0, 59), Date.UTC(2026, 2, 29, 1), Date.UTC(1850, 0, 1), Date.UTC(2011, 11, 30, 10)];
      for (const zone of zones.slice(0, 100)) for (const instant of instants) used.offset(zone, instant);
      expect(fresh.rememberedZones).toBe(0);
      for (const zone of ['Europe/Zurich', 'Pacific/Apia', 'Asia/Kolkata']) {
        for (const instant of instants) {
          expect(fresh.offset(zone, instant)).toBe(used.offset(zone, instant));
          expect(fresh.offset(zone, instant)).toBe(intl(zone, instant) / 60);
        }
      }
      // Only the three zones it was asked about itself: through Intl, on three UTC days each.
      expect(fresh.rememberedZones).toBe(3);
      expect(fresh.rememberedDays).toBe(source === 'runtime' ? 9 : 0);
      expect(used.rememberedZones).toBe(new Set([...zones.slice(0, 100), 'Europe/Zurich', 'Pacific/Apia', 'Asia/Kolkata']).size);
    }
  });
});

describe('UTC', () => {
  it('is read without Intl, whichever the source', () => {
    for (const source of ['bundled', 'runtime'] as const) {
      const clock = new ZoneClock({ source });
      for (const zone of ['UTC', 'Etc/UTC']) expect(clock.offset(zone, Date.UTC(2026, 2, 29, 1)), `${source} ${zone}`).toBe(0);
      expect(clock.rememberedDays, source).toBe(0); // no zone-day read through Intl
    }
  });
});

describe('zone names', () => {
  it('know the zones the bundle or Intl knows, aliases included, and nothing else', () => {
    for (const source of ['bundled', 'runtime'] as const) {
      const clock = new ZoneClock({ source });
      for (const zone of ['Europe/Zurich', 'UTC', 'Etc/UTC', 'US/Eastern', 'Asia/Calcutta', 'Asia/Kolkata', 'Europe/Kyiv']) expect(clock.isKnownZone(zone), zone).toBe(true);
      for (const zone of ['Europe/Atlantis', '+02:00', 'UTC+2', '', 'Europe//Zurich']) expect(clock.isKnownZone(zone), zone).toBe(false);
    }
    for (const zone of Object.keys(ZONE_RULES)) expect(isIanaTimeZone(zone), zone).toBe(true);
  });
});

// Issue 23, item 12: Date.UTC and Date read years 0 to 99 as 1900 to 1999.
describe('years 0000 to 0099', () => {
  const clock = new ZoneClock();
  it('are the years written, with an offset, in UTC and in a zone', () => {
    const at = (text: string, zone: string | null) => clock.toInstant(parseDateTime(text)!, zone).toISOString();
    expect(at('0050-03-01T09:00+02:00', null)).toBe('0050-03-01T07:00:00.000Z');
    expect(at('0050-03-01T09:00', 'UTC')).toBe('0050-03-01T09:00:00.000Z');
    expect(at('0099-12-31T23:00', 'Europe/Zurich').slice(0, 4)).toBe('0099');
  });

  it('are on the proleptic Gregorian calendar: 0000-02-29 is a day, 0100-02-29 is not', () => {
    expect(parsePlainDate('0000-02-29')).toEqual({ year: 0, month: 2, day: 29 });
    expect(parsePlainDate('0100-02-29')).toBeNull();
    expect(utcMilliseconds(0, 0, 1)).toBe(Date.parse('0000-01-01T00:00:00Z'));
  });
});
