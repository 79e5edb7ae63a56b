// The library API (cli.md, "Library"): the CLI is a thin layer over these functions. Everything here returns
// the structure the `json` format prints; nothing prints, exits the process or (in lintText) touches files.
import * as z from 'zod';
import { todayUtc, type PlainDate } from './announcement/dates.js';
import { parsePlainDate } from './announcement/values.js';
import { ConfigReader, loadConfig as loadConfigWith, parseConfig as parseConfigWith, type ConfigResult } from './config/load.js';
import { configSchemaFor } from './config/schema.js';
import { AnnouncementSchemas } from './announcement/schema.js';
import {
  isResolvedConfig,
  toResolvedConfig as toResolvedConfigWith,
  type ConfigFlags,
  type ConfigInput,
  type ResolvedConfig,
  type WaiverInput,
} from './engine/config.js';
import type { RuleDescription } from './engine/catalogue.js';
import type { EngineCode } from './engine/codes.js';
import { documentError, uncheckedResult } from './engine/findings.js';
import { createLinter, type Linter, type LintOptions } from './engine/linter.js';
import { buildReport } from './engine/report.js';
import { settleConfigWaivers } from './engine/waivers.js';
import type { LintReport } from './engine/types.js';
import type { LoadLimits } from './announcement/load.js';
import { describeValue, readLimits, readOption } from './lint-options.js';
import { CATALOGUE } from '../rules/index.js';

export { RULES, RULE_IDS, findRule, PRESETS, PRESET_NAMES, CATALOGUE } from '../rules/index.js';
export { createLinter, type Linter, type LinterSetup, type LintOptions } from './engine/linter.js';
export { defineRule } from './engine/define.js';
export { ENGINE_CODES, type EngineCode, type EngineCodeDescriptor } from './engine/codes.js';
export { InvalidConfigError, type ConfigProblem, type ConfigResult } from './config/load.js';
export { ConfigLookup, type ConfigLookupOptions } from './config/lookup.js';

/** Resolves a configuration over invitelint's own rules and presets (presets, then rules, then flags). */
export function resolveConfig(input?: ConfigInput, flags?: ConfigFlags, configFile?: string | null): ResolvedConfig {
  return createLinter(CATALOGUE).resolveConfig(input, flags, configFile);
}

/** The configuration to lint with: the recommended preset when none is given, resolved when given as written. */
export function toResolvedConfig(config?: ResolvedConfig | ConfigInput): ResolvedConfig {
  return toResolvedConfigWith(createLinter(CATALOGUE), config);
}

/** Reads, validates and resolves a config file; throws InvalidConfigError with every problem at its position. */
export function loadConfig(file: string, flags: ConfigFlags = {}): ResolvedConfig {
  return loadConfigWith(file, flags, new ConfigReader(createLinter(CATALOGUE)));
}

/** Validates a config file's text; `file` only names the problems. */
export function parseConfig(text: string, file: string): ConfigResult {
  return parseConfigWith(text, file, new ConfigReader(createLinter(CATALOGUE)));
}

/** The config file's format as a zod schema (`invitelint schema --config` prints it as JSON Schema). */
export const configSchema = configSchemaFor(createLinter(CATALOGUE));
/** Format v1 of the announcement as a zod schema, with a zone clock of its own for its checks across fields. */
export const announcementSchema = new AnnouncementSchemas().v1;
export { announcementJsonSchema, configJsonSchema, type JsonSchema } from './authoring/json-schema.js';
export { lintFiles, type LintFilesOptions, type LintFilesReport } from './lint-files.js';
export { describeRule, type RuleDescription, type OptionDescription } from './engine/catalogue.js';
export { VERSION } from './version.js';
export type * from './engine/types.js';
export type { ConfigFlags, ConfigInput, ResolvedConfig, ResolvedRule, RuleEntry, WaiverInput } from './engine/config.js';
export type { Announcement } from './announcement/schema.js';
export type { PlainDate } from './announcement/dates.js';
export { DEFAULT_LOAD_LIMITS, type LoadLimits } from './announcement/load.js';


/** The rule catalogue, as `invitelint rules --format json` prints it: id, criterion, severity, options, sources. */
export function ruleCatalogue(): RuleDescription[] {
  return createLinter(CATALOGUE).describeRules();
}

/** A configuration as its file writes it: without the `line` that parseConfig adds to each waiver it read. */
function asWritten(config: ConfigInput): unknown {
  if (!Array.isArray(config.waivers)) return config;
  return { ...config, waivers: config.waivers.map(({ line: _line, ...waiver }: WaiverInput) => waiver) };
}

/** What is wrong with the options, in one sentence each; none for options that lintText can use. */
function optionProblems(options: LintOptions, linter: Linter): string[] {
  const problems: string[] = [];
  if (options.filePath !== undefined && typeof options.filePath !== 'string') {
    problems.push(`filePath: expected a file name, not ${describeValue(options.filePath)}`);
  }
  if (options.cwd !== undefined && typeof options.cwd !== 'string') problems.push(`cwd: expected a folder, not ${describeValue(options.cwd)}`);
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
        const parsed = configSchemaFor(linter).safeParse(asWritten(options.config));
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

const OPTION_NAMES = ['filePath', 'config', 'asOf', 'inlineWaivers', 'limits', 'cwd', 'linter'] as const;

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
  return { options: options as LintOptions, problems };
}

/** A config file as reports name files: relative to `cwd` when inside it (no node:path: this runs in browsers too). */
function configFileName(configFile: string, cwd: string): string {
  const folder = cwd.endsWith('/') ? cwd : `${cwd}/`;
  return configFile.startsWith(folder) ? configFile.slice(folder.length) : configFile;
}

/** The process's working folder; in a browser (the checker page), which has none, the root. */
function workingFolder(): string {
  return typeof process === 'object' && typeof process.cwd === 'function' ? process.cwd() : '/';
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
function unlintable(file: string, asOf: string, rule: EngineCode, messages: string[]): LintReport {
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
    const read = readLintOptions(given);
    const options = read.options;
    if (typeof options.filePath === 'string') file = options.filePath;
    if (read.problems.length > 0) return unlintable(file, asOf, 'invalid-options', read.problems);
    const linter = options.linter ?? createLinter(CATALOGUE);
    const problems = optionProblems(options, linter);
    if (problems.length > 0) return unlintable(file, asOf, 'invalid-options', problems);
    asOf = options.asOf ?? asOf;
    let config: ResolvedConfig;
    try {
      config = toResolvedConfigWith(linter, options.config);
    } catch (error) {
      // Checks across a rule's options (an hour window that ends before it starts) are made as the rule reads them.
      return unlintable(file, asOf, 'invalid-options', [`config: ${messageOf(error)}`]);
    }
    const cwd = typeof options.cwd === 'string' ? options.cwd : workingFolder();
    const results = linter.lintDocuments(typeof text === 'string' || text instanceof Uint8Array ? text : String(text), {
      asOf,
      config,
      filePath: file,
      cwd,
      ...(options.inlineWaivers !== undefined && { inlineWaivers: options.inlineWaivers }),
      ...(options.limits !== undefined && { limits: options.limits }),
    });
    return buildReport(settleConfigWaivers(results), asOf, config.configFile === null ? [] : [configFileName(config.configFile, cwd)]);
  } catch (error) {
    return unlintable(file, asOf, 'internal-error', [`internal error: ${messageOf(error)}`]);
  }
}
