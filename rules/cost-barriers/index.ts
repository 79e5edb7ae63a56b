import * as z from 'zod';
import type { Facts } from '../../src/announcement/facts.js';
import { STAKEHOLDERS } from '../../src/announcement/schema.js';
import { defineRule } from '../../src/engine/define.js';
import type { FindingDraft } from '../../src/engine/types.js';
import page from './README.md?raw';

const options = z.strictObject({
  waivedFor: z
    .array(z.enum(STAKEHOLDERS))
    .default(['civil-society'])
    .describe('Stakeholder groups for whom a registration fee must be waived.'),
  remoteWaiver: z.boolean().default(true).describe('Remote participants (of a hybrid or online meeting, or a webcast) must not pay a fee.'),
});

const SOURCES = {
  w3c: 'W3C workshop calls for participation: "There is no fee to participate."',
  wsis: 'WSIS accreditation of civil society (2005): "Accreditation and registration are free of cost"; fellowships for participants from developing countries',
} as const;

const GROUP_WORDS: Record<string, string> = {
  governments: 'governments',
  'private-sector': 'the private sector',
  'civil-society': 'civil society',
  'international-organizations': 'international organizations',
  'technical-community': 'the technical community',
  academia: 'academia',
  parliamentarians: 'parliamentarians',
  'local-authorities': 'local authorities',
};

function pastOr(facts: Facts, remedy: string): string {
  return facts.startDate <= facts.asOf ? `the meeting has taken place: next time, ${remedy}` : remedy;
}

export default defineRule({
  meta: {
    id: 'cost-barriers',
    criterion: 'Cost barriers',
    description: 'Participation is free, or a registration fee is waived for civil society and for remote participants.',
    severity: 'warn',
    options,
    sources: [
      { title: SOURCES.w3c, url: 'http://www.w3.org/2012/12/rdf-val/participate' },
      { title: SOURCES.wsis, url: 'https://1f8a81b9b0707b63-19211.webchannel-proxy.scarabresearch.com/net/wsis/participation/accreditation/cs.html' },
    ],
  },
  page,
  check(facts, opts) {
    const admission = facts.announcement.admission;
    const fee = admission?.fee;
    if (fee === undefined) {
      return {
        status: 'not-stated',
        findings: [
          {
            message: 'whether taking part costs a fee is not stated',
            at: facts.locate(['admission', 'fee']),
            evidence: { fee: null },
            remedy: `state \`admission.fee\`${facts.announcement.format_version === 2 ? '' : ' (format v2: `format_version: 2`)'}: 0 when participation is free, else the fee with \`admission.fee_currency\` and whom it is waived for (\`admission.fee_waived_for\`)`,
          },
        ],
      };
    }
    if (fee === 0) return { status: 'pass', findings: [] };

    const currency = admission?.fee_currency;
    const amount = currency ? `${fee} ${currency}` : String(fee);
    const waived = new Set<string>(admission?.fee_waived_for ?? []);
    const remoteWays = facts.mode !== 'in-person' || facts.announcement.remote?.participation === 'listen';
    const evidence = { fee, currency: currency ?? null, waivedFor: [...waived], mode: facts.mode };
    const findings: FindingDraft[] = [];
    const unwaived = opts.waivedFor.filter((group) => !waived.has(group));
    if (unwaived.length > 0) {
      const words = unwaived.map((group) => GROUP_WORDS[group] ?? group);
      findings.push({
        message: `a registration fee of ${amount}, not waived for ${words.join(' or ')}`,
        at: facts.locate(['admission', admission?.fee_waived_for === undefined ? 'fee' : 'fee_waived_for']),
        evidence,
        remedy: pastOr(facts, `waive the fee for ${words.join(' and ')} (\`admission.fee_waived_for: [${[...waived, ...unwaived].join(', ')}]\`), or make participation free (\`admission.fee: 0\`)`),
        source: SOURCES.wsis,
      });
    }
    if (opts.remoteWaiver && remoteWays && !waived.has('remote')) {
      findings.push({
        message: `remote participants pay the registration fee of ${amount} too`,
        at: facts.locate(['admission', admission?.fee_waived_for === undefined ? 'fee' : 'fee_waived_for']),
        evidence,
        remedy: pastOr(facts, 'let remote participants take part free of charge (add `remote` to `admission.fee_waived_for`)'),
        source: SOURCES.w3c,
      });
    }
    const failed = findings.length > 0;
    if (currency === undefined) {
      findings.push({
        message: `the fee of ${fee} is stated without its currency`,
        at: facts.locate(['admission', 'fee']),
        evidence,
        remedy: 'state `admission.fee_currency`, an ISO 4217 code such as CHF or USD',
      });
    }
    return { status: failed ? 'fail' : findings.length > 0 ? 'not-stated' : 'pass', findings };
  },
});
