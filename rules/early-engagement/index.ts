import * as z from 'zod';
import { calendarDaysBetween, addDays } from '../../src/announcement/dates.js';
import { latestDay, type Facts } from '../../src/announcement/facts.js';
import type { Level } from '../../src/announcement/schema.js';
import { defineRule } from '../../src/engine/define.js';
import type { Evidence, FindingDraft } from '../../src/engine/types.js';
import readPage from './README.md?lazy';
import { messages, translations, type Args } from './messages.js';

const options = () =>
  z.strictObject({
    minDaysBeforeDecision: z
      .number()
      .int()
      .min(0)
      .describe('Least days between the end of the meeting and the decision it feeds into, so the outcome can be circulated.'),
  });

const AARHUS = 'Aarhus Convention art. 6(4): "early public participation, when all options are open"';
const OECD = 'OECD Guidelines for Citizen Participation Processes (2022): the decision must not be taken before the process starts';
const SIX_WEEKS = 'UN six-week rule: documents are circulated six weeks before the meeting that decides on them';

/** Input for a decision taken elsewhere: the levels where timing decides whether the input counts. */
const APPLIES_AT: readonly Level[] = ['consult', 'involve'];

export default defineRule({
  meta: {
    id: 'early-engagement',
    criterion: 'Early engagement',
    description: 'Input is sought while the options are open: the meeting ends at least 6 weeks before the decision it feeds into.',
    severity: 'error',
    options,
    defaults: { minDaysBeforeDecision: 42 },
    sources: [{ title: AARHUS }, { title: OECD }, { title: SIX_WEEKS }],
  },
  get page() {
    return readPage();
  },
  messages,
  translations,
  check(facts: Facts, opts) {
    const { format } = facts.announcement;
    const level = format?.level ?? null;
    if (level !== null && !APPLIES_AT.includes(level)) return { status: 'not-applicable', findings: [] };

    // An open forum that feeds no single decision (format v2 `feeds_into: none`) has no options to close.
    if (facts.feedsNoDecision) return { status: 'not-applicable', findings: [], evidence: { reason: 'the meeting feeds no single decision (`feeds_into: none`)' } };
    const { decision } = facts;
    let windowEvidence: Evidence = { minDaysBeforeDecision: opts.minDaysBeforeDecision };
    const at = facts.locate(['framework', 'feeds_into', 'date']);
    if (!decision || decision.date === null || decision.daysAfterMeeting === null) {
      return {
        status: 'not-stated',
        evidence: windowEvidence,
        findings: [
          decision
            ? { messageId: 'decision-date-not-stated', at, evidence: { level, decision: decision.name, decisionDate: null, minDaysBeforeDecision: opts.minDaysBeforeDecision }, source: AARHUS }
            : { messageId: 'decision-not-stated', at, evidence: { level, decision: null, decisionDate: null, minDaysBeforeDecision: opts.minDaysBeforeDecision }, source: AARHUS },
        ],
      };
    }

    // The end date is unknown when a session has no length: its start date is the earliest the meeting can end.
    const { date: meetingEnd, endKnown } = facts.lastDay;
    const daysBeforeDecision = decision.daysAfterMeeting;
    windowEvidence = { ...windowEvidence, meetingEnd, holdBy: addDays(decision.date, -opts.minDaysBeforeDecision) };
    if (daysBeforeDecision >= opts.minDaysBeforeDecision && daysBeforeDecision > 0) return { status: 'pass', findings: [], evidence: windowEvidence };
    // Written input is a way to take part too (format v2 `inputs`): input that closes early enough counts.
    const decisionDate = decision.date;
    const early = (facts.announcement.inputs ?? []).find((input) => {
      return input.closes !== undefined && calendarDaysBetween(latestDay(input.closes), decisionDate) >= opts.minDaysBeforeDecision;
    });
    if (early) {
      return { status: 'pass', findings: [], evidence: { ...windowEvidence, throughInput: early.kind, inputCloses: latestDay(early.closes!) } };
    }

    const evidence = {
      level,
      meetingEnd,
      endKnown,
      decision: decision.name,
      decisionDate: decision.date,
      daysBeforeDecision,
      minDaysBeforeDecision: opts.minDaysBeforeDecision,
      holdBy: addDays(decision.date, -opts.minDaysBeforeDecision),
      decideFrom: addDays(meetingEnd, opts.minDaysBeforeDecision),
    };
    const finding: FindingDraft<Args> =
      daysBeforeDecision <= 0 ? { messageId: 'decision-taken-first', at, evidence, source: OECD } : { messageId: 'decision-too-soon', at, evidence, source: SIX_WEEKS };
    return {
      status: 'fail',
      evidence: windowEvidence,
      findings: [finding],
    };
  },
});

