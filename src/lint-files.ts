// Linting files on disk: the library's lintFiles and the CLI's lint command share this.
import path from 'node:path';
import { todayUtc, type PlainDate } from './announcement/dates.js';
import { parsePlainDate } from './announcement/values.js';
import { ConfigLookup } from './config/lookup.js';
import { formatConfigProblem } from './config/load.js';
import { toResolvedConfig, type ResolvedConfig } from './engine/config.js';
import { DEFAULT_LOAD_LIMITS, type AnnouncementSource } from './announcement/load.js';
import { internalErrors } from './engine/findings.js';
import { createLinter, type Linter } from './engine/linter.js';
import { CATALOGUE } from '../rules/index.js';
import { buildReport } from './engine/report.js';
import { settleConfigWaivers } from './engine/waivers.js';
import type { DocumentResult, LintReport } from './engine/types.js';
import { describeReadError, expandPaths, readAnnouncementFile, type ExpandedPaths } from './files.js';
import { jsonResultText } from './report/json-stream.js';
import type { LintOptions } from './engine/linter.js';
import type { LintWorkerPool } from './jobs/pool.js';

export interface LintFilesOptions extends Omit<LintOptions, 'filePath'> {
  /** Folder that relative paths are read from and reported against. Default: the process's. */
  cwd?: string;
  /** The configuration for each file (the CLI looks config files up per folder). Default: `config`. */
  configFor?: (file: string) => ResolvedConfig;
  /**
   * Without `config` or `configFor`: look up `.invitelint.yaml` (or `.yml`, `invitelint.config.yaml`) from each
   * file's folder upwards, as the CLI does (default true). A file whose config file is invalid is not linted;
   * the config's problems are in `problems`.
   */
  configLookup?: boolean;
  /** Worker threads to lint in (`--jobs`); default 1. The report is the same whatever the number. */
  jobs?: number;
  /**
   * Receives each file's results, in order, as soon as they are ready; the returned report then holds none
   * (its summary still counts them). For output that streams, so that no run holds every result.
   */
  onResult?: (result: DocumentResult) => void;
}

export interface LintFilesReport extends LintReport {
  /** Paths that could not be linted (missing, unreadable, no match, internal error), one sentence each. */
  problems: string[];
}

export function lintFileText(
  linter: Linter,
  file: string,
  text: AnnouncementSource,
  config: ResolvedConfig,
  options: { asOf: PlainDate; cwd: string; inlineWaivers?: boolean; limits?: LintOptions['limits'] },
): DocumentResult[] {
  return linter.lintDocuments(text, {
    filePath: file,
    config,
    asOf: options.asOf,
    cwd: options.cwd,
    ...(options.inlineWaivers !== undefined && { inlineWaivers: options.inlineWaivers }),
    ...(options.limits !== undefined && { limits: options.limits }),
  });
}

/** One file's results and the sentences that say what went wrong with it (unreadable, internal error). */
export interface FileOutcome {
  /** With `render`, only what the summary needs of each (countsOf). */
  results: DocumentResult[];
  problems: string[];
  /** With `render`: each result as json text, in the order of `results`. */
  texts?: string[];
}

/**
 * The command's json report, written result by result, takes each result as text made where the file is
 * linted: in a `--jobs` worker, then, and not in the main thread, which only writes.
 */
export interface ResultRendering {
  /** `--quiet`: errors only, with counts to match. */
  quiet: boolean;
}

export interface FileLintOptions {
  asOf: PlainDate;
  /** The folder file names are relative to. */
  cwd: string;
  inlineWaivers?: boolean;
  limits?: LintOptions['limits'];
  render?: ResultRendering;
}

/** Keeps errors only, with counts to match (`--quiet`). */
export function errorsOnly(result: DocumentResult): DocumentResult {
  const findings = result.findings.filter((finding) => finding.severity === 'error' || finding.waived);
  return { ...result, findings, warningCount: 0 };
}

/** What the summary needs of a result that has already been written out. */
export function countsOf(result: DocumentResult): DocumentResult {
  const { file, document, errorCount, warningCount, waivedCount } = result;
  return { file, document, title: null, criteria: [], findings: [], errorCount, warningCount, waivedCount };
}

/** A result as the json report shows it, and what the summary needs of it. */
export function renderResult(result: DocumentResult, render: ResultRendering): { counts: DocumentResult; text: string } {
  const shown = render.quiet ? errorsOnly(result) : result;
  return { counts: countsOf(shown), text: jsonResultText(shown) };
}

function renderOutcome(results: DocumentResult[], problems: string[], render: ResultRendering | undefined): FileOutcome {
  if (!render) return { results, problems };
  const rendered = results.map((result) => renderResult(result, render));
  return { results: rendered.map((each) => each.counts), problems, texts: rendered.map((each) => each.text) };
}

/** Reads and lints one file, in the main thread or a `--jobs` worker. `config` is called after a good read. */
export function lintFileAt(linter: Linter, file: string, absolute: string, config: ResolvedConfig | (() => ResolvedConfig), options: FileLintOptions): FileOutcome {
  let bytes: Uint8Array;
  try {
    bytes = readAnnouncementFile(absolute, options.limits?.maxFileSize ?? DEFAULT_LOAD_LIMITS.maxFileSize);
  } catch (error) {
    return { results: [], problems: [`${file}: cannot be read: ${describeReadError(error)}`] };
  }
  try {
    const results = lintFileText(linter, file, bytes, typeof config === 'function' ? config() : config, options);
    return renderOutcome(results, internalErrors(results), options.render);
  } catch (error) {
    return { results: [], problems: [`${file}: internal error: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

/** Lints files, folders and globs. Problems with single paths never stop the others. */
export async function lintFiles(paths: readonly string[], options: LintFilesOptions = {}): Promise<LintFilesReport> {
  return lintExpandedPaths(paths, null, options);
}

/** The command's options beyond the library's. */
export interface CommandFilesOptions extends LintFilesOptions {
  /**
   * With `onResult`: each result is made into json text as it is linted (see ResultRendering); onResult then
   * receives only its counts, and the text.
   */
  render?: ResultRendering;
  onResult?: (result: DocumentResult, text?: string) => void;
  /** Workers started ahead (while the command walked the folders), used when `jobs` is over 1. */
  workers?: LintWorkerPool;
}

/**
 * lintFiles, given what expandPaths made of `paths` in `options.cwd` (the CLI expands them first, to read every
 * config file before linting), so that the folders are not walked twice; null to expand them here.
 */
export async function lintExpandedPaths(paths: readonly string[], given: ExpandedPaths | null, options: CommandFilesOptions = {}): Promise<LintFilesReport> {
  const cwd = options.cwd ?? process.cwd();
  const asOf = options.asOf ?? todayUtc(new Date());
  if (!parsePlainDate(asOf)) {
    return { ...buildReport([], todayUtc(new Date())), problems: [`asOf: expected a date in the form YYYY-MM-DD, e.g. 2005-04-18, not ${JSON.stringify(asOf)}`] };
  }
  const expanded = given ?? expandPaths(paths, cwd);
  const problems = [...expanded.problems];
  const linter = options.linter ?? createLinter(CATALOGUE);
  let fallback: ResolvedConfig;
  try {
    fallback = toResolvedConfig(linter, options.config);
  } catch (error) {
    return { ...buildReport([], asOf), problems: [...problems, `config: ${error instanceof Error ? error.message : String(error)}`] };
  }
  // Without a config from the caller, each file gets its nearest config file, as on the command line; a file
  // whose config file is invalid is left out, and that config's problems are reported once.
  let files = expanded.files;
  const lookedUp = new Map<string, ResolvedConfig>();
  if (options.config === undefined && options.configFor === undefined && options.configLookup !== false) {
    const lookup = new ConfigLookup({ cwd, lookup: true, flags: {}, linter });
    files = files.filter((file) => {
      const found = lookup.tryConfigFor(file);
      problems.push(...lookup.problems.splice(0).map(formatConfigProblem));
      if (found) lookedUp.set(file, found);
      return found !== null;
    });
  }
  const results: DocumentResult[] = [];
  const counted: DocumentResult[] = [];
  const render = options.onResult !== undefined ? options.render : undefined;
  const fileOptions: FileLintOptions = {
    asOf,
    cwd,
    ...(options.inlineWaivers !== undefined && { inlineWaivers: options.inlineWaivers }),
    ...(options.limits !== undefined && { limits: options.limits }),
  };
  const configOf = (file: string) => (options.configFor ? options.configFor(file) : (lookedUp.get(file) ?? fallback));
  // Results go to onResult as they come, unless a config waiver makes the run settle them all first
  // (an unused-waiver finding stands only when the waiver waived nothing in any file).
  const hasConfigWaivers = (file: string) => {
    try {
      return configOf(file).waivers.length > 0;
    } catch {
      return false;
    }
  };
  const streaming = options.onResult !== undefined && !files.some(hasConfigWaivers);
  // Results are made into text where they are linted only when they go out as they come.
  if (streaming && render) fileOptions.render = render;
  const deliver = (result: DocumentResult, text?: string) => {
    if (render && text === undefined) {
      const rendered = renderResult(result, render);
      options.onResult!(rendered.counts, rendered.text);
      counted.push(rendered.counts);
    } else {
      options.onResult!(result, text);
      counted.push(countsOf(result));
    }
  };
  const take = (outcome: FileOutcome) => {
    if (streaming) outcome.results.forEach((result, index) => deliver(result, outcome.texts?.[index]));
    else results.push(...outcome.results);
    problems.push(...outcome.problems);
  };
  const jobs = Math.max(1, Math.floor(options.jobs ?? 1));
  let tasks: { file: string; path: string; config: ResolvedConfig }[] | null = null;
  // Workers make their linter from invitelint's own rules: a linter made from other rules (code, which cannot
  // be sent to a thread) lints here.
  if (jobs > 1 && files.length > 1 && linter.setup === CATALOGUE) {
    try {
      tasks = files.map((file) => ({ file, path: path.resolve(cwd, file), config: configOf(file) }));
    } catch {
      tasks = null; // a file without a configuration: one job reports it in its place
    }
  }
  if (tasks) {
    const onFile = (_index: number, outcome: FileOutcome) => take(outcome);
    if (options.workers) await options.workers.lint(tasks, { jobs, ...fileOptions }, onFile);
    else await (await import('./jobs/pool.js')).lintInWorkers(tasks, { jobs, ...fileOptions }, onFile);
  } else {
    for (const file of files) take(lintFileAt(linter, file, path.resolve(cwd, file), () => configOf(file), fileOptions));
  }
  const settled = streaming ? results : settleConfigWaivers(results);
  if (options.onResult) {
    if (!streaming) for (const result of settled) deliver(result);
    // Only the counts are kept: the summary is the one the full report would have.
    return { ...buildReport(counted, asOf), results: [], problems };
  }
  return { ...buildReport(settled, asOf), problems };
}
