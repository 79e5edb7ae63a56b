import * as z from 'zod';
import { STAKEHOLDERS } from '../../src/announcement/schema.js';
import { defineRule } from '../../src/engine/define.js';
import type { FindingDraft } from '../../src/engine/types.js';
import readPage from './README.md?lazy';
import { messages, translations, type Args } from './messages.js';

const options = () =>
  z.strictObject({
    waivedFor: z
      .array(z.enum(STAKEHOLDERS))
      .describe('Stakeholder groups for whom a registration fee must be waived.'),
    remoteWaiver: z.boolean().describe('Remote participants (of a hybrid or online meeting, or a webcast) must not pay a fee.'),
  });

const SOURCES = {
  w3c: 'W3C workshop calls for participation: "There is no fee to participate."',
  wsis: 'WSIS accreditation of civil society (2005): "Accreditation and registration are free of cost"; fellowships for participants from developing countries',
} as const;

export default defineRule({
  meta: {
    id: 'cost-barriers',
    criterion: 'Cost barriers',
    description: 'Participation is free, or a registration fee is waived for civil society and for remote participants.',
    severity: 'warn',
    options,
    defaults: { waivedFor: ['civil-society'], remoteWaiver: true },
    sources: [
      { title: SOURCES.w3c, url: 'http://www.w3.org/2012/12/rdf-val/participate' },
      { title: SOURCES.wsis, url: 'https://1f8a81b9b0707b63-19211.webchannel-proxy.scarabresearch.com/net/wsis/participation/accreditation/cs.html' },
    ],
  },
  get page() {
    return readPage();
  },
  messages,
  translations,
  check(facts, opts) {
    const admission = facts.announcement.admission;
    const fee = admission?.fee;
    if (fee === undefined) {
      return {
        status: 'not-stated',
        findings: [{ messageId: 'fee-not-stated', at: facts.locate(['admission', 'fee']), evidence: { fee: null, formatVersion: facts.announcement.format_version ?? null } }],
      };
    }
    if (fee === 0) return { status: 'pass', findings: [] };

    const currency = admission?.fee_currency;
    const waived = new Set<string>(admission?.fee_waived_for ?? []);
    const remoteWays = facts.mode !== 'in-person' || facts.announcement.remote?.participation === 'listen';
    const evidence = { fee, currency: currency ?? null, waivedFor: [...waived], mode: facts.mode, past: facts.startDate <= facts.asOf };
    const at = facts.locate(['admission', admission?.fee_waived_for === undefined ? 'fee' : 'fee_waived_for']);
    const findings: FindingDraft<Args>[] = [];
    const unwaived = opts.waivedFor.filter((group) => !waived.has(group));
    if (unwaived.length > 0) findings.push({ messageId: 'fee-not-waived', at, evidence: { ...evidence, unwaived }, source: SOURCES.wsis });
    if (opts.remoteWaiver && remoteWays && !waived.has('remote')) findings.push({ messageId: 'remote-pays', at, evidence, source: SOURCES.w3c });
    const failed = findings.length > 0;
    if (currency === undefined) findings.push({ messageId: 'currency-not-stated', at: facts.locate(['admission', 'fee']), evidence });
    return { status: failed ? 'fail' : findings.length > 0 ? 'not-stated' : 'pass', findings };
  },
});
