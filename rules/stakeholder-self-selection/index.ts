import * as z from 'zod';
import type { Facts } from '../../src/announcement/facts.js';
import { STAKEHOLDERS } from '../../src/announcement/schema.js';
import { defineRule } from '../../src/engine/define.js';
import type { FindingDraft } from '../../src/engine/types.js';
import readPage from './README.md?lazy';
import { messages, translations, type Args } from './messages.js';

const options = () =>
  z.strictObject({
    exempt: z
      .array(z.enum(STAKEHOLDERS))
      .describe('Stakeholder groups whose participants the convener may pick (governments send delegations by their own rules).'),
  });

const WSIS_CS =
  'WSIS civil society Basic Structures (2003): the Civil Society Bureau is the interlink, and civil society entities choose their own participation';
const NETMUNDIAL = 'NETmundial Multistakeholder Statement (2014): an open, participative and transparent process';

export default defineRule({
  meta: {
    id: 'stakeholder-self-selection',
    criterion: 'Stakeholder self-selection',
    description: 'Each stakeholder group chooses its own participants (open registration, its own process, or its focal point), not the convener.',
    severity: 'error',
    options,
    defaults: { exempt: ['governments'] },
    sources: [{ title: WSIS_CS }, { title: NETMUNDIAL }],
  },
  get page() {
    return readPage();
  },
  messages,
  translations,
  check(facts: Facts, opts) {
    if (facts.open.value === true) return { status: 'pass', findings: [] };
    const invitees = facts.announcement.invitees;
    const selection = facts.announcement.admission?.selection;
    const overall = selection ? verdictOf(selection) : null;
    const selectionAt = (field?: string) => facts.locate(['admission', 'selection', ...(field ? field.split('.') : [])]);
    const overallEvidence = selection && { selectedBy: selection.by, namedBy: selection.committee?.named_by ?? null, committee: selection.committee?.name ?? null };
    const formatVersion = facts.announcement.format_version === 2 ? (2 as const) : (1 as const);

    const groups = invitees?.groups ?? [];
    if (groups.length === 0) {
      if (overall) {
        if (overall.kind === 'pass') return { status: 'pass', findings: [], evidence: { selectedBy: selection!.by, reason: overall.reason } };
        return {
          status: overall.kind,
          findings: [
            { messageId: overall.messageId, at: selectionAt(overall.field), evidence: { ...overallEvidence!, stakeholder: null }, source: NETMUNDIAL },
          ],
        };
      }
      return {
        status: 'not-stated',
        findings: [
          {
            messageId: 'groups-not-stated',
            at: facts.locate(['invitees', 'groups']),
            evidence: { open: facts.open.value, groups: 0, formatVersion },
            source: NETMUNDIAL,
          },
        ],
      };
    }

    const findings: FindingDraft<Args>[] = [];
    let anyFail = false;
    const unstated: { index: number }[] = [];
    groups.forEach((group, index) => {
      if (opts.exempt.includes(group.stakeholder)) return;
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
          findings.push({ messageId: overall.messageId, at: selectionAt(overall.field), evidence: { ...evidence, ...overallEvidence! }, source });
          return;
        }
        unstated.push({ index });
      } else if (group.selection === 'convener') {
        anyFail = true;
        const at = facts.locate(['invitees', 'groups', index, 'selection']);
        findings.push(
          group.focal_point
            ? { messageId: 'picked-by-convener-focal-point', at, evidence: { ...evidence, focalPoint: group.focal_point }, source }
            : { messageId: 'picked-by-convener', at, evidence, source },
        );
      }
    });
    if (unstated.length) {
      // One missing fact, one finding: the groups whose selection is not stated, named together.
      const [first] = unstated as [{ index: number }];
      const focalPoint = groups[first.index]!.focal_point;
      findings.push({
        messageId: 'selection-not-stated',
        at: facts.locate(['invitees', 'groups', first.index, 'selection']),
        evidence: { groups: unstated.map((group) => groups[group.index]!.stakeholder), exempt: opts.exempt, focalPoint: unstated.length === 1 ? (focalPoint ?? null) : null, formatVersion },
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
  | { kind: 'fail' | 'not-stated'; field: string; messageId: 'picked-by-convener-overall' | 'committee-named-by-not-stated' | 'committee-named-by-convener' | 'committee-named-by-mixed' };

/** What `admission.selection` (format v2) says about who chooses: the group itself, or the convener. */
function verdictOf(selection: Selection): Verdict {
  switch (selection.by) {
    case 'focal-points':
      return { kind: 'pass', reason: "each group's focal point chooses its participants" };
    case 'self-nomination':
    case 'first-come':
      return { kind: 'pass', reason: selection.by === 'first-come' ? 'seats go to those who register first' : 'participants nominate themselves' };
    case 'convener':
      return { kind: 'fail', field: 'by', messageId: 'picked-by-convener-overall' };
    case 'committee': {
      const namedBy = selection.committee?.named_by;
      const name = selection.committee?.name;
      const committee = name === undefined ? 'the selection committee' : /^the /i.test(name) ? name : `the ${name}`;
      if (namedBy === 'each-group') return { kind: 'pass', reason: `${committee} is made of members each stakeholder group names itself` };
      if (namedBy === undefined) {
        return { kind: 'not-stated', field: 'committee', messageId: 'committee-named-by-not-stated' };
      }
      return { kind: 'fail', field: 'committee.named_by', messageId: namedBy === 'convener' ? 'committee-named-by-convener' : 'committee-named-by-mixed' };
    }
  }
}
