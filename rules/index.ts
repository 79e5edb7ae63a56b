// The rule catalogue, in the order of docs/rules.md. Each rule lives in its own folder with its page; adding a
// rule is its folder and one line here. The engine is given these (createLinter); it imports none of them.
import type { LinterSetup } from '../src/engine/linter.js';
import type { Rule } from '../src/engine/types.js';
import accessibility from './accessibility/index.js';
import costBarriers from './cost-barriers/index.js';
import documentsInAdvance from './documents-in-advance/index.js';
import earlyEngagement from './early-engagement/index.js';
import fairHours from './fair-hours/index.js';
import formatClarity from './format-clarity/index.js';
import frameworkLegitimacy from './framework-legitimacy/index.js';
import honestLabels from './honest-labels/index.js';
import languageAccess from './language-access/index.js';
import materialChanges from './material-changes/index.js';
import noticePeriod from './notice-period/index.js';
import participationSupport from './participation-support/index.js';
import { PRESETS } from './presets.js';
import recordsAndFeedback from './records-and-feedback/index.js';
import remoteAccess from './remote-access/index.js';
import stakeholderCoverage from './stakeholder-coverage/index.js';
import stakeholderSelfSelection from './stakeholder-self-selection/index.js';
import timeAllotted from './time-allotted/index.js';

export const RULES: readonly Rule[] = [
  noticePeriod,
  remoteAccess,
  timeAllotted,
  stakeholderSelfSelection,
  frameworkLegitimacy,
  formatClarity,
  honestLabels,
  earlyEngagement,
  documentsInAdvance,
  fairHours,
  stakeholderCoverage,
  languageAccess,
  participationSupport,
  accessibility,
  recordsAndFeedback,
  costBarriers,
  materialChanges,
];

export { PRESETS };

/** What `createLinter` is given for invitelint's own criteria. */
export const CATALOGUE: LinterSetup = { rules: RULES, presets: PRESETS };

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.meta.id);

export const PRESET_NAMES: readonly string[] = PRESETS.map((preset) => preset.name);

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}
