import * as z from 'zod';
import { addDays, addWorkingDays } from '../../src/announcement/dates.js';
import type { Facts } from '../../src/announcement/facts.js';
import { defineRule } from '../../src/engine/define.js';
import type { FindingDraft } from '../../src/engine/types.js';
import readPage from './README.md?lazy';
import { messages, translations, type Args } from './messages.js';

const options = () =>
  z.strictObject({
    requestWindowDays: z
      .number()
      .int()
      .min(0)
      .describe('Days from `issued` to the last day to request an accommodation (`accessibility.request_by`): as long as to register, since the request goes with the registration.'),
    requestLeadWorkingDays: z
      .number()
      .int()
      .min(0)
      .describe('Working days before the meeting that a remedy proposes as the last day to request an accommodation (UNOG: three working days).'),
  });

const SOURCES = {
  information: 'UN JIU/REP/2018/6 (endorsed by GA resolution 74/253): provide accessibility-related information before the conference and proactively request information on accessibility needs',
  remote: 'W3C Group Note "Accessibility of Remote Meetings" (2022): captions, accessible supporting documents distributed in advance, and an accessible meeting platform are the host\'s to arrange and announce',
  unog: 'UNOG guidance note on accessibility at the Palais des Nations: the assistance request, with the registration form, no later than three working days before the conference',
} as const;

type Opts = z.infer<ReturnType<typeof options>>;

/**
 * The day a remedy proposes for the request deadline: the UNOG lead before the meeting; when the invitation leaves
 * less than the window before that day, the remedy also says by when to send it.
 */
function proposedRequestBy(facts: Facts, opts: Opts) {
  const lead = addWorkingDays(facts.startDate, -opts.requestLeadWorkingDays);
  const fits = addDays(facts.reference.date, opts.requestWindowDays) <= lead;
  return {
    requestLeadWorkingDays: opts.requestLeadWorkingDays,
    proposedRequestBy: lead,
    requestWindowDays: opts.requestWindowDays,
    sendBy: fits ? null : addDays(lead, -opts.requestWindowDays),
  };
}

export default defineRule({
  meta: {
    id: 'accessibility',
    criterion: 'Accessibility',
    description: 'The invitation says how and by when to request an accommodation, and states an accessible venue, captioning or sign language, accessible documents and an accessible remote platform.',
    severity: 'warn',
    options,
    defaults: { requestWindowDays: 14, requestLeadWorkingDays: 3 },
    sources: [
      { title: SOURCES.information, url: 'https://www.unjiu.org/news/jiurep20186-jiu-review-enhancing-accessibility-persons-disabilities-conferences-and-meetings' },
      { title: SOURCES.remote, url: 'https://www.w3.org/TR/remote-meetings/' },
      { title: SOURCES.unog, url: 'https://docest.com/doc/340010/unog-accessibility-note' },
    ],
  },
  get page() {
    return readPage();
  },
  messages,
  translations,
  check(facts, opts) {
    const access = facts.announcement.accessibility;
    const proposal = proposedRequestBy(facts, opts);
    const hasVenue = facts.mode !== 'online';
    const remote = facts.mode === 'online' || facts.announcement.remote?.participation === 'speak' || facts.announcement.remote?.participation === 'listen';
    const hasDocuments = facts.documents.length > 0;
    // A remedy is a lesson when the meeting has taken place: nothing can be asked of it before the day it is checked for.
    const evidence = { mode: facts.mode, start: facts.startDate, documents: facts.documents.length, past: facts.startDate <= facts.asOf };
    // Format v1 can state captioning only (as `languages.captioning`): the rest is one fact it lacks, one finding.
    if (access === undefined || facts.announcement.format_version !== 2) {
      const captioned = access?.captioning === true;
      const nothing = {
        ...evidence,
        ...proposal,
        formatVersion: facts.announcement.format_version ?? null,
        hasVenue,
        remoteParticipants: remote,
        captioned,
      };
      const at = facts.locate(['accessibility']);
      return {
        status: 'not-stated',
        findings: [captioned ? { messageId: 'only-captioning-stated', at, evidence: nothing } : { messageId: 'nothing-stated', at, evidence: nothing }],
      };
    }

    const findings: FindingDraft<Args>[] = [];
    let failed = false;
    const at = (path: string) => facts.locate(['accessibility', path]);

    if (access.request_contact === undefined) {
      findings.push({ messageId: 'contact-not-stated', at: at('request_contact'), evidence: { ...evidence, request_contact: null }, source: SOURCES.information });
    }
    const request = facts.accessibilityRequest;
    if (request === null) {
      findings.push({ messageId: 'request-by-not-stated', at: at('request_by'), evidence: { ...evidence, ...proposal, request_by: null }, source: SOURCES.unog });
    } else if (request.daysBeforeStart < 0) {
      failed = true;
      findings.push({
        messageId: 'request-after-start',
        at: at('request_by'),
        evidence: { ...evidence, ...proposal, requestBy: request.date, daysBeforeStart: request.daysBeforeStart },
        source: SOURCES.unog,
      });
    } else if (request.daysAfterReference < opts.requestWindowDays) {
      failed = true;
      const later = addDays(facts.reference.date > facts.asOf ? facts.reference.date : facts.asOf, opts.requestWindowDays);
      findings.push({
        messageId: 'request-window-short',
        at: at('request_by'),
        evidence: {
          ...evidence,
          requestBy: request.date,
          daysAfterReference: request.daysAfterReference,
          requestWindowDays: opts.requestWindowDays,
          requestLeadWorkingDays: opts.requestLeadWorkingDays,
          proposedRequestBy: proposal.proposedRequestBy,
          sent: facts.reference.date,
          sentFrom: facts.reference.fromIssued ? 'issued' : 'as-of',
          moveTo: later,
          windowFits: later <= facts.startDate,
        },
        source: SOURCES.unog,
      });
    }

    if (hasVenue) {
      if (access.venue_accessible === false) {
        failed = true;
        findings.push({ messageId: 'venue-inaccessible', at: at('venue_accessible'), evidence: { ...evidence, venue_accessible: false }, source: SOURCES.information });
      } else if (access.venue_accessible === undefined) {
        findings.push({ messageId: 'venue-access-not-stated', at: at('venue_accessible'), evidence: { ...evidence, venue_accessible: null }, source: SOURCES.information });
      }
    }

    const signLanguages = access.sign_language ?? [];
    if (access.captioning !== true && signLanguages.length === 0) {
      if (access.captioning === false && access.sign_language !== undefined) {
        failed = true;
        findings.push({ messageId: 'no-captioning-or-sign-language', at: at('captioning'), evidence: { ...evidence, captioning: false, signLanguages: 0 }, source: SOURCES.remote });
      } else if (access.captioning === undefined) {
        findings.push({ messageId: 'captioning-not-stated', at: at('captioning'), evidence: { ...evidence, captioning: null }, source: SOURCES.remote });
      } else {
        findings.push({ messageId: 'sign-language-not-stated', at: at('sign_language'), evidence: { ...evidence, sign_language: null }, source: SOURCES.remote });
      }
    }

    if (hasDocuments) {
      if (access.documents_accessible === false) {
        failed = true;
        findings.push({ messageId: 'documents-inaccessible', at: at('documents_accessible'), evidence: { ...evidence, documents_accessible: false }, source: SOURCES.remote });
      } else if (access.documents_accessible === undefined) {
        findings.push({ messageId: 'documents-access-not-stated', at: at('documents_accessible'), evidence: { ...evidence, documents_accessible: null }, source: SOURCES.remote });
      }
    }

    if (remote) {
      if (access.remote_platform_accessible === false) {
        failed = true;
        findings.push({ messageId: 'platform-inaccessible', at: at('remote_platform_accessible'), evidence: { ...evidence, remote_platform_accessible: false }, source: SOURCES.remote });
      } else if (access.remote_platform_accessible === undefined) {
        findings.push({ messageId: 'platform-access-not-stated', at: at('remote_platform_accessible'), evidence: { ...evidence, remote_platform_accessible: null }, source: SOURCES.remote });
      }
    }

    return { status: failed ? 'fail' : findings.length > 0 ? 'not-stated' : 'pass', findings, evidence: { requestWindowDays: opts.requestWindowDays, requestBy: proposal.proposedRequestBy } };
  },
});
