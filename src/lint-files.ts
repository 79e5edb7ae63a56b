// Linting files on disk: the library's lintFiles and the CLI's lint command share this.
import path from 'node:path';
import { todayUtc, type PlainDate } from './announcement/dates.js';
import { parsePlainDate } from './announcement/values.js';
import { ConfigLookup } from './config/lookup.js';
import { formatConfigProblem } from './config/load.js';
import { toResolvedConfig, type ResolvedConfig } from './engine/config.js';
import { DEFAULT_LOAD_LIMITS, type AnnouncementSource } from './announcement/load.js';
import { byPosition, documentError, internalErrors, uncheckedResult } from './engine/findings.js';
import { createLinter, type Linter } from './engine/linter.js';
import { CATALOGUE } from '../rules/index.js';
import { buildReport } from './engine/report.js';
import { settleConfigWaivers } from './engine/waivers.js';
import type { DocumentResult, LintReport } from './engine/types.js';
import { describeReadError, expandPaths, readAnnouncementFile, readStandardInput } from './files.js';
import { jsonResultText } from './report/json-stream.js';
import type { LintOptions } from './engine/linter.js';
import { defaultJobs } from './jobs/default.js';
import type { FileTask, LintWorkerPool } from './jobs/pool.js';

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

/** One file's outcome when it cannot be read (or linted at all): no results, one sentence. */
function failedOutcome(file: string, what: string, error: unknown): FileOutcome {
  return { results: [], problems: [`${file}: ${what}: ${what === 'cannot be read' ? describeReadError(error) : error instanceof Error ? error.message : String(error)}`] };
}

/** Lints bytes already read, as lintFileAt does after its read. */
function lintBytes(linter: Linter, file: string, bytes: Uint8Array, config: ResolvedConfig | (() => ResolvedConfig), options: FileLintOptions): FileOutcome {
  try {
    const results = lintFileText(linter, file, bytes, typeof config === 'function' ? config() : config, options);
    return renderOutcome(results, internalErrors(results), options.render);
  } catch (error) {
    return failedOutcome(file, 'internal error', error);
  }
}

/** Reads and lints one file, in the main thread or a `--jobs` worker. `config` is called after a good read. */
export function lintFileAt(linter: Linter, file: string, absolute: string, config: ResolvedConfig | (() => ResolvedConfig), options: FileLintOptions): FileOutcome {
  let bytes: Uint8Array;
  try {
    bytes = readAnnouncementFile(absolute, maxFileSizeOf(options));
  } catch (error) {
    return failedOutcome(file, 'cannot be read', error);
  }
  return lintBytes(linter, file, bytes, config, options);
}

/** An invitation (.ics or .eml, docs/import.md): its name says so; it is linted through the import. */
function isInvitation(file: string): boolean {
  return /\.(ics|eml)$/i.test(file);
}

/**
 * Reads an invitation, imports it (loaded only now: a run without invitations never loads the import) and lints
 * the draft, each finding placed at the line of the property or header its field came from (line 1 for a fact
 * the invitation does not hold). What cannot be imported is a finding at its line. Inline waivers are not read:
 * the draft's comments are the import's, not the sender's.
 */
async function lintInvitationAt(linter: Linter, file: string, absolute: string, config: () => ResolvedConfig, options: FileLintOptions): Promise<FileOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = readAnnouncementFile(absolute, maxFileSizeOf(options));
  } catch (error) {
    return failedOutcome(file, 'cannot be read', error);
  }
  // Over the size limit: the loader's own finding says so, as for any file.
  if (bytes.byteLength > maxFileSizeOf(options)) return lintBytes(linter, file, bytes, config, options);
  try {
    const { importInvitation, remapFinding } = await import('./import/index.js');
    const imported = await importInvitation(bytes, { fileName: file, maxFileSize: maxFileSizeOf(options) });
    if (imported.yaml === null) {
      const findings = imported.problems.map((problem) => ({ ...documentError('syntax', problem.message), line: problem.line, endLine: problem.line }));
      return renderOutcome([uncheckedResult(file, 0, null, findings)], [], options.render);
    }
    const results = lintFileText(linter, file, imported.yaml, config(), { ...options, inlineWaivers: false }).map((result) => ({
      ...result,
      findings: result.findings.map((finding) => remapFinding(finding, imported.sourceMap)).sort(byPosition),
    }));
    return renderOutcome(results, internalErrors(results), options.render);
  } catch (error) {
    return failedOutcome(file, 'internal error', error);
  }
}

function maxFileSizeOf(options: FileLintOptions): number {
  return options.limits?.maxFileSize ?? DEFAULT_LOAD_LIMITS.maxFileSize;
}

/** Lints files, folders and globs. Problems with single paths never stop the others. */
export async function lintFiles(paths: readonly string[], options: LintFilesOptions = {}): Promise<LintFilesReport> {
  // A single path given as text is that path (not its characters, each a path: `/` would walk the whole disk).
  const list: unknown = typeof paths === 'string' ? [paths] : paths;
  if (!Array.isArray(list) || !list.every((each) => typeof each === 'string')) {
    return { ...buildReport([], todayUtc(new Date())), problems: ['paths: expected a list of files, folders or globs, e.g. ["notices/"]'] };
  }
  const { configProblems: _none, hiddenWarnings: _counted, ...report } = await runFiles(list, options);
  return report;
}

/** The command's options beyond the library's. */
export interface CommandFilesOptions extends LintFilesOptions {
  /**
   * With `onResult`: each result is made into json text as it is linted (see ResultRendering); onResult then
   * receives only its counts, and the text.
   */
  render?: ResultRendering;
  onResult?: (result: DocumentResult, text?: string) => void;
  /**
   * The command's configuration (-c, --no-config-lookup, --preset, --rule): every config file that applies is
   * read before any file is linted, and an invalid one stops the run (see `configProblems`).
   */
  lookup?: ConfigLookup;
  /** Also lint standard input, after the files, under this name (`-` on the command line). */
  stdin?: string;
  /** Without `jobs`: one job for a few files, one per core for many (defaultJobs). */
  jobsByFileCount?: boolean;
  /** `--quiet`: errors only, with counts to match. */
  quiet?: boolean;
  /** Told the names of every source to lint (standard input's too), before any is read. */
  onFilesKnown?: (files: readonly string[]) => void;
}

export interface CommandFilesReport extends LintFilesReport {
  /** With `lookup`: the problems of the config files that apply, each on its line; when any, nothing was linted. */
  configProblems: string[];
  /** With `quiet`: the warnings the results leave out, for a summary to count them. */
  hiddenWarnings: number;
}

/**
 * The config files of `configs` (each once, in the order first met), named as reports name files: relative to
 * `cwd` where they are inside it.
 */
export function configFileNames(configs: Iterable<ResolvedConfig | null | undefined>, cwd: string): string[] {
  const names = new Set<string>();
  for (const config of configs) {
    if (!config?.configFile) continue;
    const relative = path.relative(cwd, config.configFile);
    names.add(relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : config.configFile);
  }
  return [...names];
}

/** A place the run reads announcements from: a file on disk, or standard input. */
interface Source {
  /** The name reports give it. */
  file: string;
  /** Where to read it; null for standard input. */
  path: string | null;
}

/**
 * The one runner: walks `paths` in `options.cwd`, reads each file (and standard input) with the same capped
 * reader, lints them in this thread or in `--jobs` workers, streams results to `onResult` or settles config
 * waivers over the whole run, and returns the report. The library's lintFiles and the command both run it.
 */
export async function runFiles(paths: readonly string[], options: CommandFilesOptions = {}): Promise<CommandFilesReport> {
  const cwd = options.cwd ?? process.cwd();
  const asOf = options.asOf ?? todayUtc(new Date());
  if (!parsePlainDate(asOf)) {
    return { ...buildReport([], todayUtc(new Date())), problems: [`asOf: expected a date in the form YYYY-MM-DD, e.g. 2005-04-18, not ${JSON.stringify(asOf)}`], configProblems: [], hiddenWarnings: 0 };
  }
  // --jobs workers start first, so that they are ready when this thread has walked the folders and read the
  // config files (a worker takes about as long to start as the walk of 10,000 files).
  const startWorkers = async (count: number) => new (await import('./jobs/pool.js')).LintWorkerPool(count);
  const askedJobs = options.jobs !== undefined ? Math.max(1, Math.floor(options.jobs)) : undefined;
  let workers = askedJobs !== undefined && askedJobs > 1 && paths.length > 0 ? await startWorkers(askedJobs) : null;
  try {
    return await runWith(paths, options, cwd, asOf, askedJobs, async (count) => (workers ??= await startWorkers(count)));
  } finally {
    workers?.close(); // when there was no use for them
  }
}

async function runWith(
  paths: readonly string[],
  options: CommandFilesOptions,
  cwd: string,
  asOf: string,
  askedJobs: number | undefined,
  workersFor: (count: number) => Promise<LintWorkerPool>,
): Promise<CommandFilesReport> {
  const expanded = expandPaths(paths, cwd);
  const problems = [...expanded.problems];
  const linter = options.linter ?? createLinter(CATALOGUE);
  const jobs = askedJobs ?? (options.jobsByFileCount ? defaultJobs(expanded.files.length) : 1);
  // Started before the config files are read, for the same reason as above.
  if (jobs > 1 && expanded.files.length > 1) await workersFor(jobs);
  let fallback: ResolvedConfig;
  try {
    fallback = toResolvedConfig(linter, options.config);
  } catch (error) {
    return { ...buildReport([], asOf), problems: [...problems, `config: ${error instanceof Error ? error.message : String(error)}`], configProblems: [], hiddenWarnings: 0 };
  }
  const sources: Source[] = expanded.files.map((file) => ({ file, path: path.resolve(cwd, file) }));
  if (options.stdin !== undefined) sources.push({ file: options.stdin, path: null });
  // Each source's configuration is looked up once: a lookup resolves the file's path and its folder's each time.
  const lookedUp = new Map<string, ResolvedConfig>();
  let included = sources;
  if (options.lookup) {
    const { lookup } = options;
    for (const source of sources) {
      const found = lookup.tryConfigFor(source.file);
      if (found) lookedUp.set(source.file, found);
    }
    if (lookup.problems.length > 0) return { ...buildReport([], asOf), problems: [], configProblems: lookup.problems.map(formatConfigProblem), hiddenWarnings: 0 };
  } else if (options.config === undefined && options.configFor === undefined && options.configLookup !== false) {
    // Without a config from the caller, each file gets its nearest config file, as on the command line; a file
    // whose config file is invalid is left out, and that config's problems are reported once.
    const lookup = new ConfigLookup({ cwd, lookup: true, flags: {}, linter });
    included = sources.filter((source) => {
      const found = lookup.tryConfigFor(source.file);
      for (const problem of lookup.problems.splice(0)) problems.push(formatConfigProblem(problem));
      if (found) lookedUp.set(source.file, found);
      return found !== null;
    });
  }
  options.onFilesKnown?.(sources.map((source) => source.file));
  const configOf = (file: string) => lookedUp.get(file) ?? (options.configFor ? options.configFor(file) : fallback);
  const results: DocumentResult[] = [];
  const counted: DocumentResult[] = [];
  const render = options.onResult !== undefined ? options.render : undefined;
  const fileOptions: FileLintOptions = {
    asOf,
    cwd,
    ...(options.inlineWaivers !== undefined && { inlineWaivers: options.inlineWaivers }),
    ...(options.limits !== undefined && { limits: options.limits }),
  };
  // Results go to onResult as they come, unless a config waiver makes the run settle them all first
  // (an unused-waiver finding stands only when the waiver waived nothing in any file).
  const hasConfigWaivers = (file: string) => {
    try {
      return configOf(file).waivers.length > 0;
    } catch {
      return false;
    }
  };
  const streaming = options.onResult !== undefined && !included.some((source) => hasConfigWaivers(source.file));
  // Results are made into text where they are linted only when they go out as they come.
  if (streaming && render) fileOptions.render = render;
  const deliver = (result: DocumentResult, text?: string) => {
    if (render && text === undefined) {
      const rendered = renderResult(result, render);
      options.onResult!(rendered.counts, rendered.text);
      counted.push(rendered.counts);
    } else {
      const shown = options.quiet ? errorsOnly(result) : result;
      options.onResult!(shown, text);
      counted.push(countsOf(shown));
    }
  };
  let hiddenWarnings = 0;
  const take = (outcome: FileOutcome) => {
    if (streaming) outcome.results.forEach((result, index) => deliver(result, outcome.texts?.[index]));
    else {
      for (const result of outcome.results) {
        results.push(result);
        if (options.quiet) hiddenWarnings += result.warningCount;
      }
    }
    for (const problem of outcome.problems) problems.push(problem);
  };
  const onDisk = included.filter((source): source is Source & { path: string } => source.path !== null);
  let tasks: FileTask[] | null = null;
  // Workers make their linter from invitelint's own rules: a linter made from other rules (code, which cannot
  // be sent to a thread) lints here.
  // Invitations are imported in this thread (the import reads e-mail asynchronously): a run with any lints here.
  if (jobs > 1 && onDisk.length > 1 && linter.setup === CATALOGUE && !onDisk.some((source) => isInvitation(source.file))) {
    try {
      tasks = onDisk.map((source) => ({ file: source.file, path: source.path, config: configOf(source.file) }));
    } catch {
      tasks = null; // a file without a configuration: one job reports it in its place
    }
  }
  if (tasks) {
    const workers = await workersFor(jobs);
    await workers.lint(tasks, { jobs, ...fileOptions }, (_index, outcome) => take(outcome));
  } else {
    for (const source of onDisk) {
      const config = () => configOf(source.file);
      take(isInvitation(source.file) ? await lintInvitationAt(linter, source.file, source.path, config, fileOptions) : lintFileAt(linter, source.file, source.path, config, fileOptions));
    }
  }
  // Standard input is read after the files, with the same reader and limit.
  const stdin = included.find((source) => source.path === null);
  if (stdin) {
    let bytes: Uint8Array | null = null;
    try {
      bytes = readStandardInput(maxFileSizeOf(fileOptions));
    } catch (error) {
      take(failedOutcome(stdin.file, 'cannot be read', error));
    }
    if (bytes) take(lintBytes(linter, stdin.file, bytes, () => configOf(stdin.file), fileOptions));
  }
  // The config files that applied, named in every format: a received folder's config must not act unseen.
  const configFiles = configFileNames(
    included.map((source) => {
      try {
        return configOf(source.file);
      } catch {
        return null; // a file without a configuration was reported in its place
      }
    }),
    cwd,
  );
  if (options.onResult) {
    if (!streaming) for (const result of settle(results, options.quiet)) deliver(result);
    // Only the counts are kept: the summary is the one the full report would have.
    return { ...buildReport(counted, asOf, configFiles), results: [], problems, configProblems: [], hiddenWarnings };
  }
  return { ...buildReport(settle(results, options.quiet), asOf, configFiles), problems, configProblems: [], hiddenWarnings };
}

/** Config waivers settled over the whole run; with `quiet`, errors only (before settling, as the counts need). */
function settle(results: DocumentResult[], quiet: boolean | undefined): DocumentResult[] {
  return settleConfigWaivers(quiet ? results.map(errorsOnly) : results);
}
