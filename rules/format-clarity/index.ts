import * as z from 'zod';
import type { Facts } from '../../src/announcement/facts.js';
import { INTERACTIONS, LEVELS } from '../../src/announcement/schema.js';
import { defineRule } from '../../src/engine/define.js';
import type { FindingDraft } from '../../src/engine/types.js';
import page from './README.md?raw';

const options = z.strictObject({});

const IAP2 = 'IAP2 Spectrum of Public Participation: inform, consult, involve, collaborate, empower';
const COE = 'Council of Europe Code of Good Practice for Civil Participation (2009): information, consultation, dialogue, partnership';
const SEED =
  'Civil Society Bureau intervention (2 May 2005): "nothing in the format indicated the type of interaction expected and the nature of the discussion"';

type FormatField = 'level' | 'interaction' | 'outcome';

/** What each field tells invitees, what silence leaves open, and how to state it. */
const FIELDS: Record<FormatField, { missing: string; vague: (quoted: string) => string; remedy: string; source: string }> = {
  level: {
    missing: 'the participation level is not stated: invitees cannot tell whether their input is heard, weighed or decides',
    vague: (quoted) => `the participation level is not stated: ${quoted} does not say whether participants are informed, consulted or share in deciding`,
    remedy: `state \`format.level\`: one of ${LEVELS.join(', ')}`,
    source: IAP2,
  },
  interaction: {
    missing: 'the kind of interaction is not stated: invitees cannot tell whether to prepare a statement, questions or a negotiating position',
    vague: (quoted) => `the kind of interaction is not stated: ${quoted} can mean an open debate or a collation of statements`,
    remedy: `state \`format.interaction\`: one of ${INTERACTIONS.join(', ')}`,
    source: SEED,
  },
  outcome: {
    missing: 'the outcome is not stated: what the meeting produces and what happens to the input',
    vague: (quoted) => `the outcome is not stated: ${quoted} does not say what the meeting produces or what happens to the input`,
    remedy: "state `format.outcome`, e.g. \"chair's summary, published and submitted to the decision-making body\"",
    source: COE,
  },
};

export default defineRule({
  meta: {
    id: 'format-clarity',
    criterion: 'Format clarity',
    description: 'The invitation says what input can do (level), how the time is used (interaction) and what comes out (outcome).',
    severity: 'error',
    options,
    sources: [{ title: IAP2 }, { title: COE }, { title: SEED }],
  },
  page,
  check(facts: Facts) {
    const format = facts.announcement.format;
    const description = format?.description ?? null;
    const findings: FindingDraft[] = [];
    // Written input and comment periods (format v2 `inputs`) say how participants take part: they are the interaction.
    const writtenInput = (facts.announcement.inputs ?? []).length > 0;
    for (const field of ['level', 'interaction', 'outcome'] as const) {
      if (format?.[field] !== undefined) continue;
      if (field === 'interaction' && writtenInput) continue;
      const words = FIELDS[field];
      findings.push({
        message: description === null ? words.missing : words.vague(`'${description}'`),
        at: facts.locate(['format', field]),
        evidence: { field, description },
        remedy: words.remedy,
        source: words.source,
      });
    }
    return { status: findings.length ? 'not-stated' : 'pass', findings };
  },
});
