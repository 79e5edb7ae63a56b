// The day-number arithmetic of dates.ts gives what date-fns and @date-fns/tz give (they were the first
// implementation, and they define the semantics: working days, weekends, offsets rounded to the second).
import { TZDate, tzOffset, tzScan } from '@date-fns/tz';
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
import { ICU_NAMES, isIanaTimeZone, isListedZone, parseDateTime, parsePlainDate, utcMilliseconds } from '../../src/announcement/values.js';

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

  it('turns a wall-clock time in a zone into the instant TZDate gives, skipped and repeated hours included', () => {
    const wall = fc.record({
      year: fc.integer({ min: 1890, max: 2100 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
    });
    const check = (parts: { year: number; month: number; day: number; hour: number; minute: number }, zone: string) => {
      const expected = new TZDate(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, 0, zone).getTime();
      const wall = { ...parts, second: 0, offsetMinutes: undefined };
      expect(clock.toInstant(wall, zone).getTime(), `${JSON.stringify(parts)} ${zone}`).toBe(expected);
      expect(toInstant(wall, zone).getTime()).toBe(expected);
    };
    fc.assert(fc.property(wall, fc.constantFrom(...zones), (parts, zone) => check(parts, zone)), { numRuns: 500 });
    for (const hour of [0, 1, 2, 3]) for (const minute of [0, 30]) {
      check({ year: 2026, month: 3, day: 29, hour, minute }, 'Europe/Zurich'); // 02:00-03:00 is skipped
      check({ year: 2026, month: 10, day: 25, hour, minute }, 'Europe/Zurich'); // 02:00-03:00 comes twice
      check({ year: 2026, month: 3, day: 8, hour, minute }, 'America/New_York');
    }
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

describe('ZoneClock offsets', () => {
  const clock = new ZoneClock();
  const zoneOffset = clock.offset.bind(clock);
  // Zones with every kind of change: DST both ways, 30-minute DST (Lord Howe), DST suspended for Ramadan
  // (Casablanca), a skipped day (Apia, 2011), none (Kolkata, UTC), and local mean time before 1900.
  const zones = ['UTC', 'Europe/Zurich', 'America/New_York', 'Australia/Lord_Howe', 'Africa/Casablanca', 'Asia/Kolkata', 'Pacific/Apia', 'Africa/Cairo', 'Europe/Amsterdam', 'Africa/Abidjan'];
  const expected = (zone: string, instant: number) => tzOffset(zone, new Date(instant));

  it('gives what tzOffset gives at any instant, local mean times included', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.constantFrom(...zones), (instant, zone) => {
        expect(zoneOffset(zone, instant), `${zone} ${new Date(instant).toISOString()}`).toBe(expected(zone, instant));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives what tzOffset gives on every day of years with many changes, at random times of day', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: 1880, max: 2040 }), fc.integer({ min: 0, max: 86_399_999 }), (zone, year, time) => {
        for (let day = Date.UTC(year, 0, 1); day < Date.UTC(year + 1, 0, 1); day += 86_400_000) {
          expect(zoneOffset(zone, day + time), `${zone} ${new Date(day + time).toISOString()}`).toBe(expected(zone, day + time));
        }
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
      for (let hour = Date.UTC(year, 0, 1); hour < Date.UTC(year + 1, 0, 1); hour += 3_600_000) {
        expect(zoneOffset(zone, hour), `${zone} ${new Date(hour).toISOString()}`).toBe(expected(zone, hour));
      }
    }
    expect(zoneOffset('America/Boa_Vista', Date.UTC(2000, 9, 10))).toBe(-180); // DST from 8 to 15 October 2000
  });

  it('changes at the very millisecond tzOffset changes', () => {
    for (const zone of zones) {
      const changes = tzScan(zone, { start: new Date('1880-01-01T00:00Z'), end: new Date('2040-01-01T00:00Z') });
      if (zone === 'Africa/Casablanca') expect(changes.length).toBeGreaterThan(90); // twice a year, and twice more for Ramadan
      // tzScan finds the hour of each change: find its millisecond with tzOffset, and look either side of it.
      for (const change of changes) {
        let lo = change.date.getTime() - 3_600_000;
        let hi = change.date.getTime();
        const before = expected(zone, lo);
        expect(expected(zone, hi), `${zone} ${change.date.toISOString()}`).not.toBe(before);
        while (hi - lo > 1) {
          const middle = lo + Math.floor((hi - lo) / 2);
          if (expected(zone, middle) === before) lo = middle;
          else hi = middle;
        }
        for (const instant of [hi - 3_600_000, hi - 60_000, hi - 1, hi, hi + 1, hi + 60_000, hi + 3_600_000]) {
          expect(zoneOffset(zone, instant), `${zone} ${new Date(instant).toISOString()}`).toBe(expected(zone, instant));
        }
      }
    }
  });

  it('knows the changes of some zones by heart', () => {
    expect(zoneOffset('Pacific/Apia', Date.UTC(2011, 11, 30, 9, 59, 59, 999))).toBe(-600); // 29 December 23:59:59.999, UTC-10
    expect(zoneOffset('Pacific/Apia', Date.UTC(2011, 11, 30, 10))).toBe(840); // 31 December 00:00, UTC+14: the 30th was skipped
    expect(zoneOffset('Australia/Lord_Howe', Date.UTC(2026, 3, 4, 14, 59))).toBe(660);
    expect(zoneOffset('Australia/Lord_Howe', Date.UTC(2026, 3, 4, 15))).toBe(630);
    expect(zoneOffset('Asia/Kolkata', Date.UTC(2026, 0, 1))).toBe(330);
    expect(zoneOffset('Europe/Zurich', Date.UTC(1850, 0, 1))).toBeCloseTo(34 + 8 / 60, 10); // Bern mean time, +00:34:08
    expect(zoneOffset('Europe/Zurich', Date.UTC(1930, 0, 1))).toBe(60);
  });
});

describe('ZoneClock, for every zone Intl knows', () => {
  const zones = [...Intl.supportedValuesOf('timeZone'), ...Object.keys(ICU_NAMES), 'UTC', 'Etc/UTC'];

  it('gives what tzOffset gives, for every zone Intl lists, 1973 to 2060', () => {
    const clock = new ZoneClock();
    const instants: number[] = [];
    for (let year = 1973; year < 2060; year += 3) instants.push(Date.UTC(year, 0, 15, 12), Date.UTC(year, 6, 15, 3, 30));
    for (const zone of zones) {
      expect(isListedZone(zone), zone).toBe(true);
      for (const instant of instants) {
        expect(clock.offset(zone, instant), `${zone} at ${new Date(instant).toISOString()}`).toBe(tzOffset(zone, new Date(instant)));
      }
    }
  });

  it('gives what tzOffset gives around changes (random zones and instants, to the minute)', () => {
    const clock = new ZoneClock();
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(1900, 0, 1) / 60_000, max: Date.UTC(2060, 0, 1) / 60_000 }), fc.integer({ min: -1, max: 1 }), (zone, minute, nudge) => {
        const instant = minute * 60_000 + nudge;
        expect(clock.offset(zone, instant)).toBe(tzOffset(zone, new Date(instant)));
      }),
      { numRuns: 3000 },
    );
    for (const zone of ['Europe/Zurich', 'America/New_York', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'Asia/Gaza', 'Africa/Casablanca']) {
      for (const change of tzScan(zone, { start: new Date(Date.UTC(2025, 0, 1)), end: new Date(Date.UTC(2027, 0, 1)) })) {
        for (const delta of [-60_001, -1, 0, 1, 60_000]) {
          const instant = change.date.getTime() + delta;
          expect(clock.offset(zone, instant), `${zone} ${change.date.toISOString()} ${delta}`).toBe(tzOffset(zone, new Date(instant)));
        }
      }
    }
  });

  it('keeps to its bound however many zones and days it is asked about', () => {
    const clock = new ZoneClock({ maxDays: 500 });
    let most = 0;
    for (const zone of zones) {
      for (let day = 0; day < 5; day++) {
        const instant = Date.UTC(2026, 0, 1) + day * 86_400_000 * 37;
        expect(clock.offset(zone, instant), zone).toBe(tzOffset(zone, new Date(instant)));
        most = Math.max(most, clock.rememberedDays);
      }
    }
    expect(most).toBe(500); // it filled up, and never went past the bound
    expect(clock.rememberedDays).toBeLessThanOrEqual(500);
  });

  it('shares nothing between two clocks: what one was asked changes nothing for the other', () => {
    const used = new ZoneClock();
    const fresh = new ZoneClock();
    const instants = [Date.UTC(2026, 2, 29, 0, 59), Date.UTC(2026, 2, 29, 1), Date.UTC(1850, 0, 1), Date.UTC(2011, 11, 30, 10)];
    for (const zone of zones.slice(0, 100)) for (const instant of instants) used.offset(zone, instant);
    expect(fresh.rememberedDays).toBe(0);
    for (const zone of ['Europe/Zurich', 'Pacific/Apia', 'Asia/Kolkata']) {
      for (const instant of instants) {
        expect(fresh.offset(zone, instant)).toBe(used.offset(zone, instant));
        expect(fresh.offset(zone, instant)).toBe(tzOffset(zone, new Date(instant)));
      }
    }
    // Three zones on three UTC days: only what it was asked about itself.
    expect(fresh.rememberedDays).toBe(9);
    expect(used.rememberedDays).toBe(309); // 100 zones on three days, then the three zones above
  });
});

describe('zone names', () => {
  it('name in ICU_NAMES the older name Intl resolves each current name to', () => {
    for (const [current, older] of Object.entries(ICU_NAMES)) {
      expect(new Intl.DateTimeFormat('en', { timeZone: current }).resolvedOptions().timeZone).toBe(older);
      expect(Intl.supportedValuesOf('timeZone')).toContain(older);
      expect(isIanaTimeZone(current)).toBe(true);
    }
  });

  it('know the zones Intl knows, aliases included, and nothing else', () => {
    const clock = new ZoneClock();
    for (const zone of ['Europe/Zurich', 'UTC', 'Etc/UTC', 'US/Eastern', 'Asia/Calcutta', 'Asia/Kolkata']) expect(clock.isKnownZone(zone), zone).toBe(true);
    for (const zone of ['Europe/Atlantis', '+02:00', 'UTC+2', '', 'Europe//Zurich']) expect(clock.isKnownZone(zone), zone).toBe(false);
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
