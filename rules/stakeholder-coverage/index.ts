import * as z from 'zod';
import { STAKEHOLDERS, type Stakeholder } from '../../src/announcement/schema.js';
import { defineRule } from '../../src/engine/define.js';
import page from './README.md?raw';

const options = z.strictObject({
  required: z
    .array(z.enum(STAKEHOLDERS))
    .default(['governments', 'private-sector', 'civil-society'])
    .describe('Stakeholder groups that must be among those invited.'),
});

const SOURCE = 'Tunis Agenda for the Information Society (2005), s29: the full involvement of governments, the private sector, civil society and international organizations';

/** Stakeholder groups as a sentence names them. */
export const STAKEHOLDER_WORDS: Record<Stakeholder, string> = {
  governments: 'governments',
  'private-sector': 'the private sector',
  'civil-society': 'civil society',
  'international-organizations': 'international organizations',
  'technical-community': 'the technical community',
  academia: 'academia',
  parliamentarians: 'parliamentarians',
  'local-authorities': 'local authorities',
};

/** Groups whose names take a plural verb ("governments are", but "civil society is"). */
const PLURAL_GROUPS = new Set<Stakeholder>(['governments', 'international-organizations', 'parliamentarians', 'local-authorities']);

/** "a, b and c" */
export function listOf(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export default defineRule({
  meta: {
    id: 'stakeholder-coverage',
    criterion: 'Stakeholder coverage',
    description: 'The groups invited include governments, the private sector and civil society (or the meeting is open to all).',
    severity: 'warn',
    options,
    sources: [{ title: SOURCE, url: 'https://www.itu.int/net/wsis/docs2/tunis/off/6rev1.html' }],
  },
  page,
  check(facts, opts) {
    const invitees = facts.announcement.invitees;
    if (facts.open.value === true) return { status: 'pass', findings: [] };
    const groups = invitees?.groups ?? [];
    const required = [...new Set(opts.required)];
    if (groups.length === 0) {
      return {
        status: 'not-stated',
        findings: [
          {
            message: 'the stakeholder groups invited are not stated, and the meeting is not open to all',
            at: facts.locate(['invitees', 'groups']),
            evidence: { required },
            remedy: `list the groups invited under \`invitees.groups\`, including ${listOf(required.map((id) => STAKEHOLDER_WORDS[id]))}, or set \`invitees.open: true\``,
          },
        ],
      };
    }
    const invited = new Set(groups.map((group) => group.stakeholder));
    const missing = required.filter((id) => !invited.has(id));
    if (missing.length === 0) return { status: 'pass', findings: [] };
    const missingWords = listOf(missing.map((id) => STAKEHOLDER_WORDS[id]));
    return {
      status: 'fail',
      findings: [
        {
          message: `${missingWords} ${missing.length === 1 && !PLURAL_GROUPS.has(missing[0]!) ? 'is' : 'are'} not among the groups invited; ${listOf(required.map((id) => STAKEHOLDER_WORDS[id]))} are needed`,
          at: facts.locate(['invitees', 'groups']),
          evidence: { invited: [...invited], required, missing },
          remedy: `invite ${missingWords}`,
        },
      ],
    };
  },
});
