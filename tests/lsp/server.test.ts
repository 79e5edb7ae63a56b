// `invitelint lsp --stdio` driven as an editor drives it: the built command, over standard input and output,
// with a real JSON-RPC client (vscode-jsonrpc). Its diagnostics are the command's findings for the same file.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Finding, LintReport } from '../../src/engine/types.js';
import { BIN, ROOT, WSIS_2005 } from '../helpers.js';

const AS_OF = '2005-04-18';
const WAIT = 30_000;

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}
interface Diagnostic {
  range: Range;
  severity: number;
  code: string;
  codeDescription?: { href: string };
  source: string;
  message: string;
  data?: unknown;
}
interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}
interface TextEdit {
  range: Range;
  newText: string;
}
interface CodeAction {
  title: string;
  kind: string;
  diagnostics: Diagnostic[];
  edit: { changes: Record<string, TextEdit[]> };
}

/** A running server and a client connected to it, with every notification it published kept in order. */
class Session {
  readonly child: ChildProcess;
  readonly connection: MessageConnection;
  readonly published: Published[] = [];
  readonly errors: unknown[] = [];
  readonly messages: { type: number; message: string }[] = [];
  stderr = '';
  private waiters: (() => void)[] = [];

  constructor(cwd = ROOT) {
    this.child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += String(chunk)));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    // Anything on standard output that is not the protocol breaks the reader: it would be reported here.
    this.connection.onError((error) => this.errors.push(error));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: Published) => {
      this.published.push(params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
      this.messages.push(params);
    });
    this.connection.listen();
  }

  async initialize(folder: string, initializationOptions: Record<string, unknown> = { asOf: AS_OF }) {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'folder' }],
      capabilities: {},
      initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result as { capabilities: Record<string, unknown>; serverInfo: { name: string } };
  }

  open(uri: string, text: string, version = 1) {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
  }

  /** The first diagnostics published for `uri` (at `version`, if given), waiting for them as long as it takes. */
  async diagnostics(uri: string, version?: number): Promise<Diagnostic[]> {
    const deadline = Date.now() + WAIT;
    for (;;) {
      const found = this.published.find((each) => each.uri === uri && (version === undefined || each.version === version));
      if (found) return found.diagnostics;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri} (version ${version}); stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 1000);
      });
    }
  }

  /** Shuts the server down as a client does; resolves with its exit code. */
  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}

/** The command's json report for a file (or, with `input`, for that text as the file), in `cwd`. */
function cliReport(file: string, cwd = ROOT, input?: string, flags: string[] = [], stderr = ''): LintReport {
  const args = input === undefined ? [file] : ['-', '--stdin-filename', file];
  const run = spawnSync(process.execPath, [BIN, '--as-of', AS_OF, '-f', 'json', ...flags, ...args], { cwd, input, encoding: 'utf8' });
  expect(run.stderr).toContain(stderr);
  if (stderr === '') expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as LintReport;
}

/** The diagnostics an LSP client should get for a report's findings: code, page, severity, range, message with remedy. */
function expectedDiagnostics(report: LintReport): Omit<Diagnostic, 'data'>[] {
  return report.results.flatMap((result) =>
    result.findings
      .filter((finding: Finding) => finding.waived === null)
      .map((finding: Finding) => ({
        range: {
          start: { line: finding.line - 1, character: finding.column - 1 },
          end: { line: finding.endLine - 1, character: finding.endColumn - 1 },
        },
        severity: finding.severity === 'error' ? 1 : 2,
        code: finding.rule,
        codeDescription: { href: pathToFileURL(path.join(ROOT, 'rules', finding.rule, 'README.md')).href },
        source: 'invitelint',
        message: finding.remedy ? `${finding.message}\n→ ${finding.remedy}` : finding.message,
      })),
  );
}

const withoutData = (diagnostics: Diagnostic[]) => diagnostics.map(({ data: _data, ...rest }) => rest);

/** `text` with an LSP edit applied. */
function applyEdit(text: string, edit: TextEdit): string {
  const offset = ({ line, character }: Position) => {
    let at = 0;
    for (let each = 0; each < line; each++) at = text.indexOf('\n', at) + 1;
    return at + character;
  };
  return text.slice(0, offset(edit.range.start)) + edit.newText + text.slice(offset(edit.range.end));
}

const fixtureFile = path.join(ROOT, 'fixtures', WSIS_2005);
const fixtureUri = pathToFileURL(fixtureFile).href;
const fixtureText = readFileSync(fixtureFile, 'utf8');

describe('invitelint lsp --stdio, on the 2005 case', () => {
  let session: Session;
  beforeAll(async () => {
    session = new Session();
    const init = await session.initialize(ROOT);
    expect(init.serverInfo.name).toBe('invitelint');
    expect(init.capabilities).toMatchObject({ hoverProvider: true, codeActionProvider: { codeActionKinds: ['quickfix'] } });
    await session.open(fixtureUri, fixtureText);
  });
  afterAll(() => session.child.kill());

  it('publishes on open the findings that `invitelint --format json` reports for the file', async () => {
    const diagnostics = await session.diagnostics(fixtureUri, 1);
    const expected = expectedDiagnostics(cliReport(path.join('fixtures', WSIS_2005)));
    expect(expected.length).toBeGreaterThan(10);
    expect(withoutData(diagnostics)).toEqual(expected);
  });

  it('publishes the update after a line changes, as the command lints the changed text', async () => {
    const line = fixtureText.split('\n').indexOf('  participation: none');
    const change = { range: { start: { line, character: 17 }, end: { line, character: 21 } }, text: 'speak' };
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri: fixtureUri, version: 2 }, contentChanges: [change] });
    const diagnostics = await session.diagnostics(fixtureUri, 2);
    const changed = applyEdit(fixtureText, { range: change.range, newText: change.text });
    expect(changed).toContain('  participation: speak\n');
    expect(withoutData(diagnostics)).toEqual(expectedDiagnostics(cliReport(path.join('fixtures', WSIS_2005), ROOT, changed)));
    expect(diagnostics.map((each) => each.code)).not.toContain('remote-access');
    expect((await session.diagnostics(fixtureUri, 1)).map((each) => each.code)).toContain('remote-access');
  });

  it('names on hover the rules that read a field, with their pages', async () => {
    const line = fixtureText.split('\n').indexOf('  duration: 3h');
    const hover = (await session.connection.sendRequest('textDocument/hover', { textDocument: { uri: fixtureUri }, position: { line, character: 4 } })) as {
      contents: { kind: string; value: string };
      range: Range;
    };
    expect(hover.contents.kind).toBe('markdown');
    expect(hover.contents.value).toContain('`meeting.duration`');
    expect(hover.contents.value).toContain(`[\`time-allotted\`](${pathToFileURL(path.join(ROOT, 'rules/time-allotted/README.md')).href})`);
    expect(hover.contents.value).not.toContain('notice-period');
    expect(hover.range).toEqual({ start: { line, character: 2 }, end: { line, character: 10 } });
    // A list item's field: the rules of `invitees.groups.selection`.
    const selection = fixtureText.split('\n').indexOf('      selection: convener');
    const inList = (await session.connection.sendRequest('textDocument/hover', { textDocument: { uri: fixtureUri }, position: { line: selection, character: 8 } })) as {
      contents: { value: string };
    };
    expect(inList.contents.value).toContain('`invitees.groups.selection`');
    expect(inList.contents.value).toContain('stakeholder-self-selection');
    // A comment is no field.
    expect(await session.connection.sendRequest('textDocument/hover', { textDocument: { uri: fixtureUri }, position: { line: 0, character: 5 } })).toBeNull();
  });

  it('offers to insert a block that is not stated, from the template with its comments, and nothing else', async () => {
    const diagnostics = await session.diagnostics(fixtureUri, 2);
    const actions = (await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: fixtureUri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics },
    })) as CodeAction[];
    // `accessibility`, `admission`, `documents`, `support` and `records` are absent (in the order of their findings); every other finding is about a
    // block the document has.
    expect(actions.map((action) => action.title)).toEqual(['accessibility', 'admission', 'documents', 'support', 'records'].map((key) => `Insert the \`${key}\` block from the template (then replace its example values)`));
    const support = actions.find((action) => action.title.includes('`support`'))!;
    expect(support.diagnostics.map((each) => each.code)).toEqual(['participation-support', 'participation-support']);
    const [edit] = support.edit.changes[fixtureUri]!;
    expect(edit!.newText).toContain('# (optional) support for participants who could not otherwise come [participation-support]');
    const remoteLine = fixtureText.split('\n').indexOf('  participation: none');
    const speak = { range: { start: { line: remoteLine, character: 17 }, end: { line: remoteLine, character: 21 } }, newText: 'speak' };
    const changed = applyEdit(applyEdit(fixtureText, speak), edit!);
    const report = cliReport(path.join('fixtures', WSIS_2005), ROOT, changed);
    const codes = report.results[0]!.findings.map((finding) => finding.rule);
    expect(codes).not.toContain('participation-support');
    expect(codes).not.toContain('schema');
    expect(codes).not.toContain('syntax');
  });

  it('wrote nothing but the protocol to standard output, and nothing to standard error', () => {
    expect(session.errors).toEqual([]);
    expect(session.stderr).toBe('');
  });
});

describe('invitelint lsp --stdio, on documents that cannot be linted', () => {
  it('publishes a diagnostic for each, keeps serving, and shuts down cleanly', async () => {
    const session = new Session();
    await session.initialize(ROOT);
    const uri = (name: string) => pathToFileURL(path.join(os.tmpdir(), name)).href;
    await session.open(uri('broken.yaml'), 'title: [never closed\nmeeting: {\n');
    expect((await session.diagnostics(uri('broken.yaml'))).map((each) => each.code)).toContain('syntax');
    await session.open(uri('huge.yaml'), `title: big\nnotes: ${'x'.repeat(20 * 1024 * 1024)}\n`);
    const huge = await session.diagnostics(uri('huge.yaml'));
    expect(huge.map((each) => each.code)).toEqual(['syntax']);
    expect(huge[0]!.message).toContain('larger than 10 MB');
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 256)).toString('latin1');
    await session.open(uri('garbage.yaml'), garbage);
    const garbled = await session.diagnostics(uri('garbage.yaml'));
    expect(garbled.length).toBeGreaterThan(0);
    expect(garbled.every((each) => each.severity === 1 && ['syntax', 'schema'].includes(each.code))).toBe(true);
    // Hover and code actions on them answer, and the server still lints a good document.
    await session.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('garbage.yaml') }, position: { line: 0, character: 0 } });
    await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri('broken.yaml') },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, source: 'invitelint', message: 'x', data: { path: 'support', document: 0 } }] },
    });
    await session.open(fixtureUri, fixtureText);
    expect((await session.diagnostics(fixtureUri)).length).toBeGreaterThan(10);
    // A buffer that is no file yet is linted as standard input is.
    await session.open('untitled:Untitled-1', fixtureText);
    expect(withoutData(await session.diagnostics('untitled:Untitled-1'))).toEqual(expectedDiagnostics(cliReport('<stdin>', ROOT, fixtureText)));
    expect(await session.shutdown()).toBe(0);
    expect(session.errors).toEqual([]);
    expect(session.stderr).toBe('');
  });
});

describe('invitelint lsp --stdio, with a config file', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'invitelint-lsp-'));
    mkdirSync(path.join(folder, 'received'));
    writeFileSync(
      path.join(folder, '.invitelint.yaml'),
      ['extends: [recommended]', 'rules:', '  fair-hours: off', 'overrides:', '  - files: ["received/**"]', '    extends: [w3c]', '    rules:', '      language-access: error', ''].join('\n'),
    );
    const waived = fixtureText.replace('remote:\n', '# invitelint-disable-next-line remote-access -- a closed session\nremote:\n');
    writeFileSync(path.join(folder, 'received', 'notice.yaml'), waived);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('lints with the configuration the command applies: extends, overrides, inline waivers', async () => {
    const session = new Session();
    await session.initialize(folder);
    const file = path.join(folder, 'received', 'notice.yaml');
    await session.open(pathToFileURL(file).href, readFileSync(file, 'utf8'));
    const diagnostics = await session.diagnostics(pathToFileURL(file).href);
    const report = cliReport('received/notice.yaml', folder);
    expect(report.configFiles).toEqual(['.invitelint.yaml']);
    expect(report.results[0]!.findings.some((finding) => finding.waived !== null)).toBe(true);
    expect(withoutData(diagnostics)).toEqual(expectedDiagnostics(report));
    expect(diagnostics.find((each) => each.code === 'language-access')?.severity).toBe(1);
    expect(diagnostics.map((each) => each.code)).not.toContain('remote-access');
    expect(await session.shutdown()).toBe(0);
  });

  it('speaks the config file\'s locale: French diagnostics, the French rule pages', async () => {
    const french = mkdtempSync(path.join(os.tmpdir(), 'invitelint-lsp-fr-'));
    writeFileSync(path.join(french, '.invitelint.yaml'), 'locale: fr\n');
    const file = path.join(french, 'notice.yaml');
    writeFileSync(file, fixtureText);
    const session = new Session();
    await session.initialize(french);
    await session.open(pathToFileURL(file).href, fixtureText);
    const diagnostics = await session.diagnostics(pathToFileURL(file).href);
    const notice = diagnostics.find((each) => each.code === 'notice-period')!;
    expect(notice.message).toMatch(/^annoncée \d+ jours avant /);
    expect(notice.codeDescription?.href).toMatch(/rules\/notice-period\/README\.fr\.md$/);
    expect(await session.shutdown()).toBe(0);
    rmSync(french, { recursive: true, force: true });
  });

  it('says once that a config file outside the workspace folder applies, and lints as the command with its switches off', async () => {
    const received = path.join(folder, 'received');
    const file = path.join(received, 'notice.yaml');
    const uri = pathToFileURL(file).href;
    const session = new Session();
    await session.initialize(received);
    await session.open(uri, readFileSync(file, 'utf8'));
    expect(withoutData(await session.diagnostics(uri, 1))).toEqual(expectedDiagnostics(cliReport('notice.yaml', received, undefined, [], 'using ../.invitelint.yaml, a config file outside the working folder')));
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: readFileSync(file, 'utf8') }] });
    await session.diagnostics(uri, 2);
    expect(session.messages).toEqual([{ type: 2, message: expect.stringContaining('using ../.invitelint.yaml, a config file outside the workspace folder') }]);
    expect(await session.shutdown()).toBe(0);

    const strict = new Session();
    await strict.initialize(received, { asOf: AS_OF, configLookup: false, inlineWaivers: false });
    await strict.open(uri, readFileSync(file, 'utf8'));
    const diagnostics = await strict.diagnostics(uri);
    expect(withoutData(diagnostics)).toEqual(expectedDiagnostics(cliReport('notice.yaml', received, undefined, ['--no-config-lookup', '--no-inline-waivers'])));
    expect(diagnostics.map((each) => each.code)).toContain('remote-access');
    expect(strict.messages).toEqual([]);
    expect(await strict.shutdown()).toBe(0);
  });

  it('says on the document that its config file is invalid, instead of linting it with another', async () => {
    const broken = mkdtempSync(path.join(os.tmpdir(), 'invitelint-lsp-'));
    try {
      writeFileSync(path.join(broken, '.invitelint.yaml'), 'rules:\n  no-such-rule: error\n');
      writeFileSync(path.join(broken, 'notice.yaml'), fixtureText);
      const session = new Session();
      await session.initialize(broken);
      const uri = pathToFileURL(path.join(broken, 'notice.yaml')).href;
      await session.open(uri, fixtureText);
      const diagnostics = await session.diagnostics(uri);
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]!.code).toBe('config');
      expect(diagnostics[0]!.message).toContain('.invitelint.yaml:2:');
      expect(diagnostics[0]!.message).toContain('no-such-rule');
      expect(await session.shutdown()).toBe(0);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});

describe('the build', () => {
  it('keeps the server out of the bundle every lint run loads: dist/lsp.cjs, required only by `invitelint lsp`', () => {
    const cli = readFileSync(path.join(ROOT, 'dist/cli.cjs'), 'utf8');
    const lsp = readFileSync(path.join(ROOT, 'dist/lsp.cjs'), 'utf8');
    expect(lsp).toContain('textDocument/publishDiagnostics');
    expect(cli).not.toContain('textDocument/publishDiagnostics');
    expect(cli).toContain('require("./lsp.cjs")');
  });
});
