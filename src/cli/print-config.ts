// `invitelint print-config [FILE]`: the configuration that applies to FILE after presets, config file and
// flags, with every rule's severity and options, and the config waivers that cover FILE (cli.md).
import path from 'node:path';
import { formatConfigProblem } from '../config/load.js';
import { CATALOGUE } from '../../rules/index.js';
import { createLinter } from '../engine/linter.js';
import { waiverCoversFile } from '../engine/waivers.js';
import { configLookupOf, UsageError } from './lint.js';
import { EXIT } from './exit.js';

export interface PrintConfigOptions {
  config?: string;
  configLookup: boolean;
  preset?: string[];
  rule?: string[];
}

export function runPrintConfig(file: string | undefined, options: PrintConfigOptions): number {
  const cwd = process.cwd();
  let lookup;
  try {
    lookup = configLookupOf(options, cwd, createLinter(CATALOGUE));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`invitelint: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
  // Without FILE: the configuration a file in the working folder would get.
  const target = file ?? path.join(cwd, '<file>');
  const config = lookup.tryConfigFor(target);
  if (!config) {
    for (const problem of lookup.problems) process.stderr.write(`invitelint: ${formatConfigProblem(problem)}\n`);
    return EXIT.usage;
  }
  const shown = (absolute: string) => path.relative(cwd, absolute).split(path.sep).join('/') || absolute;
  const printed = {
    file: file ?? null,
    configFile: config.configFile ? shown(config.configFile) : null,
    extends: config.extends,
    rules: config.rules,
    waivers: config.waivers
      .filter((waiver) => waiverCoversFile(waiver, target, config.configFile, cwd))
      .map(({ rule, files, reason, expires }) => ({ rule, ...(files && { files }), reason, ...(expires && { expires }) })),
  };
  process.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
  return EXIT.ok;
}
