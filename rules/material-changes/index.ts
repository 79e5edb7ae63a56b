import * as z from 'zod';
import { addDays } from '../../src/announcement/dates.js';
import type { Mode } from '../../src/announcement/facts.js';
import { CHANGES } from '../../src/announcement/schema.js';
import { defineRule } from '../../src/engine/define.js';
import type { CheckResult, FindingDraft } from '../../src/engine/types.js';
import readPage from './README.md?lazy';
import { messages, translations, type Args } from './messages.js';

const options = () =>
  z.strictObject({
    inPersonDays: z.number().int().min(0).describe('Days of notice, counted from the revision, for an in-person meeting (no remote floor).'),
    hybridDays: z.number().int().min(0).describe('Days of notice, counted from the revision, for a venue plus remote participants who can speak.'),
    onlineDays: z.number().int().min(0).describe('Days of notice, counted from the revision, for an online meeting.'),
    restartingChanges: z
      .array(z.enum(CHANGES))
      .describe('The changes after which the notice count starts again from the revision (a postponement always does).'),
  });

const SOURCES = {
  ietf: 'IETF Datatracker interim announcements: a changed meeting is announced as "MEETING DETAILS HAVE CHANGED", a cancelled one as "has been cancelled"',
  rfc9137: 'RFC 9137 (BCP 226, 2021): a postponed meeting begins no earlier than one month after the postponement announcement; a relocation that needs new travel SHOULD NOT occur less than one month before the meeting',
  iesg: 'IESG statement "Guidance on In-Person and Online Interim Meetings" (2023): interim meetings are announced in advance (at least one week, preferably two, for online ones)',
} as const;

const NOTICE_SOURCES = { 'in-person': SOURCES.rfc9137, hybrid: SOURCES.rfc9137, online: SOURCES.iesg } satisfies Record<Mode, string>;

export default defineRule({
  meta: {
    id: 'material-changes',
    criterion: 'Material changes',
    description: 'A revised invitation says what changed, and a new date, time, venue, mode or agenda gets the full notice again from the revision; cancellations and postponements are announced as such.',
    severity: 'warn',
    options,
    defaults: { inPersonDays: 56, hybridDays: 28, onlineDays: 14, restartingChanges: ['date', 'time', 'venue', 'mode', 'agenda'] },
    sources: [
      { title: SOURCES.ietf, url: 'https://github.com/ietf-tools/datatracker/blob/main/ietf/templates/meeting/interim_announcement.txt' },
      { title: SOURCES.rfc9137, url: 'https://datatracker.ietf.org/doc/html/rfc9137' },
      { title: SOURCES.iesg, url: 'https://www.ietf.org/about/groups/iesg/statements/interim-meetings-guidance/' },
    ],
  },
  get page() {
    return readPage();
  },
  messages,
  translations,
  check(facts, opts): CheckResult<Args> {
    const revision = facts.announcement.revision;
    // Format v1 cannot mark a revision. In v2 an invitation without one states that it is the first: nothing changed.
    if (revision === undefined) return { status: facts.announcement.format_version === 2 ? 'pass' : 'not-applicable', findings: [] };
    const { reference, startDate, mode } = facts;
    const past = startDate <= facts.asOf;
    const evidence = {
      kind: revision.kind,
      changed: revision.changed ?? [],
      revised: reference.date,
      sentFrom: reference.fromIssued ? 'issued' : 'as-of',
      start: startDate,
      mode,
      remoteStated: facts.remoteStated,
      past,
    } as const;

    if (revision.kind === 'cancelled') {
      if (facts.noticeDays >= 0) return { status: 'pass', findings: [] };
      return {
        status: 'fail',
        findings: [
          {
            messageId: 'cancelled-after-start',
            at: facts.locate(['issued']),
            evidence: { ...evidence, cancelBy: addDays(startDate, -1) },
            source: SOURCES.ietf,
          },
        ],
      };
    }

    const requiredDays = { 'in-person': opts.inPersonDays, hybrid: opts.hybridDays, online: opts.onlineDays }[mode];
    const sendBy = addDays(startDate, -requiredDays);
    const moveTo = addDays(reference.date > facts.asOf ? reference.date : facts.asOf, requiredDays);
    const findings: FindingDraft<Args>[] = [];
    const changed = revision.changed;
    if (revision.kind === 'changed' && changed === undefined) {
      return {
        status: 'not-stated',
        findings: [
          {
            messageId: 'changes-not-stated',
            at: facts.locate(['revision', 'changed']),
            evidence: { ...evidence, restartingChanges: opts.restartingChanges, requiredDays, sendBy },
            source: SOURCES.ietf,
          },
        ],
        evidence: { requiredDays, sendBy },
      };
    }

    const restarting = revision.kind === 'postponed' ? ['date' as const] : (changed ?? []).filter((change) => opts.restartingChanges.includes(change));
    if (restarting.length === 0) return { status: 'pass', findings: [] };

    const restartingEvidence = { ...evidence, restarting, noticeDays: facts.noticeDays, requiredDays, sendBy };
    if (facts.noticeDays < requiredDays) {
      const range = reference.written;
      if (range !== null && facts.noticeDaysAtEarliest >= requiredDays) {
        findings.push({
          messageId: 'revised-in-range-undecided',
          at: facts.locate(['issued']),
          evidence: { ...restartingEvidence, range, earliest: reference.earliest },
          source: NOTICE_SOURCES[mode],
        });
        return { status: 'not-stated', findings, evidence: { requiredDays, sendBy } };
      }
      findings.push({
        messageId: facts.noticeDays < 0 ? 'revised-after-start' : revision.kind === 'postponed' ? 'postponed-late' : 'revised-late',
        at: facts.locate(['issued']),
        evidence: { ...restartingEvidence, moveTo, canSendBy: sendBy >= facts.asOf },
        source: NOTICE_SOURCES[mode],
      });
    }
    return { status: findings.length > 0 ? 'fail' : 'pass', findings, evidence: { requiredDays, sendBy } };
  },
});
