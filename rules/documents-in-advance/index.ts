import * as z from 'zod';
import { addDays } from '../../src/announcement/dates.js';
import { defineRule } from '../../src/engine/define.js';
import type { FindingDraft } from '../../src/engine/types.js';
import readPage from './README.md?lazy';
import { messages, translations, type Args } from './messages.js';

const options = () =>
  z.strictObject({
    inPersonDays: z.number().int().min(0).describe('Days before an in-person or hybrid meeting by which each document must be published.'),
    onlineDays: z.number().int().min(0).describe('Days before an online meeting by which each document must be published.'),
  });

const SOURCES = {
  venue: 'W3C Process Document: the agenda 2 weeks before a face-to-face meeting; IESG Statement on Interim Meetings (2008): 2 weeks',
  online: 'IESG Statement on Interim Meetings (2008): the agenda 1 week before a virtual meeting',
};

export default defineRule({
  meta: {
    id: 'documents-in-advance',
    criterion: 'Documents in advance',
    description: 'Background documents are published early enough to be read and discussed (2 weeks before a meeting with a venue, 1 week online).',
    severity: 'warn',
    options,
    defaults: { inPersonDays: 14, onlineDays: 7 },
    sources: [
      { title: SOURCES.venue, url: 'https://www.w3.org/policies/process/#GeneralMeetings' },
      { title: SOURCES.online, url: 'https://www.ietf.org/about/groups/iesg/statements/interim-meetings-guidance/' },
    ],
  },
  get page() {
    return readPage();
  },
  messages,
  translations,
  check(facts, opts) {
    const { documents } = facts;
    const windowDays = facts.mode === 'online' ? opts.onlineDays : opts.inPersonDays;
    const windowEvidence = { requiredDays: windowDays, publishBy: addDays(facts.startDate, -windowDays) };
    if (documents.length === 0) {
      return {
        status: 'not-stated',
        evidence: windowEvidence,
        findings: [{ messageId: 'no-documents', at: facts.locate(['documents']), evidence: { documents: 0, publishBy: windowEvidence.publishBy } }],
      };
    }
    const { mode, startDate } = facts;
    const requiredDays = mode === 'online' ? opts.onlineDays : opts.inPersonDays;
    const source = mode === 'online' ? SOURCES.online : SOURCES.venue;
    const latest = addDays(startDate, -requiredDays);
    const findings: FindingDraft<Args>[] = [];
    documents.forEach((document, index) => {
      const daysBefore = document.daysBeforeStart;
      const evidence = { title: document.title, published: document.published, start: startDate, mode, remoteStated: facts.remoteStated, daysBefore, requiredDays, publishBy: latest };
      const at = facts.locate(['documents', index, 'published']);
      if (daysBefore < 0) findings.push({ messageId: 'published-after-start', at, evidence, source });
      else if (daysBefore < requiredDays) findings.push({ messageId: 'published-late', at, evidence: { ...evidence, moveTo: addDays(document.published, requiredDays) }, source });
    });
    return { status: findings.length ? 'fail' : 'pass', findings, evidence: windowEvidence };
  },
});
