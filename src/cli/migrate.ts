// `invitelint migrate FILE...`: rewrites format v1 announcements as format v2, in place (docs/cli.md). `--check`
// only says which files would change (exit 1 if any); `--stdout` prints the migrated text of one file instead.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { migrateText } from '../authoring/migrate.js';
import { terminalSafe } from '../report/sanitize.js';
import { EXIT } from './exit.js';

export interface MigrateCommandOptions {
  check?: boolean;
  stdout?: boolean;
}

const say = (line: string) => process.stderr.write(`${terminalSafe(line)}\n`);

export function runMigrate(files: string[], options: MigrateCommandOptions): number {
  if (files.length === 0) {
    say('invitelint: migrate needs one or more files (see invitelint migrate --help)');
    return EXIT.usage;
  }
  if (options.stdout && files.length !== 1) {
    say('invitelint: --stdout prints one file: give exactly one');
    return EXIT.usage;
  }
  let exit: number = EXIT.ok;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      say(`invitelint: ${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      exit = EXIT.usage;
      continue;
    }
    const result = migrateText(text);
    if (result.text === null) {
      for (const problem of result.problems) say(`invitelint: ${file}: ${problem}`);
      exit = EXIT.usage;
      continue;
    }
    if (options.stdout) {
      process.stdout.write(result.text);
      continue;
    }
    if (result.changes.length === 0) {
      say(`${file}: already format v2, nothing to change`);
      continue;
    }
    if (options.check) {
      say(`${file}: would be migrated to format v2 (${result.changes.join('; ')})`);
      if (exit === EXIT.ok) exit = EXIT.lintFailure;
      continue;
    }
    // Written beside the file and renamed over it: a run that is stopped leaves the file whole.
    const temporary = path.join(path.dirname(file), `.${path.basename(file)}.invitelint-migrate`);
    try {
      writeFileSync(temporary, result.text);
      renameSync(temporary, file);
    } catch (error) {
      say(`invitelint: ${file}: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      exit = EXIT.usage;
      continue;
    }
    say(`${file}: migrated to format v2 (${result.changes.join('; ')})`);
  }
  return exit;
}
