import * as z from 'zod';
import { addDays } from '../../src/announcement/dates.js';
import { defineRule } from '../../src/engine/define.js';
import type { FindingDraft } from '../../src/engine/types.js';
import readPage from './README.md?lazy';
import { messages, translations, type Args } from './messages.js';

const options = () =>
  z.strictObject({
    inPersonDays: z.number().int().min(0).describe('Days after an in-person or hybrid meeting by which the minutes or summary are published (W3C: two weeks face-to-face).'),
    onlineDays: z.number().int().min(0).describe('Days after an online meeting by which the minutes or summary are published (W3C: 48 hours for distributed meetings).'),
  });

const SOURCES = {
  venue: 'W3C Process Document (2015), section 3.2: minutes available two weeks after a face-to-face meeting; the call for a workshop should indicate its deliverables (reports, minutes)',
  online: 'W3C Process Document (2015), section 3.2: minutes available 48 hours after a distributed meeting',
  feedback: 'European Commission COM(2002) 704, minimum standard E: receipt of contributions should be acknowledged, and adequate feedback given to those who responded and to the public',
  aarhus: 'Aarhus Convention art. 6(8): "due account" is taken of the outcome of public participation; art. 6(9): the public is informed of the decision and its reasons',
} as const;

export default defineRule({
  meta: {
    id: 'records-and-feedback',
    criterion: 'Records and feedback',
    description: 'The invitation commits to minutes or a summary, says by when they are published (2 weeks after a meeting with a venue, 48 hours online), and how input will be reflected.',
    severity: 'warn',
    options,
    defaults: { inPersonDays: 14, onlineDays: 2 },
    sources: [
      { title: SOURCES.venue, url: 'http://www.w3.org/2015/Process-20150901/' },
      { title: SOURCES.online, url: 'http://www.w3.org/2015/Process-20150901/' },
      { title: SOURCES.feedback, url: 'http://eur-lex.europa.eu/LexUriServ/LexUriServ.do?uri=CELEX:52002DC0704:mt:NOT' },
      { title: SOURCES.aarhus, url: 'https://eur-lex.europa.eu/legal-content/RO/TXT/?uri=OJ%3AJOL_2005_124_R_0001_01' },
    ],
  },
  get page() {
    return readPage();
  },
  messages,
  translations,
  check(facts, opts) {
    const records = facts.announcement.records;
    const online = facts.mode === 'online';
    const requiredDays = online ? opts.onlineDays : opts.inPersonDays;
    const source = online ? SOURCES.online : SOURCES.venue;
    const lastDay = facts.lastDay.date;
    const dueBy = addDays(lastDay, requiredDays);
    const evidence = { mode: facts.mode, lastDay, requiredDays, dueBy, remoteStated: facts.remoteStated, past: lastDay < facts.asOf };
    const level = facts.announcement.format?.level;
    const inputs = facts.announcement.inputs ?? [];
    // Input is taken unless the meeting only informs; written input is acknowledged (COM(2002) 704 E).
    const takesInput = level !== 'inform' || inputs.length > 0;
    const writtenInput = inputs.length > 0 || facts.announcement.format?.interaction === 'written-input';

    if (records === undefined || facts.announcement.format_version !== 2) {
      return {
        status: 'not-stated',
        findings: [
          {
            messageId: 'records-not-stated',
            at: facts.locate(['records']),
            evidence: { ...evidence, takesInput, formatVersion: facts.announcement.format_version === 2 ? (2 as const) : (1 as const) },
            source,
          },
        ],
      };
    }

    const findings: FindingDraft<Args>[] = [];
    let failed = false;
    const committed = records.minutes === true || records.summary === true;
    if (!committed) {
      const refused = records.minutes === false && records.summary === false;
      if (refused) failed = true;
      const at = facts.locate(['records', records.minutes === undefined ? 'minutes' : 'summary']);
      const recording = records.recording ?? null;
      findings.push(
        refused
          ? { messageId: 'no-minutes-or-summary', at, evidence: { ...evidence, minutes: false, summary: false, recording }, source }
          : { messageId: 'minutes-not-stated', at, evidence: { ...evidence, minutes: records.minutes ?? null, summary: records.summary ?? null, recording }, source },
      );
    }

    if (records.minutes !== false || records.summary !== false) {
      const due = facts.recordDue;
      if (due === null) {
        findings.push({
          messageId: 'published-by-not-stated',
          at: facts.locate(['records', 'published_by']),
          evidence,
          source,
        });
      } else if (due.daysAfterMeeting < 0) {
        failed = true;
        findings.push({
          messageId: 'due-before-meeting',
          at: facts.locate(['records', due.from]),
          evidence: { ...evidence, due: due.date, daysAfterMeeting: due.daysAfterMeeting },
          source,
        });
      } else if (due.daysAfterMeeting > requiredDays) {
        failed = true;
        findings.push({
          messageId: 'published-late',
          at: facts.locate(['records', due.from]),
          evidence: { ...evidence, due: due.date, daysAfterMeeting: due.daysAfterMeeting },
          source,
        });
      }
    }

    if (takesInput && records.feedback === undefined) {
      findings.push({
        messageId: 'feedback-not-stated',
        at: facts.locate(['records', 'feedback']),
        evidence: { ...evidence, level: level ?? null },
        source: SOURCES.aarhus,
      });
    }
    if (writtenInput) {
      if (records.acknowledgement === false) {
        failed = true;
        findings.push({
          messageId: 'not-acknowledged',
          at: facts.locate(['records', 'acknowledgement']),
          evidence: { ...evidence, acknowledgement: false },
          source: SOURCES.feedback,
        });
      } else if (records.acknowledgement === undefined) {
        findings.push({
          messageId: 'acknowledgement-not-stated',
          at: facts.locate(['records', 'acknowledgement']),
          evidence: { ...evidence, acknowledgement: null },
          source: SOURCES.feedback,
        });
      }
    }

    return { status: failed ? 'fail' : findings.length > 0 ? 'not-stated' : 'pass', findings, evidence: { requiredDays, dueBy } };
  },
});
