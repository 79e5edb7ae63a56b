// Where the tz release bundled in zone-rules.ts (2026d) and the release in a runtime's ICU give other offsets: the
// changes tzdata made between the two, found by comparing every zone hour by hour from 1850 to 2100 (the spans
// below start and end at the second they do). A runtime whose release is the bundled one differs nowhere.
import { TZDATA_VERSION } from '../../src/announcement/zone-table.js';

type Span = readonly [zone: string, from: string, to: string];

const END = '2101-01-01T00:00Z';

const DIFFERENCES: Readonly<Record<string, readonly Span[]>> = {
  // Node.js 20.
  '2025c': [
    ['Asia/Tehran', '1979-05-25T20:30Z', '1979-05-26T20:30Z'], // 2026d starts Iran's 1979 summer time a day earlier
    ['America/Bogota', '1992-05-02T05:00Z', '1992-05-03T05:00Z'], // and Colombia's of 1992
    ['Europe/Chisinau', '2022-03-27T00:00Z', END], // Moldova's clocks change at 03:00 local time since 2022, not 02:00
    ['Africa/Casablanca', '2026-09-20T01:00Z', END], // Morocco: UTC+00:00 all year from 20 September 2026
    ['Africa/El_Aaiun', '2026-09-20T01:00Z', END],
    ['America/Vancouver', '2026-11-01T09:00Z', END], // British Columbia: UTC-07:00 all year from 1 November 2026
    ['America/Edmonton', '2026-11-01T08:00Z', END], // Alberta: UTC-06:00 all year from 1 November 2026
    ['America/Inuvik', '2026-11-01T08:00Z', END],
  ],
  // Node.js 22 and 24.
  '2026e': [
    ['Europe/Dublin', '1925-09-20T02:00Z', '1925-10-04T02:00Z'], // 2026e ends Ireland's 1925 summer time two weeks earlier
    ['America/Winnipeg', '2026-11-01T07:00Z', END], // 2026e: Manitoba on UTC-05:00 all year from 1 November 2026
  ],
};

/** This runtime's tz release (Node.js gives it; a browser does not). */
export const RUNTIME_RELEASE: string | undefined = globalThis.process?.versions?.tz;

/** The spans where this runtime's Intl may differ from the bundle: none when they are one release. */
export const RUNTIME_DIFFERENCES: readonly { zone: string; from: number; to: number }[] =
  RUNTIME_RELEASE === TZDATA_VERSION
    ? []
    : (DIFFERENCES[RUNTIME_RELEASE ?? ''] ?? []).map(([zone, from, to]) => ({ zone, from: Date.parse(from), to: Date.parse(to) }));

/** True where this runtime's Intl and the bundle agree (not inside a span above). */
export function releasesAgree(zone: string, instant: number): boolean {
  return !RUNTIME_DIFFERENCES.some((span) => span.zone === zone && instant >= span.from && instant < span.to);
}

/**
 * A reader of zone offsets in seconds as this runtime's Intl formats them ("GMT+05:30", "GMT-00:25:21"): written
 * here, apart from offsets.ts, so that the tests compare the bundle with a reading of Intl of their own.
 */
export function intlReader(): (zone: string, instant: number) => number {
  const formats = new Map<string, Intl.DateTimeFormat>();
  return (zone, instant) => {
    let format = formats.get(zone);
    if (!format) formats.set(zone, (format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })));
    const name = format.formatToParts(instant).find((part) => part.type === 'timeZoneName')!.value;
    const match = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(name);
    if (!match) throw new Error(`unexpected offset ${name}`);
    if (!match[1]) return 0;
    return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4] ?? 0));
  };
}
