// `invitelint [lint] PATH...`: read, lint, report, and choose the exit code (cli.md).
import path from 'node:path';
import { todayUtc } from '../announcement/dates.js';
import { parsePlainDate } from '../announcement/values.js';
import { severityOf, type ConfigFlags, type SeverityInput } from '../engine/config.js';
import { ConfigLookup } from '../config/lookup.js';
import { parseSize } from '../announcement/load.js';
import type { DocumentResult, LintReport, RuleSetting } from '../engine/types.js';
import { CATALOGUE, PRESET_NAMES, RULES, RULE_IDS } from '../../rules/index.js';
import { didYouMean } from '../announcement/suggest.js';
import { createLinter, type Linter } from '../engine/linter.js';
import { runFiles, type ResultRendering } from '../lint-files.js';
import { loadFormatter, type FormatName } from '../report/format.js';
import type { JsonReportStream } from '../report/json-stream.js';
import type { Locale } from '../i18n/locale.js';
import { useColor } from './color.js';
import { BufferedOutput, ReportFile, warn } from './output.js';
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
  maxDocuments?: string;
  locale?: Locale;
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
    warn(message);
    exitCode = EXIT.usage;
  };
  let lookup: ConfigLookup;
  let asOf: string;
  let maxWarnings: number | undefined;
  let maxFileSize: number | undefined;
  let maxDocuments: number | undefined;
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
    if (options.maxDocuments !== undefined) {
      if (!/^[1-9]\d{0,14}$/.test(options.maxDocuments)) throw new UsageError(`--max-documents ${options.maxDocuments}: expected a whole number, 1 or more`);
      maxDocuments = Number(options.maxDocuments);
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

  const fileArgs = paths.filter((p) => p !== '-');
  const stdinName = paths.includes('-') ? (options.stdinFilename ?? '<stdin>') : undefined;
  // The report goes to standard output, or to a temporary file beside --output-file that replaces it when the
  // run is done (a run that is stopped leaves the old report whole).
  const output = options.outputFile !== undefined ? new ReportFile(options.outputFile) : null;
  // json is written result by result as the files are linted, so that memory stays flat over any number
  // of files; the other formats need the whole report first.
  let sink: BufferedOutput | null = null;
  let stream: JsonReportStream | null = null;
  if (options.format === 'json') {
    const { JsonReportStream } = await import('../report/json-stream.js');
    const buffered = output ? new BufferedOutput((bytes) => output.write(bytes)) : new BufferedOutput((bytes) => process.stdout.write(bytes), true);
    sink = buffered;
    stream = new JsonReportStream((chunk) => buffered.write(chunk), asOf);
  }
  const json = stream;
  // A json report file that is also one of the files to lint is read as empty, as when it was opened first.
  const truncateIfLinted = (linted: readonly string[]) => {
    if (json && output && isLinted(output.target, linted)) output.truncateTarget();
  };
  const limits =
    maxFileSize !== undefined || maxDocuments !== undefined
      ? { ...(maxFileSize !== undefined && { maxFileSize }), ...(maxDocuments !== undefined && { maxDocuments }) }
      : undefined;
  const render: ResultRendering = { quiet: options.quiet === true };
  const report = await runFiles(fileArgs, {
    linter,
    asOf,
    lookup,
    ...(stdinName !== undefined && { stdin: stdinName }),
    inlineWaivers: options.inlineWaivers,
    ...(limits && { limits }),
    ...(options.jobs !== undefined ? { jobs: Number(options.jobs) } : { jobsByFileCount: true }),
    quiet: options.quiet === true,
    onFilesKnown: truncateIfLinted,
    ...(json && {
      render,
      // Results come as json text, made where they were linted (in the --jobs workers): this thread only writes.
      onResult: (_counts: DocumentResult, text?: string) => json.addText(text!),
    }),
  });
  for (const outside of lookup.outsideWorkingFolder) {
    // A received folder may carry a config that turns rules off or waives findings: say that one applies.
    warn(`using ${outside}, a config file outside the working folder; for received material, lint with --no-config-lookup --no-inline-waivers`);
  }
  // Every config file that applies is read before any linting: an invalid one stops the run (exit 2).
  if (report.configProblems.length > 0) {
    output?.discard();
    for (const problem of report.configProblems) fail(problem);
    return EXIT.usage;
  }
  for (const problem of report.problems) fail(problem);
  // --max-warnings failing a run that has no error: say why it fails, where CI shows it.
  const { errors, warnings } = report.summary;
  const tooManyWarnings =
    maxWarnings !== undefined && errors === 0 && warnings > maxWarnings
      ? `${warnings} warning${warnings === 1 ? '' : 's'}, more than the maximum of ${maxWarnings} (--max-warnings)`
      : null;
  if (tooManyWarnings) warn(tooManyWarnings);

  const cannotWrite = (error: unknown) => fail(`cannot write ${options.outputFile} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  if (json) {
    json.end(report);
    sink?.flush();
  } else {
    const formatter = await loadFormatter(options.format);
    const { formatReport } = await import('../report/format-report.js');
    // The language: --locale, else the config of the working folder (a report has one language), else English.
    const locale = options.locale ?? lookup.tryConfigFor(path.join(process.cwd(), 'invitelint-report'))?.locale ?? 'en';
    const formatted = formatReport(formatter, report, {
      color: useColor(options.color, options.outputFile !== undefined),
      rules: RULES,
      locale,
      ...(options.quiet && { hiddenWarnings: report.hiddenWarnings }),
    });
    for (const problem of formatted.problems) fail(problem);
    let text = formatted.output;
    // GitHub shows an error annotation on the run; the runner reads it from standard output.
    if (tooManyWarnings && options.format === 'github') text += `::error title=invitelint::${tooManyWarnings}\n`;
    if (output) output.write(Buffer.from(text, 'utf8'));
    else process.stdout.write(text);
  }
  if (output) {
    // A run that could read no path at all leaves an existing report as it was, not an empty clean one.
    if (report.summary.documents === 0 && report.problems.length > 0 && output.targetExists()) {
      output.discard();
      fail(`${options.outputFile} is left as it was: no file could be linted`);
    } else {
      const error = output.commit();
      if (error !== null) cannotWrite(error);
    }
  }
  const lintCode = exitCodeFor(report, { failSeverity: options.failSeverity, ...(maxWarnings !== undefined && { maxWarnings }) });
  return Math.max(exitCode, lintCode);
}
