// `invitelint web [-o FILE]`: writes the offline checker page, built with the package (dist/checker.html):
// one self-contained HTML file that runs the same lint engine in a browser, to hand to people without Node.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../authoring/package-files.js';
import { terminalSafe } from '../report/sanitize.js';
import { EXIT } from './exit.js';

export const DEFAULT_CHECKER_FILE = 'invitelint-checker.html';

export interface WebCommandOptions {
  outputFile?: string;
}

export function checkerPage(): string {
  return readFileSync(path.join(packageRoot(), 'dist', 'checker.html'), 'utf8');
}

export function runWeb(options: WebCommandOptions): number {
  const target = options.outputFile ?? DEFAULT_CHECKER_FILE;
  let page: string;
  try {
    page = checkerPage();
  } catch {
    process.stderr.write('invitelint: the checker page is missing from this installation (dist/checker.html); rebuild with `npm run build`\n');
    return EXIT.usage;
  }
  if (target === '-') {
    process.stdout.write(page);
    return EXIT.ok;
  }
  const shown = terminalSafe(target);
  try {
    writeFileSync(target, page);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'its folder does not exist' : code === 'EISDIR' ? 'it is a folder' : (code ?? String(error));
    process.stderr.write(`invitelint: cannot write ${shown}: ${reason}\n`);
    return EXIT.usage;
  }
  const size = Math.ceil(Buffer.byteLength(page) / 1024);
  process.stdout.write(
    `wrote ${shown} (${size} KB): open it in any browser, even offline; it checks pasted announcements without sending them anywhere\n`,
  );
  return EXIT.ok;
}
