// `invitelint import FILE.eml|FILE.ics [-o notice.yaml]`: a received invitation as a draft announcement
// (docs/import.md). The draft goes to standard output, or to -o's file, which is never overwritten without --force.
import { writeFileSync } from 'node:fs';
import { readAnnouncementFile, describeReadError } from '../files.js';
import { DEFAULT_MAX_IMPORT_SIZE, importInvitation } from '../import/index.js';
import { terminalSafe } from '../report/sanitize.js';
import { EXIT } from './exit.js';
import { shellWord } from './init.js';
import { warn } from './output.js';

export interface ImportCommandOptions {
  output?: string;
  force?: boolean;
}

/** Every line as untrusted text made safe (the draft's are already: its strings are escaped). */
function writeLines(stream: NodeJS.WriteStream, text: string): void {
  stream.write(text.replace(/\n$/, '').split('\n').map(terminalSafe).join('\n') + '\n');
}

export async function runImport(file: string, options: ImportCommandOptions): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = readAnnouncementFile(file, DEFAULT_MAX_IMPORT_SIZE);
  } catch (error) {
    warn(`${file}: cannot be read: ${describeReadError(error)}`);
    return EXIT.usage;
  }
  const result = await importInvitation(bytes, { fileName: file });
  if (result.yaml === null) {
    for (const problem of result.problems) warn(`${file}:${problem.line}: ${problem.message}`);
    return EXIT.usage;
  }
  if (options.output === undefined || options.output === '-') {
    writeLines(process.stdout, result.yaml);
    return EXIT.ok;
  }
  const target = options.output;
  try {
    // 'wx' fails if the file exists, so nothing is overwritten even when another program creates it meanwhile.
    writeFileSync(target, result.yaml, { flag: options.force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    warn(
      code === 'EEXIST'
        ? `${target} already exists; choose another name, or use --force to overwrite it`
        : code === 'EISDIR'
          ? `cannot write ${target}: it is a folder`
          : code === 'ENOENT'
            ? `cannot write ${target}: its folder does not exist`
            : `cannot write ${target} (${code ?? String(error)})`,
    );
    return EXIT.usage;
  }
  writeLines(
    process.stdout,
    `wrote ${target}: a draft with ${result.sourceMap.entries.length} facts from the invitation and ${result.toState.length} to state` +
      ` (listed at its top); add them, then run \`invitelint ${shellWord(target)}\``,
  );
  return EXIT.ok;
}
