// Resolving a configuration: presets in order, then the config file's rules, then command-line flags, over the
// rules and presets a linter was given (linter.ts). Nothing here knows which rules exist.
import type { Preset, Rule, RuleSetting } from './types.js';
import type { Locale } from '../i18n/locale.js';

/** A severity as a config file may write it: `warning` is read as `warn`, as ESLint users write it. */
export type SeverityInput = RuleSetting | 'warning';

export type RuleEntry = SeverityInput | [SeverityInput] | [SeverityInput, Record<string, unknown>];

/** The severity a written one means. */
export function severityOf(input: SeverityInput): RuleSetting {
  return input === 'warning' ? 'warn' : input;
}

/** Settings for the files that `files` (globs, relative to the config file's folder) match, over the rest. */
export interface OverrideInput {
  files: string[];
  extends?: string[];
  rules?: Record<string, RuleEntry>;
}

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
  /** Applied, in order, to the files they match (ConfigLookup picks them per file). */
  overrides?: OverrideInput[];
  /** The language of reports (a report-wide setting: the config of the working folder gives it). */
  locale?: Locale;
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
  /** The language the config asks reports to be in, where it says. */
  locale?: Locale;
}

export interface ConfigFlags {
  /** `--preset`, applied after the config's own `extends`. */
  presets?: string[];
  /** `--rule ID=SEVERITY`. */
  rules?: Record<string, RuleSetting>;
}

export const DEFAULT_EXTENDS = ['recommended'];

/** What resolving needs to know: the rules and presets of one linter. */
export interface ConfigCatalogue {
  rules: readonly Rule[];
  findRule(id: string): Rule | undefined;
  findPreset(name: string): Preset | undefined;
}

/** One problem with a rule's options: where in the options, and what is wrong, in a sentence. */
export interface OptionProblem {
  path: (string | number)[];
  message: string;
}

/**
 * What is wrong with options given to a rule: what its schema says (each option, and checks across them, such
 * as fair-hours' earliest before latest), then the rules it would evaluate that the catalogue lacks.
 */
export function optionProblems(catalogue: ConfigCatalogue, rule: Rule, options: unknown): OptionProblem[] {
  return checkOptions(catalogue, rule, options).problems;
}

/**
 * The options over the rule's defaults, when they have no problem; else what is wrong with them. Options that give
 * nothing are the defaults, which need no validating.
 */
function checkOptions(catalogue: ConfigCatalogue, rule: Rule, options: unknown): { problems: OptionProblem[]; value: Record<string, unknown> | null } {
  const defaults = rule.meta.defaults as Record<string, unknown>;
  let value = defaults;
  if (!isPlainObject(options) || Object.keys(options).length > 0) {
    const parsed = rule.meta.options().safeParse(isPlainObject(options) ? { ...defaults, ...options } : options);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => ({
        path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
        message: issue.message,
      }));
      return { problems, value: null };
    }
    value = parsed.data as Record<string, unknown>;
  }
  const problems: OptionProblem[] = [];
  for (const id of rule.meta.evaluates?.(value) ?? []) {
    if (id === rule.meta.id) problems.push({ path: [], message: `${rule.meta.id} cannot evaluate itself` });
    else if (!catalogue.findRule(id)) problems.push({ path: [], message: `\`${id}\` is not a rule` });
  }
  return { problems, value: problems.length === 0 ? value : null };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Thrown for a configuration that cannot be resolved: the library turns it into an `invalid-options` finding. */
export class ConfigResolutionError extends Error {}

export function resolveConfig(catalogue: ConfigCatalogue, input: ConfigInput = {}, flags: ConfigFlags = {}, configFile: string | null = null): ResolvedConfig {
  const presetNames = [...(input.extends ?? DEFAULT_EXTENDS), ...(flags.presets ?? [])];
  const severities = new Map<string, RuleSetting>(catalogue.rules.map((rule) => [rule.meta.id, rule.meta.severity]));
  const options = new Map<string, Record<string, unknown>>(catalogue.rules.map((rule) => [rule.meta.id, {}]));
  const apply = (id: string, severity: RuleSetting | undefined, values: Record<string, unknown> | undefined) => {
    if (!severities.has(id)) throw new ConfigResolutionError(`unknown rule ${id}`);
    if (severity) severities.set(id, severity);
    if (values) options.set(id, { ...options.get(id), ...values });
  };
  for (const name of presetNames) {
    const preset = catalogue.findPreset(name);
    if (!preset) throw new ConfigResolutionError(`unknown preset ${name}`);
    if (preset.ruleDefaults) for (const rule of catalogue.rules) apply(rule.meta.id, rule.meta.severity, undefined);
    if (preset.allRules) for (const rule of catalogue.rules) apply(rule.meta.id, preset.allRules.severity, preset.allRules.options);
    for (const [id, entry] of Object.entries(preset.rules)) apply(id, entry.severity, entry.options);
  }
  for (const [id, entry] of Object.entries(input.rules ?? {})) {
    const [severity, values] = Array.isArray(entry) ? entry : [entry, undefined];
    apply(id, severity === undefined ? undefined : severityOf(severity), values);
  }
  for (const [id, severity] of Object.entries(flags.rules ?? {})) apply(id, severity, undefined);

  const rules: Record<string, ResolvedRule> = {};
  for (const rule of catalogue.rules) {
    const id = rule.meta.id;
    const given = options.get(id);
    const { problems, value } = checkOptions(catalogue, rule, given);
    if (value === null) {
      throw new ConfigResolutionError(
        problems.map((problem) => `rules.${id}${problem.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('')}: ${problem.message}`).join('; '),
      );
    }
    rules[id] = { severity: severities.get(id)!, options: value };
  }
  return { extends: presetNames, rules, waivers: input.waivers ?? [], configFile, ...(input.locale !== undefined && { locale: input.locale }) };
}

/** A configuration already resolved (by loadConfig or resolveConfig), as against one as a config file writes it. */
export function isResolvedConfig(config: ResolvedConfig | ConfigInput): config is ResolvedConfig {
  return 'configFile' in config && typeof (config as ResolvedConfig).rules === 'object';
}

/** The configuration to lint with: the recommended preset when none is given, resolved when given as written. */
export function toResolvedConfig(catalogue: ConfigCatalogue, config: ResolvedConfig | ConfigInput | undefined): ResolvedConfig {
  if (!config) return resolveConfig(catalogue);
  return isResolvedConfig(config) ? config : resolveConfig(catalogue, config);
}
