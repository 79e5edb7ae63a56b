import * as z from 'zod';
import { addDays, addWorkingDays, workingDaysBetween } from '../../src/announcement/dates.js';
import { modeWords, referenceNote, type Facts, type Mode } from '../../src/announcement/facts.js';
import { defineRule } from '../../src/engine/define.js';
import type { FindingDraft } from '../../src/engine/types.js';
import page from './README.md?raw';

const options = z.strictObject({
  inPersonDays: z.number().int().min(0).default(56).describe('Days of notice for in-person meetings (no remote floor).'),
  hybridDays: z.number().int().min(0).default(28).describe('Days of notice for a venue plus remote participants who can speak.'),
  onlineDays: z.number().int().min(0).default(14).describe('Days of notice for online-only meetings.'),
  workingDays: z.boolean().default(false).describe('Count working days (Monday to Friday) instead of calendar days.'),
  registrationDays: z.number().int().min(0).default(14).describe('Days from `issued` to when registration closes (`admission.closes`; `meeting.registration_deadline` in format v1), where one is given.'),
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
    sources: [
      { title: SOURCES['in-person'], url: 'https://www.w3.org/policies/process/#GeneralMeetings' },
      { title: SOURCES.hybrid, url: 'https://www.ietf.org/about/groups/iesg/statements/interim-meetings-guidance/' },
      { title: SOURCES.online, url: 'https://www.itu.int/en/ITU-T/e-meetings/Pages/default.aspx' },
    ],
  },
  page,
  check(facts: Facts, opts) {
    const { mode, reference, startDate } = facts;
    const requiredDays = { 'in-person': opts.inPersonDays, hybrid: opts.hybridDays, online: opts.onlineDays }[mode];
    const unit = opts.workingDays ? 'working days' : 'days';
    const shift = opts.workingDays ? addWorkingDays : addDays;
    const note = referenceNote(facts);
    const findings: FindingDraft[] = [];
    const evidence = {
      sent: reference.date,
      sentFrom: reference.fromIssued ? 'issued' : 'as-of',
      start: startDate,
      mode,
      noticeDays: facts.noticeDays,
      noticeWorkingDays: facts.noticeWorkingDays,
      requiredDays,
      unit,
    };

    const calendarNotice = facts.noticeDays;
    const notice = opts.workingDays ? facts.noticeWorkingDays : calendarNotice;
    const sendBy = shift(startDate, -requiredDays);
    // Remedies never ask for something before the day the linter is run for: a meeting that has taken place can
    // only be a lesson for the next one, and an invitation already sent cannot be sent earlier.
    const past = startDate <= facts.asOf;
    const moveTo = shift(reference.date > facts.asOf ? reference.date : facts.asOf, requiredDays);
    const lesson = `the meeting has taken place: next time, send the invitation at least ${requiredDays} ${unit} ahead (for this one, by ${sendBy})`;
    if (calendarNotice < 0) {
      findings.push({
        message: reference.fromIssued
          ? `issued on ${reference.date}, after the meeting started on ${startDate}`
          : `the meeting started on ${startDate}, before ${reference.date}, the day this draft is checked for (it has no \`issued\` date)`,
        at: facts.locate(['issued']),
        evidence,
        remedy: reference.fromIssued
          ? past
            ? lesson
            : `move the meeting to ${moveTo} or later`
          : 'state when the invitation was sent (`issued`), or check the draft for a day before the meeting (--as-of YYYY-MM-DD)',
        source: SOURCES[mode],
      });
    } else if (notice < requiredDays) {
      const range = reference.written;
      const earliestNotice = opts.workingDays ? workingDaysBetween(reference.earliest, startDate) : facts.noticeDaysAtEarliest;
      if (range !== null && earliestNotice >= requiredDays) {
        // Known only to a month or a range: enough notice at one end, not at the other. Which end decides is the
        // day the invitation really went out, which the announcement does not state.
        return {
          status: 'not-stated',
          findings: [
            {
              message: `issued ${/^\d{4}-\d{2}$/.test(range) ? `in ${range}` : `between ${range}`}: that is enough notice for ${modeWords(facts)} on ${startDate} if it was issued by ${sendBy}, not if later`,
              at: facts.locate(['issued']),
              evidence: { ...evidence, earliest: reference.earliest, latest: reference.date, sendBy },
              remedy: `state the day it was issued (\`issued: YYYY-MM-DD\`); it passes if that is ${sendBy} or earlier`,
              source: SOURCES[mode],
            },
          ],
          evidence: { requiredDays, unit, sendBy, shortDays: Math.max(0, requiredDays - notice), registrationDays: opts.registrationDays },
        };
      }
      const when = range === null ? '' : ` (issued ${/^\d{4}-\d{2}$/.test(range) ? `in ${range}` : `between ${range}`}: too late even on its first day)`;
      const shortAtEarliest = range === null ? notice : earliestNotice;
      const remedies: string[] = [];
      if (sendBy >= facts.asOf) remedies.push(`send it by ${sendBy}`);
      remedies.push(`move the meeting to ${moveTo} or later`);
      findings.push({
        message: `announced ${shortAtEarliest} ${shortAtEarliest === 1 ? unit.replace(/s$/, '') : unit} before ${modeWords(facts)} on ${startDate}${note}${when}; at least ${requiredDays} are needed`,
        at: facts.locate(['issued']),
        evidence,
        remedy: past ? lesson : remedies.join(', or '),
        source: SOURCES[mode],
      });
    }

    // A draft checked after its meeting is told so once, above: its registration days would count backwards.
    if (facts.registrationDeadline && !(past && !reference.fromIssued)) {
      const { date: deadline, daysBeforeStart } = facts.registrationDeadline;
      const registrationDays = opts.workingDays ? facts.registrationDeadline.workingDays : facts.registrationDeadline.days;
      const deadlineEvidence = { sent: reference.date, registrationDeadline: deadline, start: startDate, registrationDays, requiredDays: opts.registrationDays, unit };
      if (daysBeforeStart < 0) {
        findings.push({
          message: `the registration deadline ${deadline} is after the meeting starts on ${startDate}`,
          at: facts.locate(['admission', 'closes']),
          evidence: deadlineEvidence,
          remedy: past ? 'the meeting has taken place: next time, close registration before the meeting starts' : `set the registration deadline on or before ${startDate}`,
        });
      } else if (registrationDays < opts.registrationDays) {
        findings.push({
          message: `the registration deadline ${deadline} is ${registrationDays} ${registrationDays === 1 ? unit.replace(/s$/, '') : unit} after the invitation${note}; at least ${opts.registrationDays} are needed to register`,
          at: facts.locate(['admission', 'closes']),
          evidence: deadlineEvidence,
          remedy: past
            ? `the meeting has taken place: next time, leave at least ${opts.registrationDays} ${unit} between the invitation and the registration deadline`
            : [
                `move the registration deadline to ${shift(reference.date > facts.asOf ? reference.date : facts.asOf, opts.registrationDays)} or later`,
                ...(shift(deadline, -opts.registrationDays) >= facts.asOf ? [`send the invitation by ${shift(deadline, -opts.registrationDays)}`] : []),
              ].join(', or '),
        });
      }
    }
    return {
      status: findings.length ? 'fail' : 'pass',
      findings,
      evidence: { requiredDays, unit, sendBy: shift(startDate, -requiredDays), shortDays: Math.max(0, requiredDays - notice), registrationDays: opts.registrationDays },
    };
  },
});
