import * as z from 'zod';
import { defineRule } from '../../src/engine/define.js';
import readPage from './README.md?lazy';
import { messages, translations } from './messages.js';

const options = () =>
  z.strictObject({
    minLanguages: z
      .number()
      .int()
      .min(1)
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
    defaults: { minLanguages: 2 },
    sources: [
      { title: SOURCE, url: 'https://www.un.org/en/our-work/official-languages' },
    ],
  },
  get page() {
    return readPage();
  },
  messages,
  translations,
  check(facts, opts) {
    const regions = facts.announcement.invitees?.regions ?? [];
    // One region: the criterion is about invitees from several regions (rules.md); see the page.
    if (regions.length > 0 && facts.regionCount <= 1) return { status: 'not-applicable', findings: [] };
    const languages = facts.announcement.languages;
    const global = regions.includes('global');
    const offered = [...new Set([...(languages?.working ?? []), ...(languages?.interpretation ?? [])])];
    const captioning = facts.announcement.accessibility?.captioning === true;
    if ((languages && offered.length >= opts.minLanguages) || captioning) return { status: 'pass', findings: [] };
    if (!languages) {
      return {
        status: 'not-stated',
        findings: [
          {
            messageId: 'languages-not-stated',
            at: facts.locate(['languages']),
            evidence: { regionCount: facts.regionCount, minLanguages: opts.minLanguages, global, regionsStated: regions.length > 0 },
          },
        ],
      };
    }
    if (regions.length === 0) {
      return {
        status: 'not-stated',
        findings: [
          {
            messageId: 'regions-not-stated',
            at: facts.locate(['invitees', 'regions']),
            evidence: { languages: offered, captioning, minLanguages: opts.minLanguages },
          },
        ],
      };
    }
    return {
      status: 'fail',
      findings: [
        {
          messageId: 'too-few-languages',
          at: facts.locate(['languages']),
          evidence: { regionCount: facts.regionCount, languages: offered, captioning, minLanguages: opts.minLanguages, global },
        },
      ],
    };
  },
});
