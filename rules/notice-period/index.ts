import * as z from 'zod';
import { addDays, addWorkingDays, workingDaysBetween } from '../../src/announcement/dates.js';
import type { Facts, Mode } from '../../src/announcement/facts.js';
import { defineRule } from '../../src/engine/define.js';
import type { FindingDraft } from '../../src/engine/types.js';
import type { DayUnit } from '../../src/i18n/phrases.js';
import readPage from './README.md?lazy';
import { messages, translations, type Args } from './messages.js';

const options = () =>
  z.strictObject({
    inPersonDays: z.number().int().min(0).describe('Days of notice for in-person meetings (no remote floor).'),
    hybridDays: z.number().int().min(0).describe('Days of notice for a venue plus remote participants who can speak.'),
    onlineDays: z.number().int().min(0).describe('Days of notice for online-only meetings.'),
    workingDays: z.boolean().describe('Count working days (Monday to Friday) instead of calendar days.'),
    registrationDays: z.number().int().min(0).describe('Days from `issued` to when registration closes (`admission.closes`; `meeting.registration_deadline` in format v1), where one is given.'),
  });

const SOURCES = {
  'in-person': 'W3C Process Document: 8 weeks notice for face-to-face meetings "to allow proper planning (e.g. travel arrangements)"',
  hybrid: 'IESG Statement on Interim Meetings (2008): 4 weeks notice for face-to-face interim meetings',
  online: 'IESG Statement on Interim Meetings (2008) and ITU-T e-meeting practice: 2 weeks notice for virtual meetings',
} satisfies Record<Mode, string>;

export default defineRule({
  meta: {
    id: 'notice-period',
    criterion: 'Notice period',
    description: 'The invitation goes out early enough for people to plan, fund and travel (8 weeks in person, 4 hybrid, 2 online).',
    severity: 'error',
    options,
    defaults: { inPersonDays: 56, hybridDays: 28, onlineDays: 14, workingDays: false, registrationDays: 14 },
    sources: [
      { title: SOURCES['in-person'], url: 'https://www.w3.org/policies/process/#GeneralMeetings' },
      { title: SOURCES.hybrid, url: 'https://www.ietf.org/about/groups/iesg/statements/interim-meetings-guidance/' },
      { title: SOURCES.online, url: 'https://www.itu.int/en/ITU-T/e-meetings/Pages/default.aspx' },
    ],
  },
  get page() {
    return readPage();
  },
  messages,
  translations,
  check(facts: Facts, opts) {
    const { mode, reference, startDate } = facts;
    const requiredDays = { 'in-person': opts.inPersonDays, hybrid: opts.hybridDays, online: opts.onlineDays }[mode];
    const unit: DayUnit = opts.workingDays ? 'working days' : 'days';
    const shift = opts.workingDays ? addWorkingDays : addDays;
    const findings: FindingDraft<Args>[] = [];
    const calendarNotice = facts.noticeDays;
    const notice = opts.workingDays ? facts.noticeWorkingDays : calendarNotice;
    const sendBy = shift(startDate, -requiredDays);
    // Remedies never ask for something before the day the linter is run for: a meeting that has taken place can
    // only be a lesson for the next one, and an invitation already sent cannot be sent earlier.
    const past = startDate <= facts.asOf;
    const sentFrom = reference.fromIssued ? 'issued' : 'as-of';
    const evidence = {
      sent: reference.date,
      sentFrom,
      earliest: reference.earliest,
      start: startDate,
      mode,
      remoteStated: facts.remoteStated,
      noticeDays: facts.noticeDays,
      noticeWorkingDays: facts.noticeWorkingDays,
      requiredDays,
      unit,
      past,
      sendBy,
      moveTo: shift(reference.date > facts.asOf ? reference.date : facts.asOf, requiredDays),
    } as const;
    const at = facts.locate(['issued']);
    const source = SOURCES[mode];

    if (calendarNotice < 0) {
      findings.push({ messageId: reference.fromIssued ? 'issued-after-start' : 'draft-after-start', at, evidence, source });
    } else if (notice < requiredDays) {
      const range = reference.written;
      const earliestNotice = opts.workingDays ? workingDaysBetween(reference.earliest, startDate) : facts.noticeDaysAtEarliest;
      if (range !== null && earliestNotice >= requiredDays) {
        // Known only to a month or a range: enough notice at one end, not at the other. Which end decides is the
        // day the invitation really went out, which the announcement does not state.
        return {
          status: 'not-stated',
          findings: [{ messageId: 'issued-in-range-undecided', at, evidence: { ...evidence, range, latest: reference.date }, source }],
          evidence: { requiredDays, unit, sendBy, shortDays: Math.max(0, requiredDays - notice), registrationDays: opts.registrationDays },
        };
      }
      findings.push({
        messageId: 'announced-late',
        at,
        evidence: { ...evidence, shortDays: range === null ? notice : earliestNotice, range, canSendBy: sendBy >= facts.asOf },
        source,
      });
    }

    // A draft checked after its meeting is told so once, above: its registration days would count backwards.
    if (facts.registrationDeadline && !(past && !reference.fromIssued)) {
      const { date: deadline, daysBeforeStart } = facts.registrationDeadline;
      const registrationDays = opts.workingDays ? facts.registrationDeadline.workingDays : facts.registrationDeadline.days;
      const sendForDeadline = shift(deadline, -opts.registrationDays);
      const deadlineEvidence = {
        sent: reference.date,
        sentFrom,
        registrationDeadline: deadline,
        start: startDate,
        registrationDays,
        requiredDays: opts.registrationDays,
        unit,
        past,
        moveTo: shift(reference.date > facts.asOf ? reference.date : facts.asOf, opts.registrationDays),
        sendBy: sendForDeadline >= facts.asOf ? sendForDeadline : null,
      } as const;
      const at = facts.locate(['admission', 'closes']);
      if (daysBeforeStart < 0) findings.push({ messageId: 'registration-after-start', at, evidence: deadlineEvidence });
      else if (registrationDays < opts.registrationDays) findings.push({ messageId: 'registration-too-soon', at, evidence: deadlineEvidence });
    }
    return {
      status: findings.length ? 'fail' : 'pass',
      findings,
      evidence: { requiredDays, unit, sendBy, shortDays: Math.max(0, requiredDays - notice), registrationDays: opts.registrationDays },
    };
  },
});
