import * as z from 'zod';
import type { Facts } from '../../src/announcement/facts.js';
import { defineRule } from '../../src/engine/define.js';
import type { FindingDraft } from '../../src/engine/types.js';
import readPage from './README.md?lazy';
import { messages, translations, type Args } from './messages.js';

const options = () => z.strictObject({});

const RFC_2418 = 'RFC 2418 s3.1: interim meetings are subject to the same rules as the working group\'s own meetings';
const TUNIS = 'Tunis Agenda s29: full involvement of all stakeholders in the process that holds the mandate';
const SEED =
  'Civil Society Bureau intervention (2 May 2005): the exchange came "on the occasion of an ITU Working Group and not within the framework of the official WSIS preparatory process"';

export default defineRule({
  meta: {
    id: 'framework-legitimacy',
    criterion: 'Framework legitimacy',
    description: 'The meeting is held within the process that holds the mandate on its subject, or with its explicit mandate.',
    severity: 'error',
    options,
    defaults: {},
    sources: [{ title: SEED }, { title: RFC_2418 }, { title: TUNIS }],
  },
  get page() {
    return readPage();
  },
  messages,
  translations,
  check(facts: Facts) {
    const { convener, framework } = facts.announcement;
    const evidence = {
      convener: convener.name,
      convenerWithin: convener.within ?? null,
      subject: framework?.subject ?? null,
      mandatedProcess: framework?.mandated_process ?? null,
      convenedWithinMandate: framework?.convened_within_mandate ?? null,
      mandateReference: framework?.mandate_reference ?? null,
    };
    // A process that constituted itself (as NETmundial did) answers to no mandate-holder: its standing rests on
    // terms of reference anyone can read, which say who steers it and how its outcome is reached.
    if (framework?.self_constituted === true) {
      const terms = framework.terms_of_reference;
      const selfEvidence = { ...evidence, selfConstituted: true as const, termsOfReference: terms?.url ?? null, termsPublished: terms?.published ?? null };
      if (terms?.url !== undefined || terms?.published !== undefined) {
        return { status: 'pass', findings: [], evidence: { ...selfEvidence, reason: 'a self-constituted process with public terms of reference' } };
      }
      return {
        status: 'not-stated',
        findings: [{ messageId: 'terms-not-published', at: facts.locate(['framework', 'terms_of_reference']), evidence: selfEvidence, source: RFC_2418 }],
      };
    }
    const findings: FindingDraft<Args>[] = [];
    if (framework?.mandated_process === undefined) {
      findings.push({ messageId: 'process-not-named', at: facts.locate(['framework', 'mandated_process']), evidence, source: RFC_2418 });
    }
    if (framework?.convened_within_mandate === undefined) {
      findings.push({ messageId: 'within-mandate-not-stated', at: facts.locate(['framework', 'convened_within_mandate']), evidence, source: RFC_2418 });
    }
    if (findings.length) return { status: 'not-stated', findings };

    if (framework!.convened_within_mandate === false && framework!.mandate_reference === undefined) {
      return {
        status: 'fail',
        findings: [
          {
            messageId: 'convened-outside-mandate',
            at: facts.locate(['framework', 'convened_within_mandate']),
            evidence: { ...evidence, mandatedProcess: framework!.mandated_process! },
            source: SEED,
          },
        ],
      };
    }
    return { status: 'pass', findings: [] };
  },
});
