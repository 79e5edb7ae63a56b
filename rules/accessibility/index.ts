import * as z from 'zod';
import { addDays, addWorkingDays } from '../../src/announcement/dates.js';
import { referenceNote, type Facts } from '../../src/announcement/facts.js';
import { defineRule } from '../../src/engine/define.js';
import type { FindingDraft } from '../../src/engine/types.js';
import page from './README.md?raw';

const options = z.strictObject({
  requestWindowDays: z
    .number()
    .int()
    .min(0)
    .default(14)
    .describe('Days from `issued` to the last day to request an accommodation (`accessibility.request_by`): as long as to register, since the request goes with the registration.'),
  requestLeadWorkingDays: z
    .number()
    .int()
    .min(0)
    .default(3)
    .describe('Working days before the meeting that a remedy proposes as the last day to request an accommodation (UNOG: three working days).'),
});

const SOURCES = {
  information: 'UN JIU/REP/2018/6 (endorsed by GA resolution 74/253): provide accessibility-related information before the conference and proactively request information on accessibility needs',
  remote: 'W3C Group Note "Accessibility of Remote Meetings" (2022): captions, accessible supporting documents distributed in advance, and an accessible meeting platform are the host\'s to arrange and announce',
  unog: 'UNOG guidance note on accessibility at the Palais des Nations: the assistance request, with the registration form, no later than three working days before the conference',
} as const;

type Opts = z.infer<typeof options>;

/** The words a format v1 document needs to state these facts at all. */
function v2Note(facts: Facts): string {
  return facts.announcement.format_version === 2 ? '' : ' (format v2: `format_version: 2`)';
}

/**
 * The day a remedy proposes for the request deadline: the UNOG lead before the meeting; when the invitation leaves
 * less than the window before that day, the remedy also says by when to send it.
 */
function proposedRequestBy(facts: Facts, opts: Opts): { date: string; text: string } {
  const lead = addWorkingDays(facts.startDate, -opts.requestLeadWorkingDays);
  const text = `${opts.requestLeadWorkingDays} working days before the meeting, i.e. by ${lead}`;
  if (addDays(facts.reference.date, opts.requestWindowDays) <= lead) return { date: lead, text };
  return { date: lead, text: `${text}, with the invitation sent by ${addDays(lead, -opts.requestWindowDays)} to leave ${opts.requestWindowDays} days to ask` };
}

/** A remedy as a lesson when the meeting has taken place: nothing can be asked of it before the day it is checked for. */
function pastOr(facts: Facts, remedy: string): string {
  return facts.startDate <= facts.asOf ? `the meeting has taken place: next time, ${remedy}` : remedy;
}

export default defineRule({
  meta: {
    id: 'accessibility',
    criterion: 'Accessibility',
    description: 'The invitation says how and by when to request an accommodation, and states an accessible venue, captioning or sign language, accessible documents and an accessible remote platform.',
    severity: 'warn',
    options,
    sources: [
      { title: SOURCES.information, url: 'https://www.unjiu.org/news/jiurep20186-jiu-review-enhancing-accessibility-persons-disabilities-conferences-and-meetings' },
      { title: SOURCES.remote, url: 'https://www.w3.org/TR/remote-meetings/' },
      { title: SOURCES.unog, url: 'https://docest.com/doc/340010/unog-accessibility-note' },
    ],
  },
  page,
  check(facts, opts) {
    const access = facts.announcement.accessibility;
    const proposed = proposedRequestBy(facts, opts);
    const hasVenue = facts.mode !== 'online';
    const remote = facts.mode === 'online' || facts.announcement.remote?.participation === 'speak' || facts.announcement.remote?.participation === 'listen';
    const hasDocuments = facts.documents.length > 0;
    const evidence = { mode: facts.mode, start: facts.startDate, documents: facts.documents.length };
    // Format v1 can state captioning only (as `languages.captioning`): the rest is one fact it lacks, one finding.
    if (access === undefined || facts.announcement.format_version !== 2) {
      const captioned = access?.captioning === true;
      const what = [
        'whom to ask for an accommodation and by when',
        ...(hasVenue ? ['whether the venue is accessible'] : []),
        ...(captioned ? [] : ['captioning or sign language']),
        ...(hasDocuments ? ['whether the documents are accessible'] : []),
        ...(remote ? ['whether the remote platform is accessible'] : []),
      ];
      return {
        status: 'not-stated',
        findings: [
          {
            message: captioned
              ? 'the invitation states captioning but nothing else about access for persons with disabilities, so nobody can tell whether they can take part or how to ask'
              : 'the invitation says nothing about access for persons with disabilities, so nobody can tell whether they can take part or how to ask',
            at: facts.locate(['accessibility']),
            evidence,
            remedy: pastOr(facts, `state in \`accessibility\`${v2Note(facts)} ${what.join(', ')}; accept accommodation requests until ${proposed.text}`),
          },
        ],
      };
    }

    const findings: FindingDraft[] = [];
    let failed = false;
    const missing = (path: string, message: string, remedy: string, source: string = SOURCES.information) =>
      findings.push({ message, at: facts.locate(['accessibility', path]), evidence: { ...evidence, [path]: null }, remedy: pastOr(facts, remedy), source });

    if (access.request_contact === undefined) {
      missing('request_contact', 'whom to ask for an accommodation is not stated', 'name a contact for accommodation requests in `accessibility.request_contact` (an e-mail address or an office)');
    }
    const request = facts.accessibilityRequest;
    if (request === null) {
      missing('request_by', 'by when an accommodation can be requested is not stated', `state \`accessibility.request_by\`: ${proposed.text}`, SOURCES.unog);
    } else if (request.daysBeforeStart < 0) {
      failed = true;
      findings.push({
        message: `accommodation can be requested until ${request.date}, after the meeting starts on ${facts.startDate}`,
        at: facts.locate(['accessibility', 'request_by']),
        evidence: { ...evidence, requestBy: request.date, daysBeforeStart: request.daysBeforeStart },
        remedy: pastOr(facts, `set \`accessibility.request_by\` on or before ${facts.startDate}: ${proposed.text}`),
        source: SOURCES.unog,
      });
    } else if (request.daysAfterReference < opts.requestWindowDays) {
      failed = true;
      const later = addDays(facts.reference.date > facts.asOf ? facts.reference.date : facts.asOf, opts.requestWindowDays);
      findings.push({
        message: `accommodation must be requested by ${request.date}, ${request.daysAfterReference} days after the invitation${referenceNote(facts)}; at least ${opts.requestWindowDays} are needed to ask`,
        at: facts.locate(['accessibility', 'request_by']),
        evidence: { ...evidence, requestBy: request.date, daysAfterReference: request.daysAfterReference, requestWindowDays: opts.requestWindowDays },
        remedy: facts.startDate <= facts.asOf
          ? `the meeting has taken place: next time, leave at least ${opts.requestWindowDays} days between the invitation and the last day to request an accommodation`
          : later <= facts.startDate
            ? `move \`accessibility.request_by\` to ${later} or later (${opts.requestLeadWorkingDays} working days before the meeting is ${addWorkingDays(facts.startDate, -opts.requestLeadWorkingDays)})`
            : `the meeting is too close for a ${opts.requestWindowDays}-day window: accept requests until ${addWorkingDays(facts.startDate, -opts.requestLeadWorkingDays)}, ${opts.requestLeadWorkingDays} working days before the meeting`,
        source: SOURCES.unog,
      });
    }

    if (hasVenue) {
      if (access.venue_accessible === false) {
        failed = true;
        findings.push({
          message: 'the venue is not accessible to wheelchair users',
          at: facts.locate(['accessibility', 'venue_accessible']),
          evidence: { ...evidence, venue_accessible: false },
          remedy: 'move the meeting to an accessible venue, or offer a remote route with the same floor (`remote.participation: speak`)',
        });
      } else if (access.venue_accessible === undefined) {
        missing('venue_accessible', 'whether the venue is accessible is not stated', 'state `accessibility.venue_accessible` (step-free access, accessible rooms and toilets)');
      }
    }

    const signLanguages = access.sign_language ?? [];
    if (access.captioning !== true && signLanguages.length === 0) {
      if (access.captioning === false && access.sign_language !== undefined) {
        failed = true;
        findings.push({
          message: 'the meeting offers neither live captioning nor sign language interpretation',
          at: facts.locate(['accessibility', 'captioning']),
          evidence: { ...evidence, captioning: false, signLanguages: 0 },
          remedy: 'offer real-time captioning (`accessibility.captioning: true`) or sign language interpretation (`accessibility.sign_language: [International Sign]`)',
          source: SOURCES.remote,
        });
      } else {
        missing(access.captioning === undefined ? 'captioning' : 'sign_language', `whether there is live captioning or sign language interpretation is not stated${access.captioning === false ? ' (no captioning)' : ''}`, 'state `accessibility.captioning` or `accessibility.sign_language`', SOURCES.remote);
      }
    }

    if (hasDocuments) {
      if (access.documents_accessible === false) {
        failed = true;
        findings.push({
          message: `the ${facts.documents.length === 1 ? 'document is' : `${facts.documents.length} documents are`} not published in accessible formats`,
          at: facts.locate(['accessibility', 'documents_accessible']),
          evidence: { ...evidence, documents_accessible: false },
          remedy: 'publish the documents in accessible formats (tagged PDF or HTML, readable by a screen reader) when they are first published',
          source: SOURCES.remote,
        });
      } else if (access.documents_accessible === undefined) {
        missing('documents_accessible', 'whether the documents are published in accessible formats is not stated', 'state `accessibility.documents_accessible`', SOURCES.remote);
      }
    }

    if (remote) {
      if (access.remote_platform_accessible === false) {
        failed = true;
        findings.push({
          message: 'the remote platform does not work with assistive technology',
          at: facts.locate(['accessibility', 'remote_platform_accessible']),
          evidence: { ...evidence, remote_platform_accessible: false },
          remedy: 'use a remote platform that works with screen readers and keyboard-only use and shows captions',
          source: SOURCES.remote,
        });
      } else if (access.remote_platform_accessible === undefined) {
        missing('remote_platform_accessible', 'whether the remote platform works with assistive technology is not stated', 'state `accessibility.remote_platform_accessible`', SOURCES.remote);
      }
    }

    return { status: failed ? 'fail' : findings.length > 0 ? 'not-stated' : 'pass', findings, evidence: { requestWindowDays: opts.requestWindowDays, requestBy: proposed.date } };
  },
});
