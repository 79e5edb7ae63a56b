// Linting files on disk: the library's lintFiles and the CLI's lint command share this.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { todayUtc, type PlainDate } from './announcement/dates.js';
import type { ResolvedConfig } from './engine/config.js';
import { lintDocuments } from './engine/lint.js';
import { buildReport } from './engine/report.js';
import { settleConfigWaivers } from './engine/waivers.js';
import type { DocumentResult, LintReport } from './engine/types.js';
import { expandPaths } from './files.js';
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

export function lintFileText(file: string, text: string, config: ResolvedConfig, options: { asOf: PlainDate; inlineWaivers?: boolean }): DocumentResult[] {
  return lintDocuments(text, { filePath: file, config, asOf: options.asOf, ...(options.inlineWaivers !== undefined && { inlineWaivers: options.inlineWaivers }) });
}

/** Lints files, folders and globs. Problems with single paths never stop the others. */
export async function lintFiles(paths: readonly string[], options: LintFilesOptions = {}): Promise<LintFilesReport> {
  const cwd = options.cwd ?? process.cwd();
  const asOf = options.asOf ?? todayUtc(new Date());
  const { files, problems } = expandPaths(paths, cwd);
  const fallback = toResolvedConfig(options.config);
  const results: DocumentResult[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(path.resolve(cwd, file), 'utf8');
    } catch (error) {
      problems.push(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      continue;
    }
    try {
      const config = options.configFor ? options.configFor(file) : fallback;
      results.push(...lintFileText(file, text, config, { asOf, ...(options.inlineWaivers !== undefined && { inlineWaivers: options.inlineWaivers }) }));
    } catch (error) {
      problems.push(`${file}: internal error: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { ...buildReport(settleConfigWaivers(results), asOf), problems };
}
