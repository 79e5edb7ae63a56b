// The tz database bundled in zone-rules.ts, as offsets.ts reads it, gives the offsets this runtime's Intl gives, for
// every zone, from 1850 to 2100, wherever the two releases have the same rules (tz-releases.ts lists where not).
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newerOffsetSource, tabledOffsets, type ZoneOffsets } from '../../src/announcement/offsets.js';
import { COUNTRY_ZONES, TZDATA_VERSION } from '../../src/announcement/zone-table.js';
import { ZONE_RULES } from '../../src/announcement/zone-rules.js';
import { ZoneClock } from '../../src/announcement/dates.js';
import { intlReader, releasesAgree, RUNTIME_DIFFERENCES, RUNTIME_RELEASE } from './tz-releases.js';

const ZONES = Object.keys(ZONE_RULES);
const FROM = Date.UTC(1850, 0, 1);
const TO = Date.UTC(2101, 0, 1);
const intl = intlReader();
const bundled = (zone: string): ZoneOffsets => tabledOffsets(zone)!;

/** Every change of an offset function from `from` to `to`, to the second: the first second of each new offset. */
function changesOf(at: (instant: number) => number, from: number, to: number): number[] {
  const changes: number[] = [];
  for (let day = from; day < to; day += 86_400_000) {
    let lo = day;
    let hi = Math.min(day + 86_400_000, to);
    if (at(lo) === at(hi)) continue;
    while (hi - lo > 1000) {
      const middle = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (at(middle) === at(lo)) lo = middle;
      else hi = middle;
    }
    changes.push(hi);
  }
  return changes;
}

describe('the bundled tz database', () => {
  it('has every zone of zone.tab, and is the release the pages name', () => {
    expect(ZONES).toEqual(Object.values(COUNTRY_ZONES).flat().sort());
    for (const page of ['README.md', 'docs/format.md', 'docs/development.md']) {
      expect(readFileSync(new URL(`../../${page}`, import.meta.url), 'utf8'), page).toContain(TZDATA_VERSION);
    }
  });

  it("gives this runtime's offset either side of every change it makes, 1850 to 2100", () => {
    let compared = 0;
    const wrong: string[] = [];
    for (const zone of ZONES) {
      const offsets = bundled(zone);
      for (const change of changesOf(offsets.at, FROM, TO)) {
        for (const instant of [change - 1000, change]) {
          if (!releasesAgree(zone, instant)) continue;
          if (offsets.at(instant) !== intl(zone, instant)) wrong.push(`${zone} at ${new Date(instant).toISOString()}: ${offsets.at(instant)} s, Intl ${intl(zone, instant)} s`);
          compared++;
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(compared).toBeGreaterThan(40_000); // some 18,700 listed changes, and two a year by rule since
  });

  it("gives this runtime's offset in the middle of every month, 1850 to 2100, so that it misses no change of Intl's", () => {
    const wrong: string[] = [];
    for (const zone of ZONES) {
      const offsets = bundled(zone);
      for (let year = 1850; year <= 2100; year++) {
        for (let month = 0; month < 12; month++) {
          const instant = Date.UTC(year, month, 15, 12);
          if (releasesAgree(zone, instant) && offsets.at(instant) !== intl(zone, instant)) wrong.push(`${zone} at ${new Date(instant).toISOString()}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("gives this runtime's offset at random instants (to the millisecond)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: FROM, max: TO - 1 }), (zone, instant) => {
        if (releasesAgree(zone, instant)) expect(bundled(zone).at(instant), `${zone} at ${new Date(instant).toISOString()}`).toBe(intl(zone, instant));
      }),
      { numRuns: 20_000 },
    );
  });

  it('differs from this runtime only where their releases do, and there it does', () => {
    // The spans tz-releases.ts lists for this runtime's release are real: each holds an instant where the two differ.
    for (const span of RUNTIME_DIFFERENCES) {
      expect(span.zone in ZONE_RULES, span.zone).toBe(true);
      expect(bundled(span.zone).at(span.from), `${span.zone} from ${new Date(span.from).toISOString()}`).not.toBe(intl(span.zone, span.from));
    }
    if (RUNTIME_RELEASE === TZDATA_VERSION) expect(RUNTIME_DIFFERENCES).toEqual([]);
  });

  it('follows the rule for the years after its last listed change: by heart, from tzdata 2026d', () => {
    const changes = (zone: string, year: number) =>
      changesOf(bundled(zone).at, Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)).map(
        (change) => `${new Date(change).toISOString().slice(0, 16)}Z ${bundled(zone).at(change - 1000) / 60}->${bundled(zone).at(change) / 60}`,
      );
    // The European Union's: the last Sundays of March and October, at 01:00 UTC.
    expect(changes('Europe/Zurich', 2031)).toEqual(['2031-03-30T01:00Z 60->120', '2031-10-26T01:00Z 120->60']);
    // Ireland's standard time is its summer time, and winter's GMT the "daylight saving" (a negative one).
    expect(changes('Europe/Dublin', 2031)).toEqual(['2031-03-30T01:00Z 0->60', '2031-10-26T01:00Z 60->0']);
    // Israel: the Friday before the last Sunday of March at 02:00 (M3.4.4/26: Thursday, plus 26 hours).
    expect(changes('Asia/Jerusalem', 2031)).toEqual(['2031-03-28T00:00Z 120->180', '2031-10-25T23:00Z 180->120']);
    // Greenland: at 01:00 UTC, which its rule writes as -1:00 on its standard clock, the day before.
    expect(changes('America/Nuuk', 2031)).toEqual(['2031-03-30T01:00Z -120->-60', '2031-10-26T01:00Z -60->-120']);
    // The southern hemisphere: summer time over the new year; Chatham's 45 minutes; Lord Howe's 30-minute change.
    expect(changes('Pacific/Chatham', 2031)).toEqual(['2031-04-05T14:00Z 825->765', '2031-09-27T14:00Z 765->825']);
    expect(changes('Australia/Lord_Howe', 2031)).toEqual(['2031-04-05T15:00Z 660->630', '2031-10-04T15:30Z 630->660']);
    // Chile: Saturday at 24:00 (M4.1.6/24), which is Sunday 00:00.
    expect(changes('America/Santiago', 2031)).toEqual(['2031-04-06T03:00Z -180->-240', '2031-09-07T04:00Z -240->-180']);
    // Cuba changes at midnight and at 01:00 on its own clock.
    expect(changes('America/Havana', 2031)).toEqual(['2031-03-09T05:00Z -300->-240', '2031-11-02T05:00Z -240->-300']);
    // A zone with no rule keeps its last offset; a local mean time has seconds.
    expect(changes('Asia/Kolkata', 2031)).toEqual([]);
    expect(bundled('Europe/Zurich').at(Date.UTC(1850, 0, 1))).toBe(34 * 60 + 8);
    expect(bundled('Europe/Dublin').at(Date.UTC(1850, 0, 1))).toBe(-(25 * 60 + 21));
  });
});

describe('where a clock reads offsets', () => {
  it('is the newer release: the bundled one, unless the runtime has a later one', () => {
    expect(newerOffsetSource(TZDATA_VERSION)).toBe('bundled');
    expect(newerOffsetSource('2025c')).toBe('bundled');
    expect(newerOffsetSource('1999a')).toBe('bundled');
    expect(newerOffsetSource(undefined)).toBe('bundled'); // a browser
    expect(newerOffsetSource('not a release')).toBe('bundled');
    const later = `${TZDATA_VERSION.slice(0, 4)}${String.fromCharCode(TZDATA_VERSION.charCodeAt(4) + 1)}`;
    expect(newerOffsetSource(later)).toBe('runtime');
    expect(newerOffsetSource(`${Number(TZDATA_VERSION.slice(0, 4)) + 1}a`)).toBe('runtime');
    expect(new ZoneClock().source).toBe(newerOffsetSource(RUNTIME_RELEASE));
  });

  it("gives a bundled clock the bundle's offsets and a runtime clock Intl's, where they differ", () => {
    const runtime = new ZoneClock({ source: 'runtime' });
    const tabled = new ZoneClock({ source: 'bundled' });
    for (const span of RUNTIME_DIFFERENCES) {
      expect(runtime.offset(span.zone, span.from) * 60).toBe(intl(span.zone, span.from));
      expect(tabled.offset(span.zone, span.from) * 60).toBe(bundled(span.zone).at(span.from));
    }
    // And everywhere else, both; zones the bundle does not have are Intl's in both.
    for (const [zone, instant] of [['Europe/Zurich', Date.UTC(2026, 6, 1)], ['US/Eastern', Date.UTC(2026, 0, 1)], ['Asia/Calcutta', Date.UTC(1940, 0, 1)]] as const) {
      expect(runtime.offset(zone, instant) * 60, zone).toBe(intl(zone, instant));
      expect(tabled.offset(zone, instant) * 60, zone).toBe(intl(zone, instant));
    }
  });
});
