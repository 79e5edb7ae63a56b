// The library API (cli.md, "Library"): the CLI is a thin layer over these functions.
import { todayUtc, type PlainDate } from './announcement/dates.js';
import { resolveConfig, type ConfigInput, type ResolvedConfig } from './engine/config.js';
import { lintDocuments } from './engine/lint.js';
import { buildReport } from './engine/report.js';
import type { LintReport } from './engine/types.js';
import { settleConfigWaivers } from './engine/waivers.js';
import type { LoadLimits } from './announcement/load.js';

export { RULES, RULE_IDS, findRule } from '../rules/index.js';
export { PRESETS, PRESET_NAMES } from './engine/presets.js';
export { resolveConfig } from './engine/config.js';
export { loadConfig, parseConfig, InvalidConfigError, type ConfigProblem } from './config/load.js';
export { configSchema } from './config/schema.js';
export { ConfigLookup, type ConfigLookupOptions } from './config/lookup.js';
export type * from './engine/types.js';
export type { ConfigInput, ResolvedConfig, ResolvedRule, RuleEntry, WaiverInput } from './engine/config.js';
export type { Announcement } from './announcement/schema.js';
export { DEFAULT_LOAD_LIMITS, type LoadLimits } from './announcement/load.js';

export interface LintOptions {
  /** The name the report gives the text (and that waiver globs match). Default `<text>`. */
  filePath?: string;
  /** A resolved configuration, or a configuration as written in a config file. Default: `recommended`. */
  config?: ResolvedConfig | ConfigInput;
  /** The date a draft (no `issued`) is taken to be sent, YYYY-MM-DD. Default: today (UTC). */
  asOf?: PlainDate;
  /** Honour `# invitelint-disable` comments (default true). */
  inlineWaivers?: boolean;
  /** Resource limits for untrusted input (file size, nesting depth, aliases, documents); defaults in DEFAULT_LOAD_LIMITS. */
  limits?: Partial<LoadLimits>;
}

function isResolved(config: ResolvedConfig | ConfigInput): config is ResolvedConfig {
  return 'configFile' in config && typeof (config as ResolvedConfig).rules === 'object';
}

export function toResolvedConfig(config: ResolvedConfig | ConfigInput | undefined): ResolvedConfig {
  if (!config) return resolveConfig();
  return isResolved(config) ? config : resolveConfig(config);
}

/** Lints the announcements in `text`. No file access; returns what the `json` format prints. */
export function lintText(text: string, options: LintOptions = {}): LintReport {
  const asOf = options.asOf ?? todayUtc(new Date());
  const results = lintDocuments(text, {
    asOf,
    config: toResolvedConfig(options.config),
    ...(options.filePath !== undefined && { filePath: options.filePath }),
    ...(options.inlineWaivers !== undefined && { inlineWaivers: options.inlineWaivers }),
    ...(options.limits !== undefined && { limits: options.limits }),
  });
  return buildReport(settleConfigWaivers(results), asOf);
}
