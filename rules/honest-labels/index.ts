import * as z from 'zod';
import { defineRule } from '../../src/engine/define.js';
import type { CheckStatus, FindingDraft } from '../../src/engine/types.js';
import { findRule, RULES } from '../index.js';
import page from './README.md?raw';

const ID = 'honest-labels';

/** The criteria each word of a label claims (rules.md, honest-labels). */
const DEFAULT_CLAIMS: Record<string, string[]> = {
  open: ['stakeholder-self-selection', 'notice-period'],
  inclusive: ['notice-period', 'remote-access', 'stakeholder-self-selection', 'language-access'],
  multistakeholder: ['stakeholder-coverage', 'stakeholder-self-selection'],
  'multi-stakeholder': ['stakeholder-coverage', 'stakeholder-self-selection'],
  consultation: ['format-clarity', 'time-allotted'],
  consultations: ['format-clarity', 'time-allotted'],
};

const options = z.strictObject({
  claims: z
    .record(z.string().min(1), z.array(z.string()))
    // The catalogue is read when options are parsed, long after every rule module has loaded.
    .refine((claims) => Object.values(claims).flat().every((id) => id !== ID && findRule(id) !== undefined), {
      error: (issue) => {
        const claims = issue.input as Record<string, string[]>;
        const wrong = Object.values(claims).flat().find((id) => id === ID || findRule(id) === undefined);
        return wrong === ID ? 'a label cannot claim honest-labels itself' : `\`${wrong}\` is not a rule`;
      },
    })
    .default(DEFAULT_CLAIMS)
    .describe('For each word a label may contain, the rules it claims to meet.'),
});

const SOURCE =
  'IESG Statement on Interim Meetings: its rules apply "even if labeled as \'informal\'"; a label that claims a criterion must meet it';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Does a label in lower case contain `word` as a whole word? A hyphen joins words into one, so "open-ended"
 * does not contain "open" (the page explains why) while "multi-stakeholder" is itself a word. The pattern is
 * compiled once per word (the words come from the options) and kept, with the word's pieces: a label that lacks
 * one of them as plain text cannot match, which is all most labels need to be told.
 */
const WORD_PATTERNS = new Map<string, { pieces: string[]; pattern: RegExp }>();
function containsWord(lowerCaseLabel: string, word: string): boolean {
  let known = WORD_PATTERNS.get(word);
  if (!known) {
    const lowerCase = word.toLowerCase();
    const pattern = escapeRegExp(lowerCase).replace(/\s+/g, '\\s+');
    known = {
      pieces: lowerCase.split(/\s+/).filter((piece) => piece !== ''),
      pattern: new RegExp(`(?<![\\p{L}\\p{N}_-])${pattern}(?![\\p{L}\\p{N}_-])`, 'u'),
    };
    WORD_PATTERNS.set(word, known);
  }
  return known.pieces.every((piece) => lowerCaseLabel.includes(piece)) && known.pattern.test(lowerCaseLabel);
}

const nameOf = (id: string) => {
  const criterion = findRule(id)?.meta.criterion ?? id;
  return criterion.charAt(0).toLowerCase() + criterion.slice(1);
};

/** Claimed rule ids in catalogue order, so that messages read the same whatever the order of the words. */
function inCatalogueOrder(ids: Set<string>): string[] {
  return RULES.map((rule) => rule.meta.id).filter((id) => ids.has(id));
}

export default defineRule({
  meta: {
    id: ID,
    criterion: 'Honest labelling',
    description: 'A label such as "open", "inclusive", "multistakeholder" or "consultation" is only used when the meeting meets what it claims.',
    severity: 'error',
    options,
    sources: [{ title: SOURCE }],
  },
  page,
  check(facts, opts, context) {
    const labels = facts.announcement.labels ?? [];
    const findings: FindingDraft[] = [];
    const statuses = new Map<string, CheckStatus>();
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
      const parts = [
        ...(failing.length ? [`fails ${failing.map(nameOf).join(', ')}`] : []),
        ...(unstated.length ? [`${unstated.map(nameOf).join(', ')} ${unstated.length === 1 ? 'is' : 'are'} not stated`] : []),
      ];
      findings.push({
        message: `called '${label}' but ${parts.join('; ')}`,
        at: facts.locate(['labels', index]),
        evidence: { label, words, claims: claimed, failing, notStated: unstated },
        remedy: `meet ${[...failing, ...unstated].map(nameOf).join(', ')}, or drop ${words.map((word) => `'${word}'`).join(', ')} from the label`,
      });
    });
    return { status: findings.length ? 'fail' : 'pass', findings };
  },
});
