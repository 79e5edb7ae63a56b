// Resolving a configuration: presets in order, then the config file's rules, then command-line flags.
import { RULES, findRule } from '../../rules/index.js';
import { findPreset } from './presets.js';
import type { RuleSetting } from './types.js';

export type RuleEntry = RuleSetting | [RuleSetting] | [RuleSetting, Record<string, unknown>];

export interface WaiverInput {
  rule: string;
  files?: string[];
  reason?: string;
  /** YYYY-MM-DD: the waiver no longer applies after this date. */
  expires?: string;
  /** The waiver's line in its config file, for messages about it (set when read from a file). */
  line?: number;
}

/** A configuration as written in a config file (already validated). */
export interface ConfigInput {
  extends?: string[];
  rules?: Record<string, RuleEntry>;
  waivers?: WaiverInput[];
}

export interface ResolvedRule {
  severity: RuleSetting;
  /** Every option of the rule, with defaults filled in. */
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  extends: string[];
  rules: Record<string, ResolvedRule>;
  waivers: WaiverInput[];
  /** The config file this came from, if any (waiver `files` globs are relative to its folder). */
  configFile: string | null;
}

export interface ConfigFlags {
  /** `--preset`, applied after the config's own `extends`. */
  presets?: string[];
  /** `--rule ID=SEVERITY`. */
  rules?: Record<string, RuleSetting>;
}

export const DEFAULT_EXTENDS = ['recommended'];

export function resolveConfig(input: ConfigInput = {}, flags: ConfigFlags = {}, configFile: string | null = null): ResolvedConfig {
  const presetNames = [...(input.extends ?? DEFAULT_EXTENDS), ...(flags.presets ?? [])];
  const severities = new Map<string, RuleSetting>(RULES.map((rule) => [rule.meta.id, rule.meta.severity]));
  const options = new Map<string, Record<string, unknown>>(RULES.map((rule) => [rule.meta.id, {}]));
  const apply = (id: string, severity: RuleSetting | undefined, values: Record<string, unknown> | undefined) => {
    if (!severities.has(id)) throw new Error(`unknown rule ${id}`);
    if (severity) severities.set(id, severity);
    if (values) options.set(id, { ...options.get(id), ...values });
  };
  for (const name of presetNames) {
    const preset = findPreset(name);
    if (!preset) throw new Error(`unknown preset ${name}`);
    if (preset.allRules) for (const rule of RULES) apply(rule.meta.id, preset.allRules.severity, preset.allRules.options);
    for (const [id, entry] of Object.entries(preset.rules)) apply(id, entry.severity, entry.options);
  }
  for (const [id, entry] of Object.entries(input.rules ?? {})) {
    const [severity, values] = Array.isArray(entry) ? entry : [entry, undefined];
    apply(id, severity, values);
  }
  for (const [id, severity] of Object.entries(flags.rules ?? {})) apply(id, severity, undefined);

  const rules: Record<string, ResolvedRule> = {};
  for (const rule of RULES) {
    const id = rule.meta.id;
    // Options are read once per configuration: zod's compiled fast path would cost more to build than it saves.
    rules[id] = { severity: severities.get(id)!, options: rule.meta.options.parse(options.get(id), { jitless: true }) as Record<string, unknown> };
  }
  return { extends: presetNames, rules, waivers: input.waivers ?? [], configFile };
}

const DEFAULT_OPTIONS = new Map<string, Record<string, unknown>>();

/**
 * The options a rule runs with when it is switched off but another rule needs its verdict: parsed once per
 * rule, not once per document (rules only read their options).
 */
export function defaultOptions(id: string): Record<string, unknown> {
  let options = DEFAULT_OPTIONS.get(id);
  if (!options) {
    const rule = findRule(id);
    if (!rule) throw new Error(`unknown rule ${id}`);
    options = rule.meta.options.parse({}, { jitless: true }) as Record<string, unknown>;
    DEFAULT_OPTIONS.set(id, options);
  }
  return options;
}

/** A configuration already resolved (by loadConfig or resolveConfig), as against one as a config file writes it. */
export function isResolvedConfig(config: ResolvedConfig | ConfigInput): config is ResolvedConfig {
  return 'configFile' in config && typeof (config as ResolvedConfig).rules === 'object';
}

/** The configuration to lint with: the recommended preset when none is given, resolved when given as written. */
export function toResolvedConfig(config: ResolvedConfig | ConfigInput | undefined): ResolvedConfig {
  if (!config) return resolveConfig();
  return isResolvedConfig(config) ? config : resolveConfig(config);
}
