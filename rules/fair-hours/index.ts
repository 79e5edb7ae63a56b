import * as z from 'zod';
import type { Facts, Session, SessionInZone } from '../../src/announcement/facts.js';
import { defineRule } from '../../src/engine/define.js';
import type { FindingDraft } from '../../src/engine/types.js';
import readPage from './README.md?lazy';
import { messages, translations, type Args } from './messages.js';

const CLOCK_FORM = 'a time of day in the form HH:MM, from 00:00 to 24:00';
const clock = (meaning: string) =>
  z
    .string()
    .regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, { error: `expected ${CLOCK_FORM}` })
    .describe(meaning);

const options = () =>
  z
    .strictObject({
      earliest: clock('The earliest local time (HH:MM) a session may start in any invitee zone.'),
      latest: clock('The latest local time (HH:MM, up to 24:00) a session may end in any invitee zone.'),
    })
    .refine((window) => minutesOf(window.earliest) < minutesOf(window.latest), {
      error: '`earliest` must be before `latest`',
      path: ['latest'],
    });

const SOURCE =
  'W3C guide "Organizing a distributed meeting": slots between 06:00 and midnight for each participant; rotate when that is impossible';

/** Minutes since midnight of an `HH:MM` clock time (24:00 is 1440). */
function minutesOf(clockTime: string): number {
  const [hours, minutes] = clockTime.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

const fits = (span: { startMinute: number; endMinute: number }, earliest: number, latest: number) =>
  span.startMinute >= earliest && span.endMinute <= latest;

/** A zone outside the window in the words `zonesOutside` has always carried in evidence (JSON consumers read it); messages use the values. */
function describeSpan(span: SessionInZone, sessionDate: string): string {
  if (span.start.date !== span.end.date && span.endMinute !== 1440) {
    return `${span.zone} ${span.start.time}–${span.end.time} (${span.start.date} to ${span.end.date})`;
  }
  const day = span.start.date === sessionDate ? '' : ` on ${span.start.date}`;
  return `${span.zone} ${span.start.time}–${span.endMinute === 1440 ? '24:00' : span.end.time}${day}`;
}

const STEP_MINUTES = 15;
const SEARCH_STEPS = 96; // 24 hours either side of the planned start

/** Minutes of a local span outside the window, counting each day it reaches (a span may run past midnight). */
function minutesOutside(span: { startMinute: number; endMinute: number }, earliest: number, latest: number): number {
  let inside = 0;
  for (let day = 0; day * 1440 < span.endMinute; day++) {
    const from = Math.max(span.startMinute, day * 1440 + earliest);
    const to = Math.min(span.endMinute, day * 1440 + latest);
    if (to > from) inside += to - from;
  }
  return span.endMinute - span.startMinute - inside;
}

/** How a placement treats the invitee zones: how many it puts outside the window, and for how many minutes in all. */
interface Placement {
  /** The start, `HH:MM` on the session's clock. */
  time: string;
  zonesOutside: number;
  minutesOutside: number;
}

const better = (a: Placement, b: Placement) => a.zonesOutside < b.zonesOutside || (a.zonesOutside === b.zonesOutside && a.minutesOutside < b.minutesOutside);

function placementAt(facts: Facts, session: Session, start: number, lengthMinutes: number, zones: readonly string[], earliest: number, latest: number): Placement | null {
  const here = facts.clock.localTime(new Date(start), session.clock.zone);
  if (here.date !== session.startLocal.date) return null;
  let zonesOutside = 0;
  let minutes = 0;
  for (const zone of zones) {
    const outside = minutesOutside(facts.clock.spanMinutes(start, start + lengthMinutes * 60_000, zone), earliest, latest);
    if (outside > 0) zonesOutside++;
    minutes += outside;
  }
  return { time: here.time, zonesOutside, minutesOutside: minutes };
}

/**
 * Every start on the session's day, on its clock, in steps of 15 minutes: the ranges at which it falls in the window
 * in every zone, and the best placement (fewest zones outside, then fewest minutes outside).
 */
function placements(facts: Facts, session: Session, lengthMinutes: number, zones: readonly string[], earliest: number, latest: number) {
  const planned = session.start.getTime();
  const ranges: [string, string][] = [];
  let best: Placement | null = null;
  let previousFit = false;
  for (let step = -SEARCH_STEPS; step <= SEARCH_STEPS; step++) {
    const placement = placementAt(facts, session, planned + step * STEP_MINUTES * 60_000, lengthMinutes, zones, earliest, latest);
    if (!placement) {
      previousFit = false;
      continue;
    }
    if (!best || better(placement, best)) best = placement;
    const fit = placement.zonesOutside === 0;
    if (fit && previousFit) ranges[ranges.length - 1]![1] = placement.time;
    else if (fit) ranges.push([placement.time, placement.time]);
    previousFit = fit;
  }
  return { ranges, best };
}

export default defineRule({
  meta: {
    id: 'fair-hours',
    criterion: 'Fair hours',
    description: 'Every session of a meeting people join remotely falls between 06:00 and midnight local time in every invitee zone.',
    severity: 'warn',
    options,
    defaults: { earliest: '06:00', latest: '24:00' },
    sources: [{ title: SOURCE }],
  },
  get page() {
    return readPage();
  },
  messages,
  translations,
  check(facts, opts) {
    if (facts.mode === 'in-person') return { status: 'not-applicable', findings: [] };
    const zones = facts.inviteeZones;
    if (!zones) {
      return {
        status: 'not-stated',
        findings: [{ messageId: 'zones-not-stated', at: facts.locate(['invitees', 'regions']), evidence: { mode: facts.mode } }],
      };
    }
    const windowEvidence = { earliest: opts.earliest, latest: opts.latest };
    const earliest = minutesOf(opts.earliest);
    const latest = minutesOf(opts.latest);
    const findings: FindingDraft<Args>[] = [];
    // Silence is not a pass: a session without its hours or its length cannot be placed in anyone's day.
    const unplaced = facts.sessions.filter((session) => !session.timed || session.minutes === null);
    if (unplaced.length) {
      const [first] = unplaced as [Session];
      const unplacedEvidence = {
        ...windowEvidence,
        sessionsWithoutHours: unplaced.filter((session) => !session.timed).length,
        sessionsWithoutLength: unplaced.filter((session) => session.timed).length,
        singleSession: facts.sessions.length === 1,
        moreSessions: unplaced.length - 1,
      };
      return {
        status: 'not-stated',
        findings: [
          first.timed
            ? { messageId: 'length-not-stated', at: facts.locate([...first.path, 'start']), evidence: unplacedEvidence, source: SOURCE }
            : { messageId: 'hours-not-stated', at: facts.locate([...first.path, 'date']), evidence: { ...unplacedEvidence, date: first.startLocal.date }, source: SOURCE },
        ],
      };
    }
    const series = facts.announcement.meeting.series;
    const rotates = series?.rotation === true;
    const bestAchievable: string[] = [];
    facts.sessions.forEach((session, index) => {
      const outsideSpans = session.inZones.filter((time) => !fits(time, earliest, latest));
      if (outsideSpans.length === 0) return;
      const outside = outsideSpans.map((time) => describeSpan(time, session.startLocal.date));
      const here = session.onClock;
      const name = facts.sessions.length === 1 ? 'the meeting' : `session ${index + 1}`;
      const lengthMinutes = session.minutes ?? 0;
      const { ranges, best } = placements(facts, session, lengthMinutes, zones, earliest, latest);
      const planned = {
        time: here.start.time,
        zonesOutside: outsideSpans.length,
        minutesOutside: outsideSpans.reduce((sum, span) => sum + minutesOutside(span, earliest, latest), 0),
      };
      let fix: 'move' | 'split' | 'fairest';
      if (ranges.length) fix = 'move';
      else if (lengthMinutes > latest - earliest) fix = 'split';
      else if (best && better(best, planned)) fix = 'fairest';
      else {
        // Already the fairest placement there is (or the series rotates the hours): nothing better can be asked.
        bestAchievable.push(`${name} at ${here.start.time}`);
        return;
      }
      if (rotates && !ranges.length) {
        bestAchievable.push(`${name} at ${here.start.time} (the series rotates its hours)`);
        return;
      }
      const end = session.end ?? session.start;
      // A span that ends at midnight ends at 24:00 on its start day.
      const endsAtMidnight = (span: SessionInZone) => span.endMinute === 1440;
      findings.push({
        messageId: 'outside-hours',
        at: facts.locate([...session.path, 'start']),
        evidence: {
          start: session.start.toISOString(),
          end: end.toISOString(),
          earliest: opts.earliest,
          latest: opts.latest,
          zonesChecked: zones.length,
          zonesOutside: outside,
          ...(best && { fairestStart: best.time, fairestZonesOutside: best.zonesOutside }),
          session: index + 1,
          sessions: facts.sessions.length,
          localDate: here.start.date,
          writtenDate: session.startLocal.date,
          localStart: here.start.time,
          localEnd: here.end.time,
          clock: session.clock.name,
          outsideZones: outsideSpans.map((span) => span.zone),
          outsideStartDates: outsideSpans.map((span) => span.start.date),
          outsideStartTimes: outsideSpans.map((span) => span.start.time),
          outsideEndDates: outsideSpans.map((span) => (endsAtMidnight(span) ? span.start.date : span.end.date)),
          outsideEndTimes: outsideSpans.map((span) => (endsAtMidnight(span) ? '24:00' : span.end.time)),
          fix,
          rangesFrom: ranges.map(([from]) => from),
          rangesTo: ranges.map(([, to]) => to),
          lengthMinutes,
          windowMinutes: latest - earliest,
          fairestMinutesOutside: best?.minutesOutside ?? null,
          plannedZonesOutside: planned.zonesOutside,
          plannedMinutesOutside: planned.minutesOutside,
          suggestRotation: series !== undefined && !rotates,
        },
        source: SOURCE,
      });
    });
    return {
      status: findings.length ? 'fail' : 'pass',
      findings,
      evidence: bestAchievable.length ? { ...windowEvidence, bestAchievable } : windowEvidence,
    };
  },
});
