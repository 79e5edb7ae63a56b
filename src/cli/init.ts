// `invitelint init [FILE]`: writes the commented announcement template (docs/cli.md), creating the folders
// FILE needs; never overwrites without --force.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { announcementSchemaFile } from '../authoring/package-files.js';
import { announcementTemplate, schemaRefFrom } from '../authoring/template.js';
import { terminalSafe } from '../report/sanitize.js';
import { EXIT } from './exit.js';

export interface InitCommandOptions {
  force?: boolean;
}

export const DEFAULT_TEMPLATE_FILE = 'announcement.yaml';

/** A path as a POSIX shell reads it back: as it is when that is safe, else in single quotes. */
export function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

export function runInit(file: string | undefined, options: InitCommandOptions): number {
  const target = file ?? DEFAULT_TEMPLATE_FILE;
  if (target === '-') {
    process.stdout.write(announcementTemplate(schemaRefFrom('announcement.yaml', announcementSchemaFile())));
    return EXIT.ok;
  }
  const text = announcementTemplate(schemaRefFrom(target, announcementSchemaFile()));
  const shown = terminalSafe(target);
  const folder = path.dirname(target);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOTDIR' || code === 'EEXIST' ? 'a part of its folder path is a file' : (code ?? String(error));
    process.stderr.write(`invitelint: cannot create the folder of ${shown}: ${reason}\n`);
    return EXIT.usage;
  }
  try {
    // 'wx' fails if the file exists, so nothing is overwritten even when another program creates it meanwhile.
    writeFileSync(target, text, { flag: options.force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'EEXIST'
        ? `${shown} already exists; choose another name, or use --force to overwrite it`
        : code === 'EISDIR'
          ? `cannot write ${shown}: it is a folder`
          : `cannot write ${shown} (${code ?? String(error)})`;
    process.stderr.write(`invitelint: ${message}\n`);
    return EXIT.usage;
  }
  const word = terminalSafe(shellWord(target));
  process.stdout.write(
    `wrote ${shown}: replace the example values with your meeting's facts, then run \`npx invitelint ${word}\`` +
      ` (or \`invitelint ${word}\` where invitelint is installed globally)\n`,
  );
  return EXIT.ok;
}
