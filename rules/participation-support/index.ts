import * as z from 'zod';
import { defineRule } from '../../src/engine/define.js';
import type { FindingDraft } from '../../src/engine/types.js';
import readPage from './README.md?lazy';
import { messages, translations, type Args } from './messages.js';

const options = () => z.strictObject({});

const SOURCES = {
  travel_funding: 'Almaty Guidelines on promoting the application of the principles of the Aarhus Convention in international forums (2005): financial support for participants who could not otherwise take part',
  visa_letters: 'IESG statement (2023): the host issues visa invitation letters to all interested in-person participants',
} as const;

export default defineRule({
  meta: {
    id: 'participation-support',
    criterion: 'Participation support',
    description: 'A meeting with a venue and invitees from more than one region offers travel funding and visa invitation letters.',
    severity: 'warn',
    options,
    defaults: {},
    sources: [
      { title: SOURCES.travel_funding },
      { title: SOURCES.visa_letters },
    ],
  },
  get page() {
    return readPage();
  },
  messages,
  translations,
  check(facts) {
    if (facts.mode === 'online') return { status: 'not-applicable', findings: [] };
    const regions = facts.announcement.invitees?.regions ?? [];
    // One region: the criterion is about invitees from several regions (rules.md); see the page.
    if (regions.length > 0 && facts.regionCount <= 1) return { status: 'not-applicable', findings: [] };
    const support = facts.announcement.support;
    if ((support?.travel_funding === true || support?.travel_funding === 'limited') && support.visa_letters === true) return { status: 'pass', findings: [] };
    if (regions.length === 0) {
      return {
        status: 'not-stated',
        findings: [
          {
            messageId: 'regions-not-stated',
            at: facts.locate(['invitees', 'regions']),
            evidence: { mode: facts.mode },
          },
        ],
      };
    }
    const common = { mode: facts.mode, remoteStated: facts.remoteStated, regionCount: facts.regionCount, global: regions.includes('global') };
    const findings: FindingDraft<Args>[] = [];
    let failed = false;
    for (const field of ['travel_funding', 'visa_letters'] as const) {
      const value = support?.[field];
      if (value === true || value === 'limited') continue;
      if (value === false) failed = true;
      const at = facts.locate(['support', field]);
      const source = SOURCES[field];
      if (field === 'travel_funding') {
        findings.push(
          value === false
            ? { messageId: 'no-travel-funding', at, evidence: { ...common, travel_funding: false }, source }
            : { messageId: 'travel-funding-not-stated', at, evidence: { ...common, travel_funding: null }, source },
        );
      } else {
        findings.push(
          value === false
            ? { messageId: 'no-visa-letters', at, evidence: { ...common, visa_letters: false }, source }
            : { messageId: 'visa-letters-not-stated', at, evidence: { ...common, visa_letters: null }, source },
        );
      }
    }
    return { status: failed ? 'fail' : 'not-stated', findings };
  },
});
