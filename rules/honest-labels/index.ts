import * as z from 'zod';
import { defineRule } from '../../src/engine/define.js';
import type { CheckStatus, FindingDraft } from '../../src/engine/types.js';
import readPage from './README.md?lazy';
import { messages, translations, type Args } from './messages.js';

const ID = 'honest-labels';

/** The criteria each word of a label claims (rules.md, honest-labels). */
const DEFAULT_CLAIMS: Record<string, string[]> = {
  open: ['stakeholder-self-selection', 'notice-period'],
  inclusive: ['notice-period', 'remote-access', 'stakeholder-self-selection', 'language-access'],
  multistakeholder: ['stakeholder-coverage', 'stakeholder-self-selection'],
  'multi-stakeholder': ['stakeholder-coverage', 'stakeholder-self-selection'],
  consultation: ['format-clarity', 'time-allotted'],
  consultations: ['format-clarity', 'time-allotted'],
  accessible: ['accessibility'],
  transparent: ['records-and-feedback'],
};

const options = () =>
  z.strictObject({
    claims: z
      .record(z.string().min(1), z.array(z.string()))
      // That each claimed rule exists is checked by the engine, against the catalogue it was given (meta.evaluates).
      .refine((claims) => Object.values(claims).every((ids) => !ids.includes(ID)), { error: 'a label cannot claim honest-labels itself' })
      .describe('For each word a label may contain, the rules it claims to meet.'),
  });

const SOURCE =
  'IESG Statement on Interim Meetings: its rules apply "even if labeled as \'informal\'"; a label that claims a criterion must meet it';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Does a label in lower case contain `word` as a whole word? A hyphen joins words into one, so "open-ended"
 * does not contain "open" (the page explains why) while "multi-stakeholder" is itself a word. A label that
 * lacks one of the word's pieces as plain text cannot match, which is all most labels need to be told.
 */
function containsWord(lowerCaseLabel: string, word: string): boolean {
  const lowerCase = word.toLowerCase();
  const pieces = lowerCase.split(/\s+/).filter((piece) => piece !== '');
  if (!pieces.every((piece) => lowerCaseLabel.includes(piece))) return false;
  const pattern = escapeRegExp(lowerCase).replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}_-])${pattern}(?![\\p{L}\\p{N}_-])`, 'u').test(lowerCaseLabel);
}

export default defineRule({
  meta: {
    id: ID,
    criterion: 'Honest labelling',
    description: 'A label such as "open", "inclusive", "multistakeholder" or "consultation" is only used when the meeting meets what it claims.',
    severity: 'error',
    options,
    defaults: { claims: DEFAULT_CLAIMS },
    sources: [{ title: SOURCE }],
    evaluates: (opts) => [...new Set(Object.values(opts.claims).flat())],
  },
  get page() {
    return readPage();
  },
  messages,
  translations,
  check(facts, opts, context) {
    const labels = facts.announcement.labels ?? [];
    const findings: FindingDraft<Args>[] = [];
    const statuses = new Map<string, CheckStatus>();
    let anyFail = false;
    // Claimed rule ids in catalogue order, so that messages read the same whatever the order of the words.
    const inCatalogueOrder = (ids: Set<string>) => context.ruleIds.filter((id) => ids.has(id));
    const statusOf = (id: string) => {
      if (!statuses.has(id)) statuses.set(id, context.statusOf(id));
      return statuses.get(id)!;
    };
    labels.forEach((label, index) => {
      const lowerCase = label.toLowerCase();
      const words = Object.keys(opts.claims).filter((word) => containsWord(lowerCase, word));
      if (words.length === 0) return;
      const claimed = inCatalogueOrder(new Set(words.flatMap((word) => opts.claims[word] ?? [])));
      // A criterion that does not apply to this meeting is not contradicted by the label.
      const failing = claimed.filter((id) => statusOf(id) === 'fail');
      const unstated = claimed.filter((id) => statusOf(id) === 'not-stated');
      if (failing.length === 0 && unstated.length === 0) return;
      // The facts to state for what is only not stated: the remedy names them rather than a new name.
      const missing = [...new Set(unstated.flatMap((id) => context.missingOf(id)))];
      if (failing.length) anyFail = true;
      findings.push({
        messageId: failing.length ? 'label-fails' : 'label-unverified',
        at: facts.locate(['labels', index]),
        evidence: { label, words, claims: claimed, failing, notStated: unstated, ...(missing.length && { toState: missing }) },
      });
    });
    return { status: anyFail ? 'fail' : findings.length ? 'not-stated' : 'pass', findings };
  },
});
