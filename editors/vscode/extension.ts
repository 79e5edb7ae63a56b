// The VS Code side of invitelint: starts `invitelint lsp --stdio` for the announcement files of the workspace
// and leaves everything else (linting, configuration lookup, rule pages, fixes) to the server.
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

function serverOptions(settings: vscode.WorkspaceConfiguration): ServerOptions {
  const [command = 'invitelint', ...args] = settings.get<string[]>('command', ['invitelint']);
  const cwd = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  // On Windows an npm-installed command is a .cmd file, which only a shell runs.
  return { command, args: [...args, 'lsp', '--stdio'], options: { ...(cwd && { cwd }), shell: process.platform === 'win32' } };
}

function clientOptions(settings: vscode.WorkspaceConfiguration): LanguageClientOptions {
  const asOf = settings.get<string>('asOf', '');
  return {
    documentSelector: [{ scheme: 'file', language: 'yaml', pattern: settings.get<string>('files', '**/{announcements,invitations,notices}/**/*.{yaml,yml}') }],
    initializationOptions: {
      debounceMs: settings.get<number>('debounceMs', 200),
      configLookup: settings.get<boolean>('configLookup', true),
      inlineWaivers: settings.get<boolean>('inlineWaivers', true),
      ...(asOf && { asOf }),
    },
  };
}

async function start(): Promise<void> {
  const settings = vscode.workspace.getConfiguration('invitelint');
  client = new LanguageClient('invitelint', 'invitelint', serverOptions(settings), clientOptions(settings));
  await client.start();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  await start();
  // The server reads its settings when it starts: a changed setting restarts it.
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration('invitelint')) return;
      await client?.stop();
      await start();
    }),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
