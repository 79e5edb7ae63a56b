// The library API (cli.md, "Library"): the CLI is a thin layer over these functions. Everything here returns
// the structure the `json` format prints; nothing prints, exits the process or (in lintText) touches files.
import * as z from 'zod';
import { todayUtc, type PlainDate } from './announcement/dates.js';
import { parsePlainDate } from './announcement/values.js';
import { getConfigSchema } from './config/schema.js';
import { isResolvedConfig, toResolvedConfig, type ConfigInput, type ResolvedConfig, type WaiverInput } from './engine/config.js';
import { describeRule, type RuleDescription } from './engine/catalogue.js';
import { documentError, lintDocuments, uncheckedResult } from './engine/lint.js';
import { buildReport } from './engine/report.js';
import { settleConfigWaivers } from './engine/waivers.js';
import type { LintReport } from './engine/types.js';
import type { LoadLimits } from './announcement/load.js';
import { describeValue, readLimits, readOption } from './lint-options.js';
import { RULES } from '../rules/index.js';

export { RULES, RULE_IDS, findRule } from '../rules/index.js';
export { PRESETS, PRESET_NAMES } from './engine/presets.js';
export { resolveConfig, toResolvedConfig } from './engine/config.js';
export { loadConfig, parseConfig, InvalidConfigError, type ConfigProblem } from './config/load.js';
/** The config file's format as a zod schema (`invitelint schema --config` prints it as JSON Schema). */
export const configSchema = getConfigSchema();
export { ConfigLookup, type ConfigLookupOptions } from './config/lookup.js';
export { announcementSchema } from './announcement/schema.js';
export { announcementJsonSchema, configJsonSchema, type JsonSchema } from './authoring/json-schema.js';
export { lintFiles, type LintFilesOptions, type LintFilesReport } from './lint-files.js';
export { describeRule, type RuleDescription, type OptionDescription } from './engine/catalogue.js';
export { VERSION } from './version.js';
export type * from './engine/types.js';
export type { ConfigFlags, ConfigInput, ResolvedConfig, ResolvedRule, RuleEntry, WaiverInput } from './engine/config.js';
export type { Announcement } from './announcement/schema.js';
export type { PlainDate } from './announcement/dates.js';
export { DEFAULT_LOAD_LIMITS, type LoadLimits } from './announcement/load.js';

export interface LintOptions {
  /** The name the report gives the text (and that waiver globs match). Default `<text>`. */
  filePath?: string;
  /**
   * A resolved configuration (from `loadConfig` or `resolveConfig`), or a configuration as written in a config
   * file (`{ extends, rules, waivers }`), which is validated first. Default: the `recommended` preset.
   */
  config?: ResolvedConfig | ConfigInput;
  /** The date a draft (no `issued`) is taken to be sent, YYYY-MM-DD. Default: today (UTC). */
  asOf?: PlainDate;
  /** Honour `# invitelint-disable` comments (default true). */
  inlineWaivers?: boolean;
  /** Resource limits for untrusted input (file size, nesting depth, aliases, documents); defaults in DEFAULT_LOAD_LIMITS. */
  limits?: Partial<LoadLimits>;
}

/** The rule catalogue, as `invitelint rules --format json` prints it: id, criterion, severity, options, sources. */
export function ruleCatalogue(): RuleDescription[] {
  return RULES.map(describeRule);
}

/** A configuration as its file writes it: without the `line` that parseConfig adds to each waiver it read. */
function asWritten(config: ConfigInput): unknown {
  if (!Array.isArray(config.waivers)) return config;
  return { ...config, waivers: config.waivers.map(({ line: _line, ...waiver }: WaiverInput) => waiver) };
}

/** What is wrong with the options, in one sentence each; none for options that lintText can use. */
function optionProblems(options: LintOptions): string[] {
  const problems: string[] = [];
  if (options.filePath !== undefined && typeof options.filePath !== 'string') {
    problems.push(`filePath: expected a file name, not ${describeValue(options.filePath)}`);
  }
  if (options.asOf !== undefined && (typeof options.asOf !== 'string' || !parsePlainDate(options.asOf))) {
    problems.push(`asOf: expected a date in the form YYYY-MM-DD, e.g. 2005-04-18, not ${JSON.stringify(options.asOf)}`);
  }
  if (options.inlineWaivers !== undefined && typeof options.inlineWaivers !== 'boolean') {
    problems.push(`inlineWaivers: expected true or false, not ${describeValue(options.inlineWaivers)}`);
  }
  if (options.config !== undefined && (typeof options.config !== 'object' || options.config === null)) {
    problems.push('config: expected a configuration object');
  } else if (options.config !== undefined) {
    try {
      if (!isResolvedConfig(options.config)) {
        const parsed = configSchema.safeParse(asWritten(options.config));
        if (!parsed.success) {
          for (const issue of parsed.error.issues) {
            problems.push(`config${issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('')}: ${issue.message}`);
          }
        }
      }
    } catch (error) {
      problems.push(`config: cannot be read (${error instanceof Error ? error.message : 'an error'})`);
    }
  }
  return problems;
}

const OPTION_NAMES = ['filePath', 'config', 'asOf', 'inlineWaivers', 'limits'] as const;

/**
 * The options as given, read once each into a plain object (a getter or a Proxy is never asked twice), with
 * what could not be read or used. `limits` are checked here: each a whole number in its range.
 */
function readLintOptions(given: unknown): { options: LintOptions; problems: string[] } {
  if (given === undefined) return { options: {}, problems: [] };
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    return { options: {}, problems: [`options: expected an object such as { asOf: '2005-04-18' }, not ${describeValue(given)}`] };
  }
  const options: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const key of OPTION_NAMES) {
    const read = readOption(given, key);
    if ('problem' in read) problems.push(read.problem);
    else if (read.value !== undefined) options[key] = read.value;
  }
  const limits = readLimits(options['limits']);
  for (const problem of limits.problems) problems.push(problem);
  if (limits.limits) options['limits'] = limits.limits;
  else delete options['limits'];
  return { options: options as LintOptions, problems: [...problems, ...optionProblems(options as LintOptions)] };
}

/** A thrown error in one line: a zod error as its issues' paths and messages. */
function messageOf(error: unknown): string {
  if (error instanceof z.ZodError) {
    return error.issues.map((issue) => `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`).join('; ');
  }
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'an error that cannot be described';
  }
}

/** A report for text that could not be linted at all: one error finding per problem, at the start of the text. */
function unlintable(file: string, asOf: string, rule: string, messages: string[]): LintReport {
  return buildReport([uncheckedResult(file, 0, null, messages.map((message) => documentError(rule, message)))], asOf);
}

/**
 * Lints the announcements in `text`: the same report that `invitelint --format json` prints for a file with
 * this text. Give the file's bytes (a Uint8Array) to have them checked as UTF-8 as the CLI does. Pure: no file access, no printing. It never throws: options it cannot use are reported as
 * `invalid-options` findings, and a bug in the linter as an `internal-error` finding, both errors.
 */
export function lintText(text: string | Uint8Array, given: LintOptions = {}): LintReport {
  let file = '<text>';
  let asOf = todayUtc(new Date());
  try {
    const { options, problems } = readLintOptions(given);
    if (typeof options.filePath === 'string') file = options.filePath;
    if (problems.length > 0) return unlintable(file, asOf, 'invalid-options', problems);
    asOf = options.asOf ?? asOf;
    let config: ResolvedConfig;
    try {
      config = toResolvedConfig(options.config);
    } catch (error) {
      // Checks across a rule's options (an hour window that ends before it starts) are made as the rule reads them.
      return unlintable(file, asOf, 'invalid-options', [`config: ${messageOf(error)}`]);
    }
    const results = lintDocuments(typeof text === 'string' || text instanceof Uint8Array ? text : String(text), {
      asOf,
      config,
      filePath: file,
      ...(options.inlineWaivers !== undefined && { inlineWaivers: options.inlineWaivers }),
      ...(options.limits !== undefined && { limits: options.limits }),
    });
    return buildReport(settleConfigWaivers(results), asOf, config.configFile === null ? [] : [config.configFile]);
  } catch (error) {
    return unlintable(file, asOf, 'internal-error', [`internal error: ${messageOf(error)}`]);
  }
}
