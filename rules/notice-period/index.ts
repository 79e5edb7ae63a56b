import * as z from 'zod';
import { addDays, addWorkingDays } from '../../src/announcement/dates.js';
import { referenceNote, type Facts, type Mode } from '../../src/announcement/facts.js';
import { defineRule } from '../../src/engine/define.js';
import type { FindingDraft } from '../../src/engine/types.js';
import page from './README.md?raw';

const options = z.strictObject({
  inPersonDays: z.number().int().min(0).default(56).describe('Days of notice for in-person meetings (no remote floor).'),
  hybridDays: z.number().int().min(0).default(28).describe('Days of notice for a venue plus remote participants who can speak.'),
  onlineDays: z.number().int().min(0).default(14).describe('Days of notice for online-only meetings.'),
  workingDays: z.boolean().default(false).describe('Count working days (Monday to Friday) instead of calendar days.'),
  registrationDays: z.number().int().min(0).default(14).describe('Days from `issued` to `meeting.registration_deadline`, where one is given.'),
});

const SOURCES = {
  'in-person': 'W3C Process Document: 8 weeks notice for face-to-face meetings "to allow proper planning (e.g. travel arrangements)"',
  hybrid: 'IESG Statement on Interim Meetings (2008): 4 weeks notice for face-to-face interim meetings',
  online: 'IESG Statement on Interim Meetings (2008) and ITU-T e-meeting practice: 2 weeks notice for virtual meetings',
} satisfies Record<Mode, string>;

const MODE_WORDS: Record<Mode, string> = {
  'in-person': 'an in-person meeting',
  hybrid: 'a hybrid meeting',
  online: 'an online meeting',
};

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
    if (calendarNotice < 0) {
      findings.push({
        message: reference.fromIssued
          ? `issued on ${reference.date}, after the meeting started on ${startDate}`
          : `the meeting started on ${startDate}, before the --as-of date ${reference.date}`,
        at: facts.locate(['issued']),
        evidence,
        remedy: `move the meeting to ${shift(reference.date, requiredDays)} or later`,
        source: SOURCES[mode],
      });
    } else if (notice < requiredDays) {
      findings.push({
        message: `announced ${notice} ${unit} before ${MODE_WORDS[mode]} on ${startDate}${note}; at least ${requiredDays} are needed`,
        at: facts.locate(['issued']),
        evidence,
        remedy: `send it by ${shift(startDate, -requiredDays)}, or move the meeting to ${shift(reference.date, requiredDays)} or later`,
        source: SOURCES[mode],
      });
    }

    if (facts.registrationDeadline) {
      const { date: deadline, daysBeforeStart } = facts.registrationDeadline;
      const registrationDays = opts.workingDays ? facts.registrationDeadline.workingDays : facts.registrationDeadline.days;
      const deadlineEvidence = { sent: reference.date, registrationDeadline: deadline, start: startDate, registrationDays, requiredDays: opts.registrationDays, unit };
      if (daysBeforeStart < 0) {
        findings.push({
          message: `the registration deadline ${deadline} is after the meeting starts on ${startDate}`,
          at: facts.locate(['meeting', 'registration_deadline']),
          evidence: deadlineEvidence,
          remedy: `set the registration deadline on or before ${startDate}`,
        });
      } else if (registrationDays < opts.registrationDays) {
        findings.push({
          message: `the registration deadline ${deadline} is ${registrationDays} ${unit} after the invitation${note}; at least ${opts.registrationDays} are needed to register`,
          at: facts.locate(['meeting', 'registration_deadline']),
          evidence: deadlineEvidence,
          remedy: `move the registration deadline to ${shift(reference.date, opts.registrationDays)} or later, or send the invitation by ${shift(deadline, -opts.registrationDays)}`,
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
