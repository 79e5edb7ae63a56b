import * as z from 'zod';
import type { Facts } from '../../src/announcement/facts.js';
import { STAKEHOLDERS, type Stakeholder } from '../../src/announcement/schema.js';
import { defineRule } from '../../src/engine/define.js';
import type { FindingDraft } from '../../src/engine/types.js';
import page from './README.md?raw';

const options = z.strictObject({
  exempt: z
    .array(z.enum(STAKEHOLDERS))
    .default(['governments'])
    .describe('Stakeholder groups whose participants the convener may pick (governments send delegations by their own rules).'),
});

const WSIS_CS =
  'WSIS civil society Basic Structures (2003): the Civil Society Bureau is the interlink, and civil society entities choose their own participation';
const NETMUNDIAL = 'NETmundial Multistakeholder Statement (2014): an open, participative and transparent process';

/** The group as an adjective, as people say it: "civil society participants", "government participants". */
const GROUP_WORDS: Record<Stakeholder, string> = {
  governments: 'government',
  'private-sector': 'private sector',
  'civil-society': 'civil society',
  'international-organizations': 'international organization',
  'technical-community': 'technical community',
  academia: 'academic',
  parliamentarians: 'parliamentary',
  'local-authorities': 'local authority',
};

export default defineRule({
  meta: {
    id: 'stakeholder-self-selection',
    criterion: 'Stakeholder self-selection',
    description: 'Each stakeholder group chooses its own participants (open registration, its own process, or its focal point), not the convener.',
    severity: 'error',
    options,
    sources: [{ title: WSIS_CS }, { title: NETMUNDIAL }],
  },
  page,
  check(facts: Facts, opts) {
    const invitees = facts.announcement.invitees;
    if (invitees?.open === true) return { status: 'pass', findings: [] };

    const groups = invitees?.groups ?? [];
    if (groups.length === 0) {
      return {
        status: 'not-stated',
        findings: [
          {
            message: 'the invitation names no stakeholder groups and is not open to all, so it does not say who chooses the participants',
            at: facts.locate(['invitees', 'groups']),
            evidence: { open: invitees?.open ?? null, groups: 0 },
            remedy: 'list `invitees.groups` with how each chooses its participants (`selection: open`, `self` or `focal-point`), or open registration (`invitees.open: true`)',
            source: NETMUNDIAL,
          },
        ],
      };
    }

    const findings: FindingDraft[] = [];
    let anyConvener = false;
    groups.forEach((group, index) => {
      if (opts.exempt.includes(group.stakeholder)) return;
      const name = GROUP_WORDS[group.stakeholder];
      const evidence = {
        stakeholder: group.stakeholder,
        selection: group.selection ?? null,
        focalPoint: group.focal_point ?? null,
        exempt: opts.exempt,
      };
      const source = group.stakeholder === 'civil-society' ? WSIS_CS : NETMUNDIAL;
      if (group.selection === undefined) {
        findings.push({
          message: `the invitation does not say who chooses the ${name} participants`,
          at: facts.locate(['invitees', 'groups', index, 'selection']),
          evidence,
          remedy: group.focal_point
            ? `state \`selection\`: send the invitation through the ${group.focal_point} (\`focal-point\`), or let the group choose (\`self\`, \`open\`)`
            : 'state `selection`: `open`, `self` or `focal-point` (the convener picking them fails)',
          source,
        });
      } else if (group.selection === 'convener') {
        anyConvener = true;
        findings.push({
          message: group.focal_point
            ? `${name} participants are picked by the convener; the invitation should go through the ${group.focal_point}`
            : `${name} participants are picked by the convener; the group should choose its own`,
          at: facts.locate(['invitees', 'groups', index, 'selection']),
          evidence,
          remedy: group.focal_point
            ? `send the invitation to the ${group.focal_point} and let it choose (\`selection: focal-point\`)`
            : `let the ${name} group choose its own participants (\`selection: self\`) or open registration to it (\`selection: open\`)`,
          source,
        });
      }
    });
    return { status: anyConvener ? 'fail' : findings.length ? 'not-stated' : 'pass', findings };
  },
});
