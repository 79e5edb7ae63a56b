// The day-number arithmetic of dates.ts gives what date-fns and @date-fns/tz give (they were the first
// implementation, and they define the semantics: working days, weekends, offsets rounded to the second).
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
  localTime,
  todayUtc,
  workingDaysBetween,
} from '../../src/announcement/dates.js';

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
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads an instant at a fixed offset', () => {
    expect(localTime(new Date('2005-05-02T13:00Z'), 120)).toEqual({ date: '2005-05-02', time: '15:00', minuteOfDay: 900 });
    expect(localTime(new Date('2005-05-02T01:00Z'), -300).date).toBe('2005-05-01');
  });
});
