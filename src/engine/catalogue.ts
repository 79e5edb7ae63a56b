// The rule catalogue as data: what `invitelint rules --format json`, SARIF and the docs say about each rule.
// Everything here is read from the rules' metadata, so it cannot drift from what the rules do.
import type { Rule, Severity, Source } from './types.js';

export interface OptionDescription {
  default: unknown;
  description: string | null;
}

export interface RuleDescription {
  id: string;
  criterion: string;
  /** Severity in the `recommended` preset. */
  severity: Severity;
  description: string;
  options: Record<string, OptionDescription>;
  sources: Source[];
}

export function describeRule(rule: Rule): RuleDescription {
  const defaults = rule.meta.defaults as Record<string, unknown>;
  const options: Record<string, OptionDescription> = {};
  for (const [name, schema] of Object.entries(rule.meta.options().shape)) {
    options[name] = { default: defaults[name], description: (schema as { description?: string }).description ?? null };
  }
  const { id, criterion, severity, description, sources } = rule.meta;
  return { id, criterion, severity, description, options, sources };
}
