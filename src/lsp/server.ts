// The language server: one instance per connection, holding all its state (open documents, pending lints,
// settings). It lints a document when it opens and, debounced, when it changes; hover names the rules that
// read a field; the one code action inserts a block the document does not state, from the template.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  MarkupKind,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type Hover,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { todayUtc, type PlainDate } from '../announcement/dates.js';
import { DEFAULT_LOAD_LIMITS } from '../announcement/load.js';
import { parsePlainDate } from '../announcement/values.js';
import { CONFIG_FILE_NAMES } from '../config/names.js';
import { createLinter, type Linter } from '../engine/linter.js';
import { terminalSafe } from '../report/sanitize.js';
import { VERSION } from '../version.js';
import { CATALOGUE } from '../../rules/index.js';
import { blockInsertion, templateBlocks, topLevelKey, type TemplateBlock } from './blocks.js';
import type { Locale } from '../i18n/locale.js';
import { diagnosticsOf, lintOpenDocument, rulePageUri, type DiagnosticData } from './diagnostics.js';
import { fieldAt, templateFields, type TemplateField } from './fields.js';

/** What a client may set in `initializationOptions`. */
export interface ServerSettings {
  /** How long to wait after a change before linting, in milliseconds (default 200). */
  debounceMs: number;
  /** The date a draft (no `issued`) is taken to be sent, as `--as-of`; default: today (UTC), read at each lint. */
  asOf: PlainDate | null;
  /** False as `--no-config-lookup`: presets alone, no config file (for received material). */
  configLookup: boolean;
  /** False as `--no-inline-waivers`: waivers written in the document are not applied. */
  inlineWaivers: boolean;
}

export const DEFAULT_SETTINGS: ServerSettings = { debounceMs: 200, asOf: null, configLookup: true, inlineWaivers: true };

/** The settings a client asked for, each only when usable (anything else keeps its default). */
export function readSettings(given: unknown): ServerSettings {
  const settings = { ...DEFAULT_SETTINGS };
  if (typeof given !== 'object' || given === null) return settings;
  const { debounceMs, asOf, configLookup, inlineWaivers } = given as Record<string, unknown>;
  if (typeof configLookup === 'boolean') settings.configLookup = configLookup;
  if (typeof inlineWaivers === 'boolean') settings.inlineWaivers = inlineWaivers;
  if (typeof debounceMs === 'number' && Number.isFinite(debounceMs) && debounceMs >= 0) settings.debounceMs = Math.min(debounceMs, 60_000);
  if (typeof asOf === 'string' && parsePlainDate(asOf)) settings.asOf = asOf;
  return settings;
}

export class InvitelintServer {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly linter: Linter = createLinter(CATALOGUE);
  private readonly fields: Map<string, TemplateField> = templateFields();
  private readonly blocks: Map<string, TemplateBlock> = templateBlocks();
  /** Open documents linted at least once. */
  private readonly linted = new Set<string>();
  /** The config files outside the workspace folder already named to the user, each once. */
  private readonly outsideNamed = new Set<string>();
  private readonly pages = new Map<string, string | null>();
  private settings: ServerSettings = DEFAULT_SETTINGS;
  private workspaceFolders: string[] = [];
  private watchFiles = false;

  constructor(private readonly connection: Connection) {
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => this.initialized());
    connection.onHover((params) => this.guard('hover', () => this.hover(params), null));
    connection.onCodeAction((params) => this.guard('code actions', () => this.codeActions(params), []));
    // A config file changed: every open document may now have another configuration.
    connection.onDidChangeWatchedFiles(() => {
      for (const document of this.documents.all()) this.lintNow(document.uri);
    });
    connection.onShutdown(() => {
      for (const timer of this.pending.values()) clearTimeout(timer);
      this.pending.clear();
    });
    // didOpen also fires a content change: the first one lints at once, later ones after the debounce.
    this.documents.onDidChangeContent(({ document }) => {
      if (this.linted.has(document.uri)) this.schedule(document.uri);
      else this.lintNow(document.uri);
    });
    this.documents.onDidClose(({ document }) => {
      clearTimeout(this.pending.get(document.uri));
      this.pending.delete(document.uri);
      this.linted.delete(document.uri);
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    });
    this.documents.listen(connection);
  }

  private initialize(params: InitializeParams): InitializeResult {
    this.settings = readSettings(params.initializationOptions);
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.workspaceFolders = folders.flatMap((uri) => {
      const folder = filePathOf(uri);
      return folder === null ? [] : [folder];
    });
    this.watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'invitelint', version: VERSION },
    };
  }

  private initialized(): void {
    if (!this.watchFiles) return;
    const watchers = CONFIG_FILE_NAMES.map((name) => ({ globPattern: `**/${name}` }));
    void this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
  }

  /** Runs a request's work; a bug answers `fallback` and is logged through the protocol, never kills the server. */
  private guard<T>(what: string, work: () => T, fallback: T): T {
    try {
      return work();
    } catch (error) {
      this.connection.console.error(`invitelint: ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
      return fallback;
    }
  }

  private schedule(uri: string): void {
    clearTimeout(this.pending.get(uri));
    this.pending.set(
      uri,
      setTimeout(() => {
        this.pending.delete(uri);
        this.lint(uri);
      }, this.settings.debounceMs),
    );
  }

  private lintNow(uri: string): void {
    clearTimeout(this.pending.get(uri));
    this.pending.delete(uri);
    this.linted.add(uri);
    this.lint(uri);
  }

  private lint(uri: string): void {
    const document = this.documents.get(uri);
    if (!document) return;
    const diagnostics = this.guard('lint', () => this.diagnosticsFor(document), null) ?? [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, code: 'internal-error', source: 'invitelint', message: 'internal error: this document could not be linted' },
    ];
    void this.connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  }

  private diagnosticsFor(document: TextDocument): Diagnostic[] {
    const file = filePathOf(document.uri);
    // A config file is no announcement.
    if (file !== null && CONFIG_FILE_NAMES.includes(path.basename(file))) return [];
    const cwd = this.folderOf(file);
    const { asOf, configLookup, inlineWaivers } = this.settings;
    const lint = lintOpenDocument(document.getText(), file, { linter: this.linter, asOf: asOf ?? todayUtc(new Date()), cwd, configLookup, inlineWaivers });
    const outside = lint.outsideWorkingFolder;
    if (outside !== null && !this.outsideNamed.has(outside)) {
      // As the command says on standard error: a received folder's parent config can change findings unseen.
      this.outsideNamed.add(outside);
      // A notification: a showMessage request would wait for an answer the client need not give.
      void this.connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: terminalSafe(`invitelint: using ${outside}, a config file outside the workspace folder; for received material, set the server's configLookup and inlineWaivers options to false`),
      });
    }
    return diagnosticsOf(lint, (id) => this.pageOf(id, lint.locale));
  }

  private pageOf(ruleId: string, locale: Locale = 'en'): string | null {
    const key = `${locale}:${ruleId}`;
    if (!this.pages.has(key)) this.pages.set(key, rulePageUri(ruleId, locale));
    return this.pages.get(key)!;
  }

  /**
   * The folder the command would run in for `file`: the innermost workspace folder holding it, else the
   * server's; for a buffer that is no file (linted as standard input is), the first workspace folder.
   */
  private folderOf(file: string | null): string {
    if (file === null) return this.workspaceFolders[0] ?? process.cwd();
    const holding = this.workspaceFolders.filter((folder) => {
      const relative = path.relative(folder, file);
      return !relative.startsWith('..') && !path.isAbsolute(relative);
    });
    return holding.sort((a, b) => b.length - a.length)[0] ?? process.cwd();
  }

  /** The text of a document small enough to parse for hover and code actions (a bigger one is not linted either). */
  private textOf(uri: string): { document: TextDocument; text: string } | null {
    const document = this.documents.get(uri);
    if (!document) return null;
    const text = document.getText();
    return text.length > DEFAULT_LOAD_LIMITS.maxFileSize ? null : { document, text };
  }

  private hover(params: HoverParams): Hover | null {
    const open = this.textOf(params.textDocument.uri);
    if (!open) return null;
    const field = fieldAt(open.text, open.document.offsetAt(params.position));
    const known = field && this.fields.get(field.path);
    if (!field || !known || known.rules.length === 0) return null;
    const lines = [`**\`${known.path}\`**${known.explanation ? `: ${known.explanation}` : ''}`, '', 'Read by:'];
    for (const id of known.rules) {
      const rule = this.linter.setup.rules.find((each) => each.meta.id === id);
      if (!rule) continue;
      const href = this.pageOf(id);
      lines.push(`- ${href ? `[\`${id}\`](${href})` : `\`${id}\``} (${rule.meta.criterion}): ${rule.meta.description}`);
    }
    return {
      contents: { kind: MarkupKind.Markdown, value: lines.join('\n') },
      range: { start: open.document.positionAt(field.start), end: open.document.positionAt(field.end) },
    };
  }

  private codeActions(params: CodeActionParams): CodeAction[] {
    const open = this.textOf(params.textDocument.uri);
    if (!open) return [];
    const byKey = new Map<string, CodeAction>();
    for (const diagnostic of params.context.diagnostics) {
      const data = diagnostic.data as Partial<DiagnosticData> | undefined;
      if (diagnostic.source !== 'invitelint' || typeof data?.path !== 'string' || typeof data.document !== 'number') continue;
      const key = topLevelKey(data.path);
      const known = byKey.get(`${data.document}\u0000${key}`);
      if (known) {
        known.diagnostics!.push(diagnostic);
        continue;
      }
      const insertion = blockInsertion(open.text, data.document, key, this.blocks);
      if (!insertion) continue;
      const at = open.document.positionAt(insertion.offset);
      byKey.set(`${data.document}\u0000${key}`, {
        title: `Insert the \`${key}\` block from the template (then replace its example values)`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [params.textDocument.uri]: [{ range: { start: at, end: at }, newText: insertion.text }] } },
      });
    }
    return [...byKey.values()];
  }
}

/** The file a `file:` URI names; null for any other scheme (an unsaved buffer). */
function filePathOf(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}
