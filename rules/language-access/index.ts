import * as z from 'zod';
import { defineRule } from '../../src/engine/define.js';
import page from './README.md?raw';

const options = z.strictObject({
  minLanguages: z
    .number()
    .int()
    .min(1)
    .default(2)
    .describe('Languages (working plus interpretation) needed when invitees come from more than one region, unless captioning is offered.'),
});

const SOURCE = 'UN practice: meetings in the six official languages; European Commission (2015): consultations in at least English, French and German';

export default defineRule({
  meta: {
    id: 'language-access',
    criterion: 'Language access',
    description: 'Invitees from more than one region can follow in at least two languages, or with real-time captioning.',
    severity: 'warn',
    options,
    sources: [
      { title: SOURCE, url: 'https://www.un.org/en/our-work/official-languages' },
    ],
  },
  page,
  check(facts, opts) {
    const regions = facts.announcement.invitees?.regions ?? [];
    // One region: the criterion is about invitees from several regions (rules.md); see the page.
    if (regions.length > 0 && facts.regionCount <= 1) return { status: 'not-applicable', findings: [] };
    const languages = facts.announcement.languages;
    const regionWords = regions.includes('global') ? 'every region' : `${facts.regionCount} regions`;
    const offered = [...new Set([...(languages?.working ?? []), ...(languages?.interpretation ?? [])])];
    const captioning = facts.announcement.accessibility?.captioning === true;
    if ((languages && offered.length >= opts.minLanguages) || captioning) return { status: 'pass', findings: [] };
    if (!languages) {
      return {
        status: 'not-stated',
        findings: [
          {
            message: `${regions.length ? `invitees come from ${regionWords}, but the` : 'the'} languages of the meeting are not stated`,
            at: facts.locate(['languages']),
            evidence: { regionCount: facts.regionCount, minLanguages: opts.minLanguages },
            remedy: `state \`languages\`: at least ${opts.minLanguages} working or interpreted languages, or captioning`,
          },
        ],
      };
    }
    const offeredWords = offered.length === 0 ? 'no language' : `${offered.length} language${offered.length === 1 ? '' : 's'} (${offered.join(', ')})`;
    if (regions.length === 0) {
      return {
        status: 'not-stated',
        findings: [
          {
            message: `the meeting offers ${offeredWords} and no captioning, and the regions the invitees come from are not stated, so nobody can tell whether that is enough`,
            at: facts.locate(['invitees', 'regions']),
            evidence: { languages: offered, captioning, minLanguages: opts.minLanguages },
            remedy: `state \`invitees.regions\`; invitees from more than one region need at least ${opts.minLanguages} languages, or captioning`,
          },
        ],
      };
    }
    const more = opts.minLanguages - offered.length;
    return {
      status: 'fail',
      findings: [
        {
          message: `invitees come from ${regionWords}, but the meeting offers ${offeredWords} and no captioning; at least ${opts.minLanguages} languages, or captioning, are needed`,
          at: facts.locate(['languages']),
          evidence: { regionCount: facts.regionCount, languages: offered, captioning, minLanguages: opts.minLanguages },
          remedy: `add interpretation into ${more} more language${more === 1 ? '' : 's'}, or offer real-time captioning`,
        },
      ],
    };
  },
});
