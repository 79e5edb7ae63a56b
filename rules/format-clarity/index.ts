import * as z from 'zod';
import type { Facts } from '../../src/announcement/facts.js';
import { defineRule } from '../../src/engine/define.js';
import type { FindingDraft } from '../../src/engine/types.js';
import readPage from './README.md?lazy';
import { messages, translations, type Args } from './messages.js';

const options = () => z.strictObject({});

const IAP2 = 'IAP2 Spectrum of Public Participation: inform, consult, involve, collaborate, empower';
const COE = 'Council of Europe Code of Good Practice for Civil Participation (2009): information, consultation, dialogue, partnership';
const SEED =
  'Civil Society Bureau intervention (2 May 2005): "nothing in the format indicated the type of interaction expected and the nature of the discussion"';

/** The norm each field rests on. */
const SOURCE_OF = { level: IAP2, interaction: SEED, outcome: COE } as const;

export default defineRule({
  meta: {
    id: 'format-clarity',
    criterion: 'Format clarity',
    description: 'The invitation says what input can do (level), how the time is used (interaction) and what comes out (outcome).',
    severity: 'error',
    options,
    defaults: {},
    sources: [{ title: IAP2 }, { title: COE }, { title: SEED }],
  },
  get page() {
    return readPage();
  },
  messages,
  translations,
  check(facts: Facts) {
    const format = facts.announcement.format;
    const description = format?.description ?? null;
    const findings: FindingDraft<Args>[] = [];
    // Written input and comment periods (format v2 `inputs`) say how participants take part: they are the interaction.
    const writtenInput = (facts.announcement.inputs ?? []).length > 0;
    for (const field of ['level', 'interaction', 'outcome'] as const) {
      if (format?.[field] !== undefined) continue;
      if (field === 'interaction' && writtenInput) continue;
      const at = facts.locate(['format', field]);
      const source = SOURCE_OF[field];
      if (field === 'level') findings.push(description === null ? { messageId: 'level-not-stated', at, evidence: { field, description }, source } : { messageId: 'level-unclear', at, evidence: { field, description }, source });
      if (field === 'interaction') findings.push(description === null ? { messageId: 'interaction-not-stated', at, evidence: { field, description }, source } : { messageId: 'interaction-unclear', at, evidence: { field, description }, source });
      if (field === 'outcome') findings.push(description === null ? { messageId: 'outcome-not-stated', at, evidence: { field, description }, source } : { messageId: 'outcome-unclear', at, evidence: { field, description }, source });
    }
    return { status: findings.length ? 'not-stated' : 'pass', findings };
  },
});
