import * as z from 'zod';
import { defineRule } from '../../src/engine/define.js';
import { modeWords } from '../../src/announcement/facts.js';
import type { FindingDraft } from '../../src/engine/types.js';
import page from './README.md?raw';

const options = z.strictObject({});

const SOURCES = {
  travel_funding: 'Almaty Guidelines on promoting the application of the principles of the Aarhus Convention in international forums (2005): financial support for participants who could not otherwise take part',
  visa_letters: 'IESG statement (2023): the host issues visa invitation letters to all interested in-person participants',
} as const;

const SUPPORT_WORDS = {
  travel_funding: { what: 'travel funding', plural: false, remedy: 'offer travel funding for participants who could not otherwise come, and say so in `support.travel_funding`' },
  visa_letters: { what: 'invitation letters for visa applications', plural: true, remedy: 'offer invitation letters for visa applications, and say so in `support.visa_letters`' },
} as const;

export default defineRule({
  meta: {
    id: 'participation-support',
    criterion: 'Participation support',
    description: 'A meeting with a venue and invitees from more than one region offers travel funding and visa invitation letters.',
    severity: 'warn',
    options,
    sources: [
      { title: SOURCES.travel_funding },
      { title: SOURCES.visa_letters },
    ],
  },
  page,
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
            message: 'the regions the invitees come from are not stated, so nobody can tell whether they need help to travel',
            at: facts.locate(['invitees', 'regions']),
            evidence: { mode: facts.mode },
            remedy: 'state `invitees.regions`',
          },
        ],
      };
    }
    const regionWords = regions.includes('global') ? 'every region' : `${facts.regionCount} regions`;
    const meetingWords = modeWords(facts);
    const findings: FindingDraft[] = [];
    let failed = false;
    for (const field of ['travel_funding', 'visa_letters'] as const) {
      const value = support?.[field];
      if (value === true || value === 'limited') continue;
      if (value === false) failed = true;
      const { what, plural, remedy } = SUPPORT_WORDS[field];
      findings.push({
        message:
          value === false
            ? `no ${what} for ${meetingWords} with invitees from ${regionWords}`
            : `whether there ${plural ? 'are' : 'is'} ${what} for ${meetingWords} with invitees from ${regionWords} is not stated`,
        at: facts.locate(['support', field]),
        evidence: { mode: facts.mode, regionCount: facts.regionCount, [field]: value ?? null },
        remedy,
        source: SOURCES[field],
      });
    }
    return { status: failed ? 'fail' : 'not-stated', findings };
  },
});
