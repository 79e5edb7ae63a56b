// `invitelint init [FILE]`: writes the commented announcement template (cli.md); never overwrites without --force.
import { writeFileSync } from 'node:fs';
import { announcementSchemaFile } from '../authoring/package-files.js';
import { announcementTemplate, schemaRefFrom } from '../authoring/template.js';
import { terminalSafe } from '../report/sanitize.js';
import { EXIT } from './exit.js';

export interface InitCommandOptions {
  force?: boolean;
}

export const DEFAULT_TEMPLATE_FILE = 'announcement.yaml';

export function runInit(file: string | undefined, options: InitCommandOptions): number {
  const target = file ?? DEFAULT_TEMPLATE_FILE;
  if (target === '-') {
    process.stdout.write(announcementTemplate(schemaRefFrom('announcement.yaml', announcementSchemaFile())));
    return EXIT.ok;
  }
  const text = announcementTemplate(schemaRefFrom(target, announcementSchemaFile()));
  const shown = terminalSafe(target);
  try {
    // 'wx' fails if the file exists, so nothing is overwritten even when another program creates it meanwhile.
    writeFileSync(target, text, { flag: options.force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'EEXIST'
        ? `${shown} already exists; choose another name, or use --force to overwrite it`
        : code === 'ENOENT'
          ? `cannot write ${shown}: its folder does not exist`
          : `cannot write ${shown} (${code ?? String(error)})`;
    process.stderr.write(`invitelint: ${message}\n`);
    return EXIT.usage;
  }
  process.stdout.write(`wrote ${shown}: replace the example values with your meeting's facts, then run \`invitelint ${shown}\`\n`);
  return EXIT.ok;
}
