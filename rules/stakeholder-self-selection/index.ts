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
    if (facts.open.value === true) return { status: 'pass', findings: [] };
    const invitees = facts.announcement.invitees;
    const selection = facts.announcement.admission?.selection;
    const overall = selection ? verdictOf(selection) : null;
    const selectionAt = (field?: string) => facts.locate(['admission', 'selection', ...(field ? field.split('.') : [])]);

    const groups = invitees?.groups ?? [];
    if (groups.length === 0) {
      if (overall) {
        if (overall.kind === 'pass') return { status: 'pass', findings: [], evidence: { selectedBy: selection!.by, reason: overall.reason } };
        return {
          status: overall.kind,
          findings: [
            {
              message: overall.message('the participants'),
              at: selectionAt(overall.field),
              evidence: { selectedBy: selection!.by, namedBy: selection!.committee?.named_by ?? null },
              remedy: overall.remedy,
              source: NETMUNDIAL,
            },
          ],
        };
      }
      return {
        status: 'not-stated',
        findings: [
          {
            message: 'the invitation names no stakeholder groups and is not open to all, so it does not say who chooses the participants',
            at: facts.locate(['invitees', 'groups']),
            evidence: { open: facts.open.value, groups: 0 },
            remedy: `list \`invitees.groups\` with how each chooses its participants (\`selection: open\`, \`self\` or \`focal-point\`), or open registration (${facts.announcement.format_version === 2 ? '`admission.mode: open`' : '`invitees.open: true`'})`,
            source: NETMUNDIAL,
          },
        ],
      };
    }

    const findings: FindingDraft[] = [];
    let anyFail = false;
    const unstated: { index: number; name: string }[] = [];
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
        // The admission block's selection, where the group states none of its own (format v2).
        if (overall?.kind === 'pass') return;
        if (overall) {
          if (overall.kind === 'fail') anyFail = true;
          findings.push({ message: overall.message(`the ${name} participants`), at: selectionAt(overall.field), evidence: { ...evidence, selectedBy: selection!.by }, remedy: overall.remedy, source });
          return;
        }
        unstated.push({ index, name });
      } else if (group.selection === 'convener') {
        anyFail = true;
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
    if (unstated.length) {
      // One missing fact, one finding: the groups whose selection is not stated, named together.
      const [first] = unstated as [{ index: number; name: string }];
      const focalPoint = groups[first.index]!.focal_point;
      const names = unstated.map((group) => group.name);
      findings.push({
        message: `the invitation does not say who chooses the ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`} participants`,
        at: facts.locate(['invitees', 'groups', first.index, 'selection']),
        evidence: { groups: unstated.map((group) => groups[group.index]!.stakeholder), exempt: opts.exempt },
        remedy:
          unstated.length === 1 && focalPoint
            ? `state \`selection\`: send the invitation through the ${focalPoint} (\`focal-point\`), or let the group choose (\`self\`, \`open\`)`
            : `state \`selection\`${unstated.length === 1 ? '' : ' for each of these groups'}: \`open\`, \`self\` or \`focal-point\` (the convener picking them fails)${facts.announcement.format_version === 2 ? ', or `admission.selection` for all' : ''}`,
        source: unstated.some((group) => groups[group.index]!.stakeholder === 'civil-society') ? WSIS_CS : NETMUNDIAL,
      });
      findings.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
    }
    return { status: anyFail ? 'fail' : findings.length ? 'not-stated' : 'pass', findings };
  },
});

type Selection = NonNullable<NonNullable<Facts['announcement']['admission']>['selection']>;

type Verdict =
  | { kind: 'pass'; reason: string }
  | { kind: 'fail' | 'not-stated'; field: string; message: (who: string) => string; remedy: string };

/** What `admission.selection` (format v2) says about who chooses: the group itself, or the convener. */
function verdictOf(selection: Selection): Verdict {
  switch (selection.by) {
    case 'focal-points':
      return { kind: 'pass', reason: "each group's focal point chooses its participants" };
    case 'self-nomination':
    case 'first-come':
      return { kind: 'pass', reason: selection.by === 'first-come' ? 'seats go to those who register first' : 'participants nominate themselves' };
    case 'convener':
      return {
        kind: 'fail',
        field: 'by',
        message: (who) => `${who} are picked by the convener (\`admission.selection.by: convener\`); each group should choose its own`,
        remedy: "let each group choose its own participants through its focal point (`by: focal-points`), or a committee whose members each group names (`committee.named_by: each-group`)",
      };
    case 'committee': {
      const namedBy = selection.committee?.named_by;
      const name = selection.committee?.name;
      const committee = name === undefined ? 'the selection committee' : /^the /i.test(name) ? name : `the ${name}`;
      if (namedBy === 'each-group') return { kind: 'pass', reason: `${committee} is made of members each stakeholder group names itself` };
      if (namedBy === undefined) {
        return {
          kind: 'not-stated',
          field: 'committee',
          message: (who) => `${who} are chosen by ${committee}, but the invitation does not say who names its members`,
          remedy: 'state `admission.selection.committee.named_by`: `each-group` (each stakeholder group names its own members) passes; `convener` fails',
        };
      }
      return {
        kind: 'fail',
        field: 'committee.named_by',
        message: (who) =>
          namedBy === 'convener'
            ? `${who} are chosen by ${committee}, whose members the convener appoints: the convener still decides who takes part`
            : `${who} are chosen by ${committee}, some of whose members the convener appoints: the groups do not choose their own`,
        remedy: 'let each stakeholder group name its own members of the committee (`named_by: each-group`), or its own participants (`by: focal-points`)',
      };
    }
  }
}
