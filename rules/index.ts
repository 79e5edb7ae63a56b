// The rule catalogue, in the order of rules.md. Each rule lives in its own folder with its page.
import type { Rule } from '../src/engine/types.js';
import noticePeriod from './notice-period/index.js';
import honestLabels from './honest-labels/index.js';
import documentsInAdvance from './documents-in-advance/index.js';
import fairHours from './fair-hours/index.js';
import stakeholderCoverage from './stakeholder-coverage/index.js';
import languageAccess from './language-access/index.js';
import participationSupport from './participation-support/index.js';

export const RULES: readonly Rule[] = [
  noticePeriod,
  honestLabels,
  documentsInAdvance,
  fairHours,
  stakeholderCoverage,
  languageAccess,
  participationSupport,
];

const byId = new Map(RULES.map((rule) => [rule.meta.id, rule]));

export function findRule(id: string): Rule | undefined {
  return byId.get(id);
}

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.meta.id);
