import * as z from 'zod';
import { STAKEHOLDERS } from '../../src/announcement/schema.js';
import { defineRule } from '../../src/engine/define.js';
import readPage from './README.md?lazy';
import { messages, translations } from './messages.js';

const options = () =>
  z.strictObject({
    required: z
      .array(z.enum(STAKEHOLDERS))
      .describe('Stakeholder groups that must be among those invited.'),
  });

const SOURCE = 'Tunis Agenda for the Information Society (2005), s29: the full involvement of governments, the private sector, civil society and international organizations';

export default defineRule({
  meta: {
    id: 'stakeholder-coverage',
    criterion: 'Stakeholder coverage',
    description: 'The groups invited include governments, the private sector and civil society (or the meeting is open to all).',
    severity: 'warn',
    options,
    defaults: { required: ['governments', 'private-sector', 'civil-society'] },
    sources: [{ title: SOURCE, url: 'https://www.itu.int/net/wsis/docs2/tunis/off/6rev1.html' }],
  },
  get page() {
    return readPage();
  },
  messages,
  translations,
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
            messageId: 'groups-not-stated',
            at: facts.locate(['invitees', 'groups']),
            evidence: { required },
          },
        ],
      };
    }
    const invited = new Set(groups.map((group) => group.stakeholder));
    const missing = required.filter((id) => !invited.has(id));
    if (missing.length === 0) return { status: 'pass', findings: [] };
    return {
      status: 'fail',
      findings: [
        {
          messageId: 'groups-missing',
          at: facts.locate(['invitees', 'groups']),
          evidence: { invited: [...invited], required, missing },
        },
      ],
    };
  },
});
