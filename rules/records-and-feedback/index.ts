import * as z from 'zod';
import { addDays } from '../../src/announcement/dates.js';
import { modeWords, type Facts } from '../../src/announcement/facts.js';
import { defineRule } from '../../src/engine/define.js';
import type { FindingDraft } from '../../src/engine/types.js';
import page from './README.md?raw';

const options = z.strictObject({
  inPersonDays: z.number().int().min(0).default(14).describe('Days after an in-person or hybrid meeting by which the minutes or summary are published (W3C: two weeks face-to-face).'),
  onlineDays: z.number().int().min(0).default(2).describe('Days after an online meeting by which the minutes or summary are published (W3C: 48 hours for distributed meetings).'),
});

const SOURCES = {
  venue: 'W3C Process Document (2015), section 3.2: minutes available two weeks after a face-to-face meeting; the call for a workshop should indicate its deliverables (reports, minutes)',
  online: 'W3C Process Document (2015), section 3.2: minutes available 48 hours after a distributed meeting',
  feedback: 'European Commission COM(2002) 704, minimum standard E: receipt of contributions should be acknowledged, and adequate feedback given to those who responded and to the public',
  aarhus: 'Aarhus Convention art. 6(8): "due account" is taken of the outcome of public participation; art. 6(9): the public is informed of the decision and its reasons',
} as const;

function pastOr(facts: Facts, remedy: string): string {
  return facts.lastDay.date < facts.asOf ? `the meeting has taken place: next time, ${remedy}` : remedy;
}

export default defineRule({
  meta: {
    id: 'records-and-feedback',
    criterion: 'Records and feedback',
    description: 'The invitation commits to minutes or a summary, says by when they are published (2 weeks after a meeting with a venue, 48 hours online), and how input will be reflected.',
    severity: 'warn',
    options,
    sources: [
      { title: SOURCES.venue, url: 'http://www.w3.org/2015/Process-20150901/' },
      { title: SOURCES.online, url: 'http://www.w3.org/2015/Process-20150901/' },
      { title: SOURCES.feedback, url: 'http://eur-lex.europa.eu/LexUriServ/LexUriServ.do?uri=CELEX:52002DC0704:mt:NOT' },
      { title: SOURCES.aarhus, url: 'https://eur-lex.europa.eu/legal-content/RO/TXT/?uri=OJ%3AJOL_2005_124_R_0001_01' },
    ],
  },
  page,
  check(facts, opts) {
    const records = facts.announcement.records;
    const online = facts.mode === 'online';
    const requiredDays = online ? opts.onlineDays : opts.inPersonDays;
    const source = online ? SOURCES.online : SOURCES.venue;
    const lastDay = facts.lastDay.date;
    const dueBy = addDays(lastDay, requiredDays);
    const evidence = { mode: facts.mode, lastDay, requiredDays, dueBy };
    const level = facts.announcement.format?.level;
    const inputs = facts.announcement.inputs ?? [];
    // Input is taken unless the meeting only informs; written input is acknowledged (COM(2002) 704 E).
    const takesInput = level !== 'inform' || inputs.length > 0;
    const writtenInput = inputs.length > 0 || facts.announcement.format?.interaction === 'written-input';
    const within = `within ${requiredDays} days of ${modeWords(facts)}, i.e. by ${dueBy}`;

    if (records === undefined || facts.announcement.format_version !== 2) {
      const what = [`minutes or a summary, published ${within}`, ...(takesInput ? ['how input will be reflected'] : [])];
      return {
        status: 'not-stated',
        findings: [
          {
            message: 'the invitation does not say what record of the meeting is published, or when',
            at: facts.locate(['records']),
            evidence,
            remedy: pastOr(facts, `state in \`records\`${facts.announcement.format_version === 2 ? '' : ' (format v2: `format_version: 2`)'} ${what.join(', and ')}`),
            source,
          },
        ],
      };
    }

    const findings: FindingDraft[] = [];
    let failed = false;
    const committed = records.minutes === true || records.summary === true;
    if (!committed) {
      const refused = records.minutes === false && records.summary === false;
      if (refused) failed = true;
      findings.push({
        message: refused
          ? `no minutes and no summary are published${records.recording === true ? ' (only a recording)' : ''}, so nobody can read or cite what was said`
          : 'whether minutes or a summary are published is not stated',
        at: facts.locate(['records', records.minutes === undefined ? 'minutes' : 'summary']),
        evidence: { ...evidence, minutes: records.minutes ?? null, summary: records.summary ?? null, recording: records.recording ?? null },
        remedy: pastOr(facts, `publish minutes or a summary (\`records.minutes: true\` or \`records.summary: true\`) ${within}`),
        source,
      });
    }

    if (records.minutes !== false || records.summary !== false) {
      const due = facts.recordDue;
      if (due === null) {
        findings.push({
          message: 'by when the record is published is not stated',
          at: facts.locate(['records', 'published_by']),
          evidence,
          remedy: pastOr(facts, `state \`records.published_by: ${dueBy}\` (${requiredDays} days after the meeting) or earlier`),
          source,
        });
      } else if (due.daysAfterMeeting < 0) {
        failed = true;
        findings.push({
          message: `the record is due on ${due.date}, before the meeting's last day ${lastDay}`,
          at: facts.locate(['records', due.from]),
          evidence: { ...evidence, due: due.date, daysAfterMeeting: due.daysAfterMeeting },
          remedy: pastOr(facts, `set \`records.published_by\` between ${lastDay} and ${dueBy}`),
          source,
        });
      } else if (due.daysAfterMeeting > requiredDays) {
        failed = true;
        findings.push({
          message: `the record is published ${due.daysAfterMeeting} days after ${modeWords(facts)} ending on ${lastDay}; at most ${requiredDays} are allowed`,
          at: facts.locate(['records', due.from]),
          evidence: { ...evidence, due: due.date, daysAfterMeeting: due.daysAfterMeeting },
          remedy: pastOr(facts, `publish it by ${dueBy} (\`records.published_by: ${dueBy}\`)`),
          source,
        });
      }
    }

    if (takesInput && records.feedback === undefined) {
      findings.push({
        message: 'how the input of participants will be reflected is not stated',
        at: facts.locate(['records', 'feedback']),
        evidence: { ...evidence, level: level ?? null },
        remedy: pastOr(facts, 'say in `records.feedback` how input is taken into account and where the reasons are published (e.g. "a response to each contribution in the chair\'s summary")'),
        source: SOURCES.aarhus,
      });
    }
    if (writtenInput) {
      if (records.acknowledgement === false) {
        failed = true;
        findings.push({
          message: 'written contributions are not acknowledged',
          at: facts.locate(['records', 'acknowledgement']),
          evidence: { ...evidence, acknowledgement: false },
          remedy: pastOr(facts, 'acknowledge the receipt of each contribution (`records.acknowledgement: true`)'),
          source: SOURCES.feedback,
        });
      } else if (records.acknowledgement === undefined) {
        findings.push({
          message: 'whether written contributions are acknowledged is not stated',
          at: facts.locate(['records', 'acknowledgement']),
          evidence: { ...evidence, acknowledgement: null },
          remedy: pastOr(facts, 'state `records.acknowledgement`'),
          source: SOURCES.feedback,
        });
      }
    }

    return { status: failed ? 'fail' : findings.length > 0 ? 'not-stated' : 'pass', findings, evidence: { requiredDays, dueBy } };
  },
});
