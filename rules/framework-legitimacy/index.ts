import * as z from 'zod';
import type { Facts } from '../../src/announcement/facts.js';
import { defineRule } from '../../src/engine/define.js';
import type { FindingDraft } from '../../src/engine/types.js';
import page from './README.md?raw';

const options = z.strictObject({});

const RFC_2418 = 'RFC 2418 s3.1: interim meetings are subject to the same rules as the working group\'s own meetings';
const TUNIS = 'Tunis Agenda s29: full involvement of all stakeholders in the process that holds the mandate';
const SEED =
  'Civil Society Bureau intervention (2 May 2005): the exchange came "on the occasion of an ITU Working Group and not within the framework of the official WSIS preparatory process"';

/** "WSIS preparatory process" -> "the WSIS preparatory process"; "the Council" stays as written. */
function withArticle(name: string): string {
  return /^the\s/i.test(name) ? name : `the ${name}`;
}

export default defineRule({
  meta: {
    id: 'framework-legitimacy',
    criterion: 'Framework legitimacy',
    description: 'The meeting is held within the process that holds the mandate on its subject, or with its explicit mandate.',
    severity: 'error',
    options,
    sources: [{ title: SEED }, { title: RFC_2418 }, { title: TUNIS }],
  },
  page,
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
      const selfEvidence = { ...evidence, selfConstituted: true, termsOfReference: terms?.url ?? null, termsPublished: terms?.published ?? null };
      if (terms?.url !== undefined || terms?.published !== undefined) {
        return { status: 'pass', findings: [], evidence: { ...selfEvidence, reason: 'a self-constituted process with public terms of reference' } };
      }
      return {
        status: 'not-stated',
        findings: [
          {
            message: 'the process constituted itself, and the invitation does not say where its terms of reference are published, so nobody can tell who steers it or what its outcome will count for',
            at: facts.locate(['framework', 'terms_of_reference']),
            evidence: selfEvidence,
            remedy: 'state where the terms of reference are published (`framework.terms_of_reference.url`) and when (`published`)',
            source: RFC_2418,
          },
        ],
      };
    }
    const findings: FindingDraft[] = [];
    if (framework?.mandated_process === undefined) {
      findings.push({
        message: 'the invitation does not name the process that holds the mandate on its subject, so its results may have no standing there',
        at: facts.locate(['framework', 'mandated_process']),
        evidence,
        remedy: 'name it in `framework.mandated_process`, and say whether the meeting is convened within it (`convened_within_mandate`)',
        source: RFC_2418,
      });
    }
    if (framework?.convened_within_mandate === undefined) {
      const process = framework?.mandated_process ? withArticle(framework.mandated_process) : 'the process that holds the mandate';
      findings.push({
        message: `the invitation does not say whether the meeting is convened within ${process} or at its request`,
        at: facts.locate(['framework', 'convened_within_mandate']),
        evidence,
        remedy: 'state `framework.convened_within_mandate`, and cite the mandate in `framework.mandate_reference` where there is one',
        source: RFC_2418,
      });
    }
    if (findings.length) return { status: 'not-stated', findings };

    if (framework!.convened_within_mandate === false && framework!.mandate_reference === undefined) {
      const process = withArticle(framework!.mandated_process!);
      const subject = framework!.subject ?? "the meeting's subject";
      return {
        status: 'fail',
        findings: [
          {
            message: `convened by ${convener.name} outside ${process}, which holds the mandate on ${subject}`,
            at: facts.locate(['framework', 'convened_within_mandate']),
            evidence,
            remedy: `hold the meeting within ${process}, or obtain its explicit mandate and cite it in \`framework.mandate_reference\``,
            source: SEED,
          },
        ],
      };
    }
    return { status: 'pass', findings: [] };
  },
});
