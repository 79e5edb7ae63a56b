// `invitelint [lint] PATH...`: read, lint, report, and choose the exit code (cli.md).
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { todayUtc } from '../announcement/dates.js';
import { parsePlainDate } from '../announcement/values.js';
import { severityOf, type ConfigFlags, type ResolvedConfig, type SeverityInput } from '../engine/config.js';
import { formatConfigProblem } from '../config/load.js';
import { ConfigLookup } from '../config/lookup.js';
import { expandPaths } from '../files.js';
import { buildReport } from '../engine/report.js';
import { settleConfigWaivers } from '../engine/waivers.js';
import { internalErrors } from '../engine/findings.js';
import { createLinter, type Linter } from '../engine/linter.js';
import { parseSize } from '../announcement/load.js';
import type { DocumentResult, LintReport, RuleSetting } from '../engine/types.js';
import { CATALOGUE, PRESET_NAMES, RULES, RULE_IDS } from '../../rules/index.js';
import { didYouMean } from '../announcement/suggest.js';
import { terminalSafe } from '../report/sanitize.js';
import { errorsOnly, lintExpandedPaths, lintFileText, renderResult, type ResultRendering } from '../lint-files.js';
import { loadFormatter, type FormatName } from '../report/format.js';
import { defaultJobs } from '../jobs/default.js';
import type { JsonReportStream } from '../report/json-stream.js';
import { useColor } from './color.js';
import { BufferedOutput, writeAllSync } from './output.js';
import { EXIT } from './exit.js';

export interface LintCommandOptions {
  config?: string;
  configLookup: boolean;
  preset?: string[];
  rule?: string[];
  format: FormatName;
  outputFile?: string;
  asOf?: string;
  maxWarnings?: string;
  failSeverity: 'error' | 'warn';
  quiet?: boolean;
  inlineWaivers: boolean;
  stdinFilename?: string;
  color?: boolean;
  jobs?: string;
  maxFileSize?: string;
}

class UsageError extends Error {}

function parseRuleFlags(flags: readonly string[]): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const flag of flags) {
    const match = /^([^=]+)=(off|warn|warning|error)$/.exec(flag.trim());
    if (!match) {
      throw new UsageError(`--rule ${flag}: expected ID=SEVERITY with a severity of off, warn or error, e.g. --rule fair-hours=off`);
    }
    const id = match[1]!.trim();
    if (!RULE_IDS.includes(id)) throw new UsageError(`--rule ${flag}: unknown rule \`${id}\`${didYouMean(id, RULE_IDS)}`);
    rules[id] = severityOf(match[2] as SeverityInput);
  }
  return rules;
}

function checkPresets(names: readonly string[]): string[] {
  for (const name of names) {
    if (!PRESET_NAMES.includes(name)) {
      throw new UsageError(`--preset ${name}: unknown preset${didYouMean(name, PRESET_NAMES) || '.'} Presets are ${PRESET_NAMES.join(', ')}`);
    }
  }
  return [...names];
}

/** The presets and rules given on the command line (shared by lint and print-config). */
export function configFlagsOf(options: { preset?: string[]; rule?: string[] }): ConfigFlags {
  return { presets: checkPresets(options.preset ?? []), rules: parseRuleFlags(options.rule ?? []) };
}

/** The config lookup the command line asks for: -c, --no-config-lookup, --preset, --rule. */
export function configLookupOf(options: { config?: string; configLookup: boolean; preset?: string[]; rule?: string[] }, cwd: string, linter: Linter): ConfigLookup {
  return new ConfigLookup({
    linter,
    cwd,
    lookup: options.configLookup !== false,
    flags: configFlagsOf(options),
    ...(options.config !== undefined && { configFile: options.config }),
  });
}

export { UsageError };

export function exitCodeFor(report: LintReport, options: { failSeverity: 'error' | 'warn'; maxWarnings?: number }): number {
  const { errors, warnings } = report.summary;
  if (errors > 0) return EXIT.lintFailure;
  if (options.failSeverity === 'warn' && warnings > 0) return EXIT.lintFailure;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return EXIT.lintFailure;
  return EXIT.ok;
}

/** Whether `file` is one of `linted` (names as given, relative to the working folder). */
function isLinted(file: string, linted: readonly string[]): boolean {
  const absolute = path.resolve(file);
  const name = path.basename(absolute);
  return linted.some((each) => each.endsWith(name) && path.resolve(each) === absolute);
}

export async function runLint(paths: string[], options: LintCommandOptions): Promise<number> {
  const linter = createLinter(CATALOGUE);
  let exitCode: number = EXIT.ok;
  const fail = (message: string) => {
    process.stderr.write(`invitelint: ${message}\n`);
    exitCode = EXIT.usage;
  };
  let lookup: ConfigLookup;
  let asOf: string;
  let maxWarnings: number | undefined;
  let maxFileSize: number | undefined;
  try {
    if (options.asOf !== undefined && !parsePlainDate(options.asOf)) {
      throw new UsageError(`--as-of ${options.asOf}: expected a date in the form YYYY-MM-DD, e.g. 2005-04-18`);
    }
    asOf = options.asOf ?? todayUtc(new Date());
    if (options.maxWarnings !== undefined) {
      if (!/^\d+$/.test(options.maxWarnings)) throw new UsageError(`--max-warnings ${options.maxWarnings}: expected a whole number, 0 or more`);
      maxWarnings = Number(options.maxWarnings);
    }
    if (options.jobs !== undefined && !/^[1-9]\d*$/.test(options.jobs)) {
      throw new UsageError(`--jobs ${options.jobs}: expected a whole number, 1 or more`);
    }
    if (options.maxFileSize !== undefined) {
      maxFileSize = parseSize(options.maxFileSize) ?? undefined;
      if (maxFileSize === undefined) throw new UsageError(`--max-file-size ${options.maxFileSize}: expected a size such as 10MB, 512KB or 2000000 (bytes)`);
    }
    lookup = configLookupOf(options, process.cwd(), linter);
  } catch (error) {
    if (error instanceof UsageError) {
      fail(error.message);
      return EXIT.usage;
    }
    throw error;
  }
  if (paths.length === 0) {
    fail('no files to lint: give one or more files, folders or globs, or - for standard input (see invitelint --help)');
    return EXIT.usage;
  }

  // Every config file that applies is read before any linting: an invalid one stops the run (exit 2).
  const fileArgs = paths.filter((p) => p !== '-');
  const stdinName = options.stdinFilename ?? '<stdin>';
  // --jobs workers start first, so that they are ready when this thread has walked the folders and read the
  // config files (a worker takes about as long to start as the walk of 10,000 files).
  const startWorkers = async (jobs: number) => new (await import('../jobs/pool.js')).LintWorkerPool(jobs);
  let workers = options.jobs !== undefined && Number(options.jobs) > 1 && fileArgs.length > 0 ? await startWorkers(Number(options.jobs)) : null;
  const expandedPaths = expandPaths(fileArgs, process.cwd());
  const expanded = expandedPaths.files;
  const jobs = options.jobs !== undefined ? Number(options.jobs) : defaultJobs(expanded.length);
  if (jobs > 1 && !workers && expanded.length > 1) workers = await startWorkers(jobs);
  // Each file's configuration is looked up once: a lookup resolves the file's path and its folder's each time,
  // and the run asks for it up to three times per file (here, for config waivers, to lint it).
  const configs = new Map<string, ResolvedConfig | null>();
  for (const file of expanded) configs.set(file, lookup.tryConfigFor(file));
  if (paths.includes('-')) lookup.tryConfigFor(stdinName);
  const configFor = (file: string) => configs.get(file) ?? lookup.configFor(file);
  for (const outside of lookup.outsideWorkingFolder) {
    // A received folder may carry a config that turns rules off or waives findings: say that one applies.
    process.stderr.write(
      `invitelint: using ${terminalSafe(outside)}, a config file outside the working folder; for received material, lint with --no-config-lookup --no-inline-waivers\n`,
    );
  }
  if (lookup.problems.length) {
    workers?.close();
    for (const problem of lookup.problems) fail(formatConfigProblem(problem));
    return EXIT.usage;
  }

  // json is written result by result as the files are linted, so that memory stays flat over any number
  // of files; the other formats need the whole report first.
  let stream: JsonReportStream | null = null;
  let outputFd: number | null = null;
  let writeError: unknown = null;
  let output: BufferedOutput | null = null;
  // (Config waivers are settled over the whole run first: see settleConfigWaivers.)
  const linted = paths.includes('-') ? [...expanded, stdinName] : expanded;
  if (options.format === 'json' && !linted.some((file) => configFor(file).waivers.length > 0)) {
    const { JsonReportStream } = await import('../report/json-stream.js');
    const outputFile = options.outputFile;
    const open = () => {
      try {
        outputFd = openSync(outputFile!, 'w');
      } catch (error) {
        writeError = error;
      }
    };
    // The file is opened when the first bytes are ready, while the files are linted: truncating a large
    // old report takes tens of milliseconds. Unless it is one of the files to lint, which must then be read
    // as empty, as always.
    if (outputFile && isLinted(outputFile, linted)) open();
    if (!outputFile) output = new BufferedOutput((bytes) => process.stdout.write(bytes), true);
    else {
      output = new BufferedOutput((bytes) => {
        if (outputFd === null && writeError === null) open();
        if (writeError !== null) return;
        try {
          writeAllSync(outputFd!, bytes);
        } catch (error) {
          writeError = error;
        }
      });
    }
    const sink = output;
    stream = new JsonReportStream((chunk) => sink.write(chunk), asOf);
  }
  const results: DocumentResult[] = [];
  // json results are made into text where they are linted (in the --jobs workers): this thread only writes.
  const render: ResultRendering = { quiet: options.quiet === true };
  const take = (result: DocumentResult, text?: string) => {
    if (stream) {
      const rendered = text === undefined ? renderResult(result, render) : { counts: result, text };
      stream.addText(rendered.text);
      results.push(rendered.counts);
    } else results.push(options.quiet ? errorsOnly(result) : result);
  };

  const limits = maxFileSize !== undefined ? { maxFileSize } : undefined;
  const report = await lintExpandedPaths(fileArgs, expandedPaths, {
    linter,
    asOf,
    configFor,
    inlineWaivers: options.inlineWaivers,
    ...(limits && { limits }),
    jobs,
    ...(stream && { render }),
    ...(workers && { workers }),
    onResult: take,
  });
  workers?.close(); // when there was no use for them
  if (paths.includes('-')) {
    const name = stdinName;
    try {
      const stdinResults = lintFileText(linter, name, readFileSync(0), lookup.configFor(name), { asOf, cwd: process.cwd(), inlineWaivers: options.inlineWaivers, ...(limits && { limits }) });
      for (const result of stdinResults) take(result);
      report.problems.push(...internalErrors(stdinResults));
    } catch (error) {
      report.problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  for (const problem of report.problems) fail(problem);

  const finalReport = buildReport(stream ? results : settleConfigWaivers(results), asOf);
  const cannotWrite = (error: unknown) => fail(`cannot write ${options.outputFile} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  if (stream) {
    stream.end(finalReport);
    output?.flush();
    if (outputFd !== null) closeSync(outputFd);
    if (writeError !== null) cannotWrite(writeError);
  } else {
    const formatter = await loadFormatter(options.format);
    const output = formatter(finalReport, { color: useColor(options.color, options.outputFile !== undefined), rules: RULES });
    if (options.outputFile) {
      try {
        writeFileSync(options.outputFile, output);
      } catch (error) {
        cannotWrite(error);
      }
    } else {
      process.stdout.write(output);
    }
  }
  const lintCode = exitCodeFor(finalReport, { failSeverity: options.failSeverity, ...(maxWarnings !== undefined && { maxWarnings }) });
  return Math.max(exitCode, lintCode);
}
