// Reading a config file: YAML with positions -> validated configuration, or one-line problems at line:column.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as z from 'zod';
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document } from 'yaml';
import type { YamlPath } from '../announcement/facts.js';
import { DEFAULT_LOAD_LIMITS, formatPath, formatSize, locator } from '../announcement/load.js';
import { describeReadError, readAnnouncementFile } from '../files.js';
import { optionProblems, type ConfigFlags, type ConfigInput, type ResolvedConfig } from '../engine/config.js';
import type { Linter } from '../engine/linter.js';
import { didYouMean } from '../announcement/suggest.js';
import { configSchemaFor, SEVERITIES, SHARED_CONFIG, UNWAIVABLE_RULES, type ConfigSchema } from './schema.js';

export interface ConfigProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export type ConfigResult = { config: ConfigInput; problems: [] } | { config: null; problems: ConfigProblem[] };

/** `file:line:column: message`, the one-line form the CLI prints. */
export function formatConfigProblem(problem: ConfigProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}

/** Thrown by `loadConfig` for a config file that cannot be used; `problems` lists each at its position. */
export class InvalidConfigError extends Error {
  readonly problems: ConfigProblem[];
  constructor(problems: ConfigProblem[]) {
    super(problems.map(formatConfigProblem).join('\n'));
    this.name = 'InvalidConfigError';
    this.problems = problems;
  }
}

/**
 * Reads config files for one linter: its rules and presets are what a config may name. The schema is built
 * when the first config file is read, once per reader.
 */
export class ConfigReader {
  private built: ConfigSchema | undefined;
  constructor(readonly linter: Linter) {}
  get schema(): ConfigSchema {
    return (this.built ??= configSchemaFor(this.linter));
  }
}
const WAIVER_KEYS = ['rule', 'files', 'reason', 'expires'];

/**
 * A value as a message quotes it: text cut short. `quote` false for the whole file when it is no mapping: it
 * may be any file (a config linked to a token file), so none of it is quoted.
 */
function describeValue(value: unknown, quote = true): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string' && !quote) return `text (${value.length} characters)`;
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (!quote) return typeof value;
  return String(value);
}

function valueAt(data: unknown, at: YamlPath): unknown {
  let node = data;
  for (const segment of at) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** What a field is, in the user's words, from its path. */
function fieldName(at: YamlPath): string {
  if (at.length === 0) return 'the configuration';
  if (at[0] === 'rules' && at.length === 2) return `rule \`${String(at[1])}\``;
  if (at[0] === 'rules' && at.length === 3 && at[2] === 0) return `the severity of rule \`${String(at[1])}\``;
  if (at[0] === 'rules' && at.length === 3 && at[2] === 1) return `the options of rule \`${String(at[1])}\``;
  if (at[0] === 'rules' && at.length >= 4 && at[2] === 1) return `option \`${formatPath(at.slice(3))}\` of rule \`${String(at[1])}\``;
  return `\`${formatPath(at)}\``;
}

function knownKeysAt(at: YamlPath, reader: ConfigReader): { known: readonly string[]; what: string } {
  if (at.length === 0) return { known: Object.keys(reader.schema.shape), what: 'key' };
  if (at.length === 1 && at[0] === 'rules') return { known: reader.linter.ruleIds, what: 'rule' };
  if (at.length === 3 && at[0] === 'rules' && at[2] === 1) {
    const rule = reader.linter.findRule(String(at[1]));
    return { known: rule ? Object.keys(rule.meta.defaults) : [], what: 'option' };
  }
  if (at.length === 2 && at[0] === 'waivers') return { known: WAIVER_KEYS, what: 'waiver key' };
  return { known: [], what: 'key' };
}

/** Among a union's branches, the one the user most likely meant: the one whose complaints go deepest. */
function likeliestBranch(branches: readonly (readonly z.core.$ZodIssue[])[]): readonly z.core.$ZodIssue[] {
  let best = branches[0] ?? [];
  let bestDepth = -1;
  for (const issues of branches) {
    let depth = Infinity;
    for (const issue of issues) depth = Math.min(depth, issue.path.length);
    if (depth > bestDepth) {
      best = issues;
      bestDepth = depth;
    }
  }
  return best;
}

interface PathProblem {
  at: YamlPath;
  message: string;
}

function explainIssues(issues: readonly z.core.$ZodIssue[], data: unknown, reader: ConfigReader, prefix: YamlPath = []): PathProblem[] {
  const problems: PathProblem[] = [];
  for (const issue of issues) {
    const at: YamlPath = [...prefix, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')];
    const input = valueAt(data, at);
    if (issue.code === 'invalid_union') {
      for (const problem of explainIssues(likeliestBranch(issue.errors), data, reader, at)) problems.push(problem);
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      const { known, what } = knownKeysAt(at, reader);
      for (const key of issue.keys) {
        const owner = what === 'option' ? ` of rule \`${String(at[1])}\`` : '';
        let message = `unknown ${what} \`${key}\`${owner}${didYouMean(key, known)}`;
        if (what === 'option' && known.length === 0) message = `rule \`${String(at[1])}\` has no options`;
        if (what === 'rule' && (UNWAIVABLE_RULES as readonly string[]).includes(key)) {
          message = `\`${key}\` findings cannot be configured: a file that cannot be read as an announcement cannot be checked`;
        }
        problems.push({ at: [...at, key], message });
      }
      continue;
    }
    problems.push({ at, message: explainIssue(issue, at, input, data, reader) });
  }
  return problems;
}

function explainIssue(issue: z.core.$ZodIssue, at: YamlPath, input: unknown, data: unknown, reader: ConfigReader): string {
  const { presetNames, ruleIds } = reader.linter;
  const field = fieldName(at);
  const last = at[at.length - 1];
  const isSeverity = at[0] === 'rules' && (at.length === 2 || (at.length === 3 && at[2] === 0));
  if (isSeverity && (issue.code === 'invalid_value' || issue.code === 'invalid_type' || issue.code === 'too_big' || issue.code === 'too_small')) {
    if (at.length === 2 && Array.isArray(input)) {
      return `${field} should be a severity (off, warn, error) or [severity, {options}], not a list of ${input.length}`;
    }
    const suggestion = typeof input === 'string' ? didYouMean(input, SEVERITIES) : '';
    return `${field} should be off, warn or error (or [severity, {options}]), not ${describeValue(input)}${suggestion}`;
  }
  const inExtends = at[0] === 'extends' || (at[0] === 'overrides' && at[2] === 'extends');
  if (inExtends && at[at.length - 1] === 'extends' && !Array.isArray(input) && typeof input !== 'string') {
    return `${field} should be a preset name or a list of presets and shared configs, not ${describeValue(input)}`;
  }
  // Not a preset, nor the name of a shared config (a path, or an invitelint-config-... package).
  if (inExtends && (issue.code === 'invalid_value' || issue.code === 'invalid_format')) {
    const suggestion = typeof input === 'string' ? didYouMean(input, presetNames) : '';
    return `unknown preset ${describeValue(input)}${suggestion || `; presets are ${presetNames.join(', ')}`}`;
  }
  if (at[0] === 'waivers' && last === 'rule' && issue.code === 'invalid_value') {
    if (typeof input === 'string' && (UNWAIVABLE_RULES as readonly string[]).includes(input)) {
      return `\`${input}\` findings can never be waived: fix the file instead`;
    }
    if (input !== undefined) return `unknown rule ${describeValue(input)} in a waiver${typeof input === 'string' ? didYouMean(input, ruleIds) : ''}`;
  }
  if (at[0] === 'waivers' && last === 'reason' && (input === undefined || issue.code === 'too_small' || issue.code === 'invalid_type')) {
    const rule = valueAt(data, [...at.slice(0, -1), 'rule']);
    return `a waiver needs a reason: say why ${typeof rule === 'string' ? `\`${rule}\`` : 'the rule'} does not apply here`;
  }
  if (at[0] === 'waivers' && last === 'expires') return `${field} should be a date on the calendar in the form YYYY-MM-DD, not ${describeValue(input)}`;
  if (issue.code === 'invalid_type' && input === undefined) return `${field} is required`;
  if (issue.code === 'invalid_type') {
    const expected: Record<string, string> = { array: 'a list', object: 'a mapping', string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false' };
    return `${field} should be ${expected[issue.expected] ?? issue.expected}, not ${describeValue(input, at.length > 0)}`;
  }
  if (issue.code === 'invalid_value') {
    const values = issue.values.map(String);
    return `${field} should be one of: ${values.join(', ')}${typeof input === 'string' ? didYouMean(input, values) : ''}`;
  }
  if (issue.code === 'too_small') {
    return issue.origin === 'array' ? `${field} should list at least ${String(issue.minimum)} item` : `${field} should be at least ${String(issue.minimum)}`;
  }
  return `${field}: ${issue.message}`;
}

/**
 * Options are checked per key by the schema; what a rule checks across its options (fair-hours: earliest
 * before latest) is checked here, over the rule's defaults.
 */
function crossOptionProblems(config: ConfigInput, reader: ConfigReader): PathProblem[] {
  const problems: PathProblem[] = [];
  for (const [id, entry] of Object.entries(config.rules ?? {})) {
    if (!Array.isArray(entry) || entry.length < 2) continue;
    for (const problem of optionProblems(reader.linter, reader.linter.findRule(id)!, entry[1])) {
      const at: YamlPath = ['rules', id, 1, ...problem.path];
      problems.push({ at, message: `${fieldName(at)}: ${problem.message}` });
    }
  }
  return problems;
}

/** Problems listed for one config file at most: past a few hundred, more say nothing new. */
export const MAX_CONFIG_PROBLEMS = 200;

/**
 * In the order of the file, each once (a value can break two checks that say the same), and at most
 * MAX_CONFIG_PROBLEMS of them, then one line that counts the rest.
 */
function sortProblems(problems: ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  const sorted = problems
    .filter((problem) => {
      const key = formatConfigProblem(problem);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
  if (sorted.length <= MAX_CONFIG_PROBLEMS) return sorted;
  const kept = sorted.slice(0, MAX_CONFIG_PROBLEMS);
  const last = kept[kept.length - 1]!;
  kept.push({ ...last, message: `${sorted.length - MAX_CONFIG_PROBLEMS} more problems in this config file are not listed; fix these first` });
  return kept;
}

/**
 * Keys given twice in a mapping, in one pass with a set per mapping (yaml's own uniqueKeys check compares each
 * key with every one before it: 50,000 keys took 19 s).
 */
function duplicateKeys(doc: Document.Parsed, at: (offset: number) => { file: string; line: number; column: number }): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const pending: unknown[] = [doc.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isMap(node)) {
      const keys = new Set<string>();
      for (const pair of node.items) {
        if (isScalar(pair.key) && pair.key.range) {
          const key = String(pair.key.value);
          if (keys.has(key)) problems.push({ ...at(pair.key.range[0]), message: 'Map keys must be unique' });
          keys.add(key);
        } else pending.push(pair.key);
        pending.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) pending.push(node.items[i]);
    }
  }
  return problems;
}

/** Validates a config file's text against a linter's rules and presets. Pure: `file` only names the problems. */
export function parseConfig(text: string, file: string, reader: ConfigReader): ConfigResult {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
  const list = Array.isArray(docs) ? docs : [];
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  if (list.length === 0) return { config: {}, problems: [] };
  if (list.length > 1) {
    return { config: null, problems: [{ ...at(list[1]!.range[0]), message: 'a config file holds one YAML document; remove the second one (after ---)' }] };
  }
  const doc = list[0]!;
  const syntax: ConfigProblem[] = [...doc.errors, ...doc.warnings].map((error) => ({
    ...at(error.pos[0]),
    message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
  }));
  for (const problem of duplicateKeys(doc, at)) syntax.push(problem);
  if (syntax.length) return { config: null, problems: sortProblems(syntax) };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { config: null, problems: [{ ...at(doc.range[0]), message: error instanceof Error ? error.message : String(error) }] };
  }
  if (data === null || data === undefined) return { config: {}, problems: [] };
  const locate = locator(doc, lineCounter, text);
  const toProblem = ({ at: where, message }: PathProblem): ConfigProblem => {
    const position = locate(where);
    return { file, line: position.line, column: position.column, message };
  };
  const parsed = reader.schema.safeParse(data, { reportInput: true });
  if (!parsed.success) return { config: null, problems: sortProblems(explainIssues(parsed.error.issues, data, reader).map(toProblem)) };
  // Keep the options exactly as written (the schema adds no defaults to them, so presets keep theirs).
  const config = parsed.data as ConfigInput;
  if (typeof (config.extends as unknown) === 'string') config.extends = [config.extends as unknown as string];
  for (const override of config.overrides ?? []) {
    if (typeof (override.extends as unknown) === 'string') override.extends = [override.extends as unknown as string];
  }
  config.waivers?.forEach((waiver, index) => {
    waiver.line = locate(['waivers', index]).line;
  });
  const crossProblems = crossOptionProblems(config, reader);
  if (crossProblems.length) return { config: null, problems: sortProblems(crossProblems.map(toProblem)) };
  return { config, problems: [] };
}

/** Reads and validates a config file; a file that cannot be read is a problem at 1:1. */
export function readConfigFile(file: string, reader: ConfigReader, displayName = file, seen: readonly string[] = []): ConfigResult {
  const problem = (message: string): ConfigResult => ({ config: null, problems: [{ file: displayName, line: 1, column: 1, message }] });
  let bytes: Uint8Array;
  try {
    // The reader for announcements: it refuses a pipe or a device (which could hold the run forever) and
    // reads no more than the size limit.
    bytes = readAnnouncementFile(file, DEFAULT_LOAD_LIMITS.maxFileSize);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : describeReadError(error);
    return problem(`cannot read the config file (${reason})`);
  }
  if (bytes.length > DEFAULT_LOAD_LIMITS.maxFileSize) {
    return problem(`the config file is larger than ${formatSize(DEFAULT_LOAD_LIMITS.maxFileSize)}; a config file is a few lines`);
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
  const result = parseConfig(text, displayName, reader);
  if (!result.config || !(result.config.extends ?? []).some((entry) => SHARED_CONFIG.test(entry))) return result;
  return withSharedConfigs(result.config, path.resolve(file), displayName, reader, [...seen, path.resolve(file)]);
}

/**
 * A config whose `extends` names shared configs (files or packages), with each replaced by what it sets: its
 * presets join the list where it stood, and its rules come before the config's own. A shared config's waivers
 * and overrides are its own business and are not inherited: a waiver's globs are relative to the file it is in.
 */
function withSharedConfigs(config: ConfigInput, file: string, displayName: string, reader: ConfigReader, seen: string[]): ConfigResult {
  const presets: string[] = [];
  const rules: NonNullable<ConfigInput['rules']> = {};
  const problems: ConfigProblem[] = [];
  for (const entry of config.extends ?? []) {
    if (!SHARED_CONFIG.test(entry)) {
      presets.push(entry);
      continue;
    }
    const shared = sharedConfigPath(entry, file);
    const at = { file: displayName, line: 1, column: 1 };
    if (shared === null) {
      problems.push({ ...at, message: `\`extends: ${entry}\`: no such shared config (a package named so, with an .invitelint.yaml or invitelint.config.yaml, installed where this config can find it)` });
      continue;
    }
    if (seen.includes(shared)) {
      problems.push({ ...at, message: `\`extends: ${entry}\` leads back to a config that extends it: configs cannot extend each other in a circle` });
      continue;
    }
    const result = readConfigFile(shared, reader, path.relative(path.dirname(file), shared) || shared, seen);
    if (!result.config) {
      for (const problem of result.problems) problems.push(problem);
      continue;
    }
    for (const preset of result.config.extends ?? []) presets.push(preset);
    Object.assign(rules, result.config.rules);
  }
  if (problems.length) return { config: null, problems };
  return { config: { ...config, extends: presets, rules: { ...rules, ...config.rules } }, problems: [] };
}

/** The file a shared config entry names: a path relative to the config's folder, or a package's config file. */
function sharedConfigPath(entry: string, configFile: string): string | null {
  if (/^(?:\.{1,2}\/|\/)/.test(entry) || /\.ya?ml$/.test(entry)) return path.resolve(path.dirname(configFile), entry);
  try {
    const manifest = createRequire(configFile).resolve(`${entry}/package.json`);
    for (const name of ['.invitelint.yaml', 'invitelint.config.yaml']) {
      const candidate = path.join(path.dirname(manifest), name);
      if (existsSync(candidate)) return candidate;
    }
  } catch {
    // no such package from here
  }
  return null;
}

/**
 * The library's `loadConfig(path)`: reads, validates and resolves a config file (presets, its rules, then
 * `flags`). Waiver globs stay relative to the file's folder. Throws `InvalidConfigError` with every problem.
 */
export function loadConfig(file: string, flags: ConfigFlags, reader: ConfigReader): ResolvedConfig {
  const result = readConfigFile(file, reader);
  if (!result.config) throw new InvalidConfigError(result.problems);
  return reader.linter.resolveConfig(result.config, flags, path.resolve(file));
}
