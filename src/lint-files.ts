// Linting files on disk: the library's lintFiles and the CLI's lint command share this.
import path from 'node:path';
import { todayUtc, type PlainDate } from './announcement/dates.js';
import { parsePlainDate } from './announcement/values.js';
import type { ResolvedConfig } from './engine/config.js';
import { DEFAULT_LOAD_LIMITS, type AnnouncementSource } from './announcement/load.js';
import { internalErrors, lintDocuments } from './engine/lint.js';
import { buildReport } from './engine/report.js';
import { settleConfigWaivers } from './engine/waivers.js';
import type { DocumentResult, LintReport } from './engine/types.js';
import { ConfigLookup } from './config/lookup.js';
import { formatConfigProblem } from './config/load.js';
import { describeReadError, expandPaths, readAnnouncementFile } from './files.js';
import { toResolvedConfig, type LintOptions } from './index.js';

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
}

export interface LintFilesReport extends LintReport {
  /** Paths that could not be linted (missing, unreadable, no match, internal error), one sentence each. */
  problems: string[];
}

export function lintFileText(
  file: string,
  text: AnnouncementSource,
  config: ResolvedConfig,
  options: { asOf: PlainDate; inlineWaivers?: boolean; limits?: LintOptions['limits'] },
): DocumentResult[] {
  return lintDocuments(text, {
    filePath: file,
    config,
    asOf: options.asOf,
    ...(options.inlineWaivers !== undefined && { inlineWaivers: options.inlineWaivers }),
    ...(options.limits !== undefined && { limits: options.limits }),
  });
}

/** Lints files, folders and globs. Problems with single paths never stop the others. */
export async function lintFiles(paths: readonly string[], options: LintFilesOptions = {}): Promise<LintFilesReport> {
  const cwd = options.cwd ?? process.cwd();
  const asOf = options.asOf ?? todayUtc(new Date());
  if (!parsePlainDate(asOf)) {
    return { ...buildReport([], todayUtc(new Date())), problems: [`asOf: expected a date in the form YYYY-MM-DD, e.g. 2005-04-18, not ${JSON.stringify(asOf)}`] };
  }
  const { files, problems } = expandPaths(paths, cwd);
  const lookup =
    options.config === undefined && options.configFor === undefined && options.configLookup !== false
      ? new ConfigLookup({ cwd, lookup: true, flags: {} })
      : null;
  let fallback: ResolvedConfig;
  try {
    fallback = toResolvedConfig(options.config);
  } catch (error) {
    return { ...buildReport([], asOf), problems: [...problems, `config: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const results: DocumentResult[] = [];
  for (const file of files) {
    let config = fallback;
    if (lookup) {
      const found = lookup.tryConfigFor(file);
      problems.push(...lookup.problems.splice(0).map(formatConfigProblem));
      if (!found) continue; // its config file is invalid: its problems are reported once, above
      config = found;
    }
    let bytes: Uint8Array;
    try {
      bytes = readAnnouncementFile(path.resolve(cwd, file), options.limits?.maxFileSize ?? DEFAULT_LOAD_LIMITS.maxFileSize);
    } catch (error) {
      problems.push(`${file}: cannot be read: ${describeReadError(error)}`);
      continue;
    }
    try {
      if (options.configFor) config = options.configFor(file);
      const fileResults = lintFileText(file, bytes, config, {
        asOf,
        ...(options.inlineWaivers !== undefined && { inlineWaivers: options.inlineWaivers }),
        ...(options.limits !== undefined && { limits: options.limits }),
      });
      results.push(...fileResults);
      problems.push(...internalErrors(fileResults));
    } catch (error) {
      problems.push(`${file}: internal error: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { ...buildReport(settleConfigWaivers(results), asOf), problems };
}
