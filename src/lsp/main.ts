// `invitelint lsp --stdio`: the language server over standard input and output. The command loads this module
// only when asked (src/cli/main.ts; the build makes it a file of its own, dist/lsp.cjs), so that a lint run
// starts as fast as before.
import { formatWithOptions } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { terminalSafe } from '../report/sanitize.js';
import { InvitelintServer } from './server.js';

/**
 * Standard output carries the protocol and nothing else: anything that would print there through the console
 * (a dependency's stray log) goes to standard error instead, each line made safe for a terminal.
 */
function consoleToStandardError(): void {
  const write = (...args: unknown[]) => {
    const text = formatWithOptions({ colors: false }, ...args);
    process.stderr.write(`${text.split('\n').map(terminalSafe).join('\n')}\n`);
  };
  for (const method of ['log', 'info', 'debug', 'warn', 'error', 'trace', 'dir'] as const) console[method] = write;
}

/** Serves one client on this process's standard input and output until it says exit (or closes the input). */
export function runLanguageServer(): void {
  consoleToStandardError();
  // A promise the server let go of (a message to a client that went away) is logged, never the end of the server.
  process.on('unhandledRejection', (reason) => console.error(`invitelint lsp: ${reason instanceof Error ? reason.message : String(reason)}`));
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  new InvitelintServer(connection);
  connection.listen();
}
