import * as z from 'zod';
import type { Facts, Session, SessionInZone } from '../../src/announcement/facts.js';
import { defineRule } from '../../src/engine/define.js';
import type { FindingDraft } from '../../src/engine/types.js';
import page from './README.md?raw';

const CLOCK_FORM = 'a time of day in the form HH:MM, from 00:00 to 24:00';
const clock = (fallback: string, meaning: string) =>
  z
    .string()
    .regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, { error: `expected ${CLOCK_FORM}` })
    .default(fallback)
    .describe(meaning);

const options = z
  .strictObject({
    earliest: clock('06:00', 'The earliest local time (HH:MM) a session may start in any invitee zone.'),
    latest: clock('24:00', 'The latest local time (HH:MM, up to 24:00) a session may end in any invitee zone.'),
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

function describeSpan(span: SessionInZone, sessionDate: string): string {
  if (span.start.date !== span.end.date && span.endMinute !== 1440) {
    return `${span.zone} ${span.start.time}–${span.end.time} (${span.start.date} to ${span.end.date})`;
  }
  const day = span.start.date === sessionDate ? '' : ` on ${span.start.date}`;
  return `${span.zone} ${span.start.time}–${span.endMinute === 1440 ? '24:00' : span.end.time}${day}`;
}

const STEP_MINUTES = 15;
const SEARCH_STEPS = 96; // 24 hours either side of the planned start

/**
 * The start times, on the same day in the meeting's clock, at which a session of this length would fall in the
 * window in every zone: contiguous ranges of `HH:MM` in the meeting's clock.
 */
function fittingStarts(facts: Facts, session: Session, lengthMinutes: number, zones: readonly string[], earliest: number, latest: number): [string, string][] {
  const { clock } = facts;
  const planned = session.start.getTime();
  const ranges: [string, string][] = [];
  let previousFit = false;
  for (let step = -SEARCH_STEPS; step <= SEARCH_STEPS; step++) {
    const start = planned + step * STEP_MINUTES * 60_000;
    const end = start + lengthMinutes * 60_000;
    const fit = zones.every((zone) => fits(clock.spanMinutes(start, end, zone), earliest, latest));
    const startHere = fit ? clock.localTime(new Date(start), session.clock.zone) : null;
    if (!startHere || startHere.date !== session.startLocal.date) {
      previousFit = false;
      continue;
    }
    if (previousFit) ranges[ranges.length - 1]![1] = startHere.time;
    else ranges.push([startHere.time, startHere.time]);
    previousFit = true;
  }
  return ranges;
}

export default defineRule({
  meta: {
    id: 'fair-hours',
    criterion: 'Fair hours',
    description: 'Every session of a meeting people join remotely falls between 06:00 and midnight local time in every invitee zone.',
    severity: 'warn',
    options,
    sources: [{ title: SOURCE }],
  },
  page,
  check(facts, opts) {
    if (facts.mode === 'in-person') return { status: 'not-applicable', findings: [] };
    const zones = facts.inviteeZones;
    if (!zones) {
      return {
        status: 'not-stated',
        findings: [
          {
            message: 'where the invitees are is not stated, so nobody can tell whether the hours suit those who join remotely',
            at: facts.locate(['invitees', 'regions']),
            evidence: { mode: facts.mode },
            remedy: 'state `invitees.regions` or `invitees.timezones`',
          },
        ],
      };
    }
    const windowEvidence = { earliest: opts.earliest, latest: opts.latest };
    const earliest = minutesOf(opts.earliest);
    const latest = minutesOf(opts.latest);
    const window = `${opts.earliest}–${opts.latest}`;
    const findings: FindingDraft[] = [];
    facts.sessions.forEach((session, index) => {
      const outside = session.inZones.filter((time) => !fits(time, earliest, latest)).map((time) => describeSpan(time, session.startLocal.date));
      if (outside.length === 0) return;
      const here = session.onClock;
      const name = facts.sessions.length === 1 ? 'the meeting' : `session ${index + 1}`;
      const when = `${here.start.time}–${here.end.time} ${session.clock.name} on ${here.start.date}`;
      const lengthMinutes = session.minutes ?? 0;
      const ranges = fittingStarts(facts, session, lengthMinutes, zones, earliest, latest);
      const remedy = ranges.length
        ? `start it ${ranges.map(([from, to]) => (from === to ? `at ${from}` : `between ${from} and ${to}`)).join(' or ')} ${session.clock.name} time, which is within ${window} in every invitee zone`
        : `no start on ${here.start.date} puts a ${lengthMinutes}-minute session within ${window} in every invitee zone: split it into shorter sessions, or rotate the times so the same zones do not always take the unsociable hours`;
      const end = session.end ?? session.start;
      findings.push({
        message: `${name} (${when}) falls outside ${window} local time in ${outside.length} of ${zones.length} invitee zones: ${outside.join(', ')}`,
        at: facts.locate([...session.path, 'start']),
        evidence: { start: session.start.toISOString(), end: end.toISOString(), earliest: opts.earliest, latest: opts.latest, zonesChecked: zones.length, zonesOutside: outside },
        remedy,
        source: SOURCE,
      });
    });
    return { status: findings.length ? 'fail' : 'pass', findings, evidence: windowEvidence };
  },
});
