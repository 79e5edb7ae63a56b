// Linting files on disk: the library's lintFiles and the CLI's lint command share this.
import path from 'node:path';
import { todayUtc, type PlainDate } from './announcement/dates.js';
import type { ResolvedConfig } from './engine/config.js';
import { DEFAULT_LOAD_LIMITS, type AnnouncementSource } from './announcement/load.js';
import { internalErrors, lintDocuments } from './engine/lint.js';
import { buildReport } from './engine/report.js';
import { settleConfigWaivers } from './engine/waivers.js';
import type { DocumentResult, LintReport } from './engine/types.js';
import { describeReadError, expandPaths, readAnnouncementFile } from './files.js';
import { toResolvedConfig, type LintOptions } from './index.js';

export interface LintFilesOptions extends Omit<LintOptions, 'filePath'> {
  /** Folder that relative paths are read from and reported against. Default: the process's. */
  cwd?: string;
  /** The configuration for each file (the CLI looks config files up per folder). Default: `config`. */
  configFor?: (file: string) => ResolvedConfig;
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
  const { files, problems } = expandPaths(paths, cwd);
  const fallback = toResolvedConfig(options.config);
  const results: DocumentResult[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readAnnouncementFile(path.resolve(cwd, file), options.limits?.maxFileSize ?? DEFAULT_LOAD_LIMITS.maxFileSize);
    } catch (error) {
      problems.push(`${file}: cannot be read: ${describeReadError(error)}`);
      continue;
    }
    try {
      const config = options.configFor ? options.configFor(file) : fallback;
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
