import * as z from 'zod';
import { addDays } from '../../src/announcement/dates.js';
import { modeWords, referenceNote, type Mode } from '../../src/announcement/facts.js';
import { CHANGES } from '../../src/announcement/schema.js';
import { defineRule } from '../../src/engine/define.js';
import type { CheckResult, FindingDraft } from '../../src/engine/types.js';
import page from './README.md?raw';

const options = z.strictObject({
  inPersonDays: z.number().int().min(0).default(56).describe('Days of notice, counted from the revision, for an in-person meeting (no remote floor).'),
  hybridDays: z.number().int().min(0).default(28).describe('Days of notice, counted from the revision, for a venue plus remote participants who can speak.'),
  onlineDays: z.number().int().min(0).default(14).describe('Days of notice, counted from the revision, for an online meeting.'),
  restartingChanges: z
    .array(z.enum(CHANGES))
    .default(['date', 'time', 'venue', 'mode', 'agenda'])
    .describe('The changes after which the notice count starts again from the revision (a postponement always does).'),
});

const SOURCES = {
  ietf: 'IETF Datatracker interim announcements: a changed meeting is announced as "MEETING DETAILS HAVE CHANGED", a cancelled one as "has been cancelled"',
  rfc9137: 'RFC 9137 (BCP 226, 2021): a postponed meeting begins no earlier than one month after the postponement announcement; a relocation that needs new travel SHOULD NOT occur less than one month before the meeting',
  iesg: 'IESG statement "Guidance on In-Person and Online Interim Meetings" (2023): interim meetings are announced in advance (at least one week, preferably two, for online ones)',
} as const;

const NOTICE_SOURCES = { 'in-person': SOURCES.rfc9137, hybrid: SOURCES.rfc9137, online: SOURCES.iesg } satisfies Record<Mode, string>;

/** `date, venue or mode`. */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

export default defineRule({
  meta: {
    id: 'material-changes',
    criterion: 'Material changes',
    description: 'A revised invitation says what changed, and a new date, time, venue, mode or agenda gets the full notice again from the revision; cancellations and postponements are announced as such.',
    severity: 'warn',
    options,
    sources: [
      { title: SOURCES.ietf, url: 'https://github.com/ietf-tools/datatracker/blob/main/ietf/templates/meeting/interim_announcement.txt' },
      { title: SOURCES.rfc9137, url: 'https://datatracker.ietf.org/doc/html/rfc9137' },
      { title: SOURCES.iesg, url: 'https://www.ietf.org/about/groups/iesg/statements/interim-meetings-guidance/' },
    ],
  },
  page,
  check(facts, opts): CheckResult {
    const revision = facts.announcement.revision;
    // Format v1 cannot mark a revision. In v2 an invitation without one states that it is the first: nothing changed.
    if (revision === undefined) return { status: facts.announcement.format_version === 2 ? 'pass' : 'not-applicable', findings: [] };
    const { reference, startDate, mode } = facts;
    const past = startDate <= facts.asOf;
    const note = referenceNote(facts);
    const evidence = { kind: revision.kind, changed: revision.changed ?? [], revised: reference.date, start: startDate, mode };

    if (revision.kind === 'cancelled') {
      if (facts.noticeDays >= 0) return { status: 'pass', findings: [] };
      return {
        status: 'fail',
        findings: [
          {
            message: `the cancellation is dated ${reference.date}${note}, after the meeting was to start on ${startDate}`,
            at: facts.locate(['issued']),
            evidence,
            remedy: past
              ? `the meeting was to take place: next time, announce a cancellation before the day it is to start (here, by ${addDays(startDate, -1)})`
              : `date the cancellation before ${startDate}, the day the meeting was to start`,
            source: SOURCES.ietf,
          },
        ],
      };
    }

    const requiredDays = { 'in-person': opts.inPersonDays, hybrid: opts.hybridDays, online: opts.onlineDays }[mode];
    const sendBy = addDays(startDate, -requiredDays);
    const moveTo = addDays(reference.date > facts.asOf ? reference.date : facts.asOf, requiredDays);
    const findings: FindingDraft[] = [];
    const changed = revision.changed;
    if (revision.kind === 'changed' && changed === undefined) {
      return {
        status: 'not-stated',
        findings: [
          {
            message: 'the invitation is a revision, but what changed is not stated',
            at: facts.locate(['revision', 'changed']),
            evidence,
            remedy: `list what changed in \`revision.changed\` (${CHANGES.join(', ')}); if the ${orList(opts.restartingChanges)} changed, ${modeWords(facts)} on ${startDate} needs the revision sent ${requiredDays} days ahead, by ${sendBy}`,
            source: SOURCES.ietf,
          },
        ],
        evidence: { requiredDays, sendBy },
      };
    }

    const restarting = revision.kind === 'postponed' ? ['date' as const] : (changed ?? []).filter((change) => opts.restartingChanges.includes(change));
    if (restarting.length === 0) return { status: 'pass', findings: [] };

    const what = revision.kind === 'postponed' ? `postponed to ${startDate}` : `on ${startDate} with a new ${restarting.join(', ')}`;
    if (facts.noticeDays < requiredDays) {
      const range = reference.written;
      if (range !== null && facts.noticeDaysAtEarliest >= requiredDays) {
        findings.push({
          message: `revised ${/^\d{4}-\d{2}$/.test(range) ? `in ${range}` : `between ${range}`}: that is enough notice for ${modeWords(facts)} ${what} if the revision went out by ${sendBy}, not if later`,
          at: facts.locate(['issued']),
          evidence: { ...evidence, noticeDays: facts.noticeDays, requiredDays, sendBy },
          remedy: `state the day of the revision (\`issued: YYYY-MM-DD\`); it passes if that is ${sendBy} or earlier`,
          source: NOTICE_SOURCES[mode],
        });
        return { status: 'not-stated', findings, evidence: { requiredDays, sendBy } };
      }
      const remedies = [...(sendBy >= facts.asOf ? [`send the revision by ${sendBy}`] : []), `move the meeting to ${moveTo} or later`];
      findings.push({
        message:
          facts.noticeDays < 0
            ? `the revision of ${reference.date}${note} is dated after the meeting starts on ${startDate}`
            : revision.kind === 'postponed'
              ? `postponed on ${reference.date}${note} to ${startDate}, ${facts.noticeDays} days later; ${modeWords(facts)} needs at least ${requiredDays} days of notice from the postponement`
              : `revised on ${reference.date}${note}, ${facts.noticeDays} days before ${modeWords(facts)} on ${startDate}, with a new ${restarting.join(', ')}; notice counts again from the change, and at least ${requiredDays} days are needed`,
        at: facts.locate(['issued']),
        evidence: { ...evidence, noticeDays: facts.noticeDays, requiredDays, sendBy },
        remedy: past ? `the meeting has taken place: next time, announce a change at least ${requiredDays} days before the meeting (for this one, by ${sendBy})` : remedies.join(', or '),
        source: NOTICE_SOURCES[mode],
      });
    }
    return { status: findings.length > 0 ? 'fail' : 'pass', findings, evidence: { requiredDays, sendBy } };
  },
});
