// Text -> YAML documents with positions -> validated announcements. Problems are values, never exceptions.
import * as z from 'zod';
import {
  Composer,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  Parser,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import { englishProblemMessage, formatSize, isProblemMessageId, type ProblemArgs, type ProblemMessageId, type ValueKind } from './messages.js';
import { nearest } from './suggest.js';
import { quoted } from './values.js';
import { zoneProblem, type ZoneContext } from './zones.js';
import { layoutMistake, unclosedQuote } from './layout.js';
import { yamlInWords } from './yaml-words.js';
import type { Locate, Position, YamlPath } from './facts.js';
import { AnnouncementSchemas, MOVED_IN_V2, type Announcement, type AnnouncementV1 } from './schema.js';
import { readV1AsV2, v1Locator } from './versions.js';

export interface Problem {
  rule: 'syntax' | 'schema';
  /** In English; a report in another locale renders it again from `messageId` and `evidence` where they are given. */
  message: string;
  at: Position;
  /** Which of the problem messages (messages.ts) this is; absent for the rarer problems, worded where they are found. */
  messageId?: ProblemMessageId;
  evidence?: ProblemArgs[ProblemMessageId];
}

export { formatSize };

/** A problem rendered from one of the problem messages. */
function problem<Id extends ProblemMessageId>(rule: Problem['rule'], messageId: Id, evidence: ProblemArgs[Id], at: Position): Problem {
  return { rule, message: englishProblemMessage(messageId, evidence), at, messageId, evidence };
}

export interface LoadedDocument {
  /** 0-based index of the document in the file. */
  index: number;
  /**
   * The parsed YAML document, for tools that need comments (inline waivers); null only where no document was
   * parsed: a problem with the whole file (size, encoding, nothing in it) or the part a limit stopped.
   */
  yaml: Document.Parsed | null;
  announcement: Announcement | null;
  title: string | null;
  problems: Problem[];
  locate: Locate;
  /** The text that positions refer to: decoded, without a byte-order mark (inline waivers are read from it). */
  source: string;
}

/**
 * What one file may cost to load. Announcements come from outside: each limit stops a resource attack
 * early, and each is reported as a finding that names it.
 */
export interface LoadLimits {
  /** Largest file, in bytes (UTF-8), that is read at all. */
  maxFileSize: number;
  /** Deepest nesting of mappings and lists (an announcement needs about five levels). */
  maxDepth: number;
  /** Most aliases (`*name`) a document may use, and most nodes one alias may expand to ("billion laughs"). */
  maxAliasCount: number;
  /**
   * Most YAML documents (`---`) one file may hold; the documents before the limit are still checked. Unbounded by
   * default: a file of many announcements is linted whole, and maxFileSize bounds the work.
   */
  maxDocuments: number;
}

export const DEFAULT_LOAD_LIMITS: Readonly<LoadLimits> = Object.freeze({
  maxFileSize: 10 * 1024 * 1024,
  maxDepth: 100,
  maxAliasCount: 100,
  maxDocuments: Number.POSITIVE_INFINITY,
});

/** A file's contents: text, or the bytes as read (decoded here, so that invalid UTF-8 is a finding). */
export type AnnouncementSource = string | Uint8Array;

export function formatPath(path: YamlPath): string {
  let out = '';
  for (const segment of path) {
    out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  }
  return out;
}

function positionOf(lineCounter: LineCounter, start: number, end: number, path: YamlPath, source?: string): Position {
  // A block's range runs to the start of the next line: end the position at its last character instead.
  if (source !== undefined) {
    // yaml may place an error one past the end of the text; a position always lies inside the file.
    start = Math.min(Math.max(start, 0), source.length);
    end = Math.min(Math.max(end, start), source.length);
    while (end > start && /\s/.test(source[end - 1] ?? '')) end--;
  }
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(end, start));
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col, path: formatPath(path) };
}

/**
 * Locates fields in one YAML document; a missing field points at the key line of its nearest present parent only
 * (not the parent's whole block), or at the first key when even the top-level field is missing.
 */
export function locator(doc: Document.Parsed | null, lineCounter: LineCounter, source?: string): Locate {
  // Each mapping's pairs by key (the first of duplicates), built when first asked: locating every key of a huge
  // mapping stays linear. The index lives as long as this document's locator.
  const indexes = new Map<YAMLMap, Map<string, Pair>>();
  const pairsByKey = (map: YAMLMap): Map<string, Pair> => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const item of map.items) {
        if (isScalar(item.key)) {
          const key = String(item.key.value);
          if (!index.has(key)) index.set(key, item as Pair);
        }
      }
      indexes.set(map, index);
    }
    return index;
  };
  return (path) => {
    const docRange = (doc?.contents as Node | null | undefined)?.range;
    // The anchor: the range of the deepest node found, its key included (numbers, not arrays: no garbage).
    let start = docRange ? docRange[0] : 0;
    let end = docRange ? docRange[1] : 0;
    let atDocument = true;
    let node: unknown = doc?.contents;
    let found = true;
    for (const segment of path) {
      let next: unknown;
      let pair: Pair | undefined;
      if (isMap(node) && typeof segment === 'string') {
        pair = pairsByKey(node).get(segment);
        next = pair?.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        next = node.items[segment];
      }
      if (next === undefined && pair === undefined) {
        found = false;
        break;
      }
      const keyRange = (pair?.key as Node | null | undefined)?.range;
      const valueRange = (next as Node | null | undefined)?.range;
      if (keyRange) {
        start = keyRange[0];
        end = valueRange ? valueRange[1] : keyRange[1];
        atDocument = false;
      } else if (valueRange) {
        start = valueRange[0];
        end = valueRange[1];
        atDocument = false;
      }
      node = next;
    }
    if (!found) {
      const firstKey = path.length > 0 && atDocument && isMap(doc?.contents) ? (doc.contents.items[0]?.key as Node | null | undefined)?.range : undefined;
      if (firstKey) return positionOf(lineCounter, firstKey[0], firstKey[1], path, source);
      // Point at the parent's key line only, not its whole block: end before the next line starts.
      const nextLineStart = lineCounter.lineStarts[lineCounter.linePos(start).line];
      if (nextLineStart !== undefined && end >= nextLineStart) end = Math.max(start, nextLineStart - 1);
    }
    return positionOf(lineCounter, start, end, path, source);
  };
}

/** Walks the zod schema to the object at `path` and lists its keys (for "did you mean"). */
function knownKeysAt(root: z.ZodType, path: YamlPath): string[] {
  let schema: unknown = root;
  for (const segment of path) {
    schema = unwrap(schema);
    if (typeof segment === 'number') schema = schema instanceof z.ZodArray ? schema.element : undefined;
    else schema = schema instanceof z.ZodObject ? schema.shape[segment] : undefined;
  }
  schema = unwrap(schema);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unwrap(schema: unknown): unknown {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap();
  return current;
}

/**
 * A value of the wrong type as a message describes it. `quote` false for a whole document that is no mapping: it
 * may be any file (a link to a secret), so none of it is quoted.
 */
function describeValue(value: unknown, quote = true): { kind: ValueKind; type: string; value: string | null; length: number | null } {
  const type = typeof value;
  if (value === null) return { kind: 'null', type, value: null, length: null };
  if (Array.isArray(value)) return { kind: 'list', type, value: null, length: null };
  if (typeof value === 'object') return { kind: 'mapping', type, value: null, length: null };
  if (typeof value === 'string' && !quote) return { kind: 'text', type, value: null, length: value.length };
  if (typeof value === 'string') return { kind: 'string', type, value: quoted(value), length: null };
  return { kind: 'scalar', type, value: quote ? String(value) : null, length: null };
}

/** "Did you mean" for a plausible typo only: comparing a huge text with every name would take seconds. */
function suggestion(input: string, known: readonly string[]): string | null {
  return input.length <= 64 ? (nearest(input, known) ?? null) : null;
}

/** What an unknown key is when it is a field of the other format version: where it went, or that it is one. */
function versionHint(path: YamlPath, key: string, version: 1 | 2, schemas: AnnouncementSchemas): { movedTo: string | null; v2Field: boolean } {
  if (key.length > 64) return { movedTo: null, v2Field: false };
  const dotted = formatPath([...path, key]);
  if (version === 2) {
    const moved = MOVED_IN_V2.find(({ from }) => formatPath(from) === dotted);
    return { movedTo: moved ? formatPath(moved.to) : null, v2Field: false };
  }
  return { movedTo: null, v2Field: knownKeysAt(schemas.v2, path).includes(key) };
}

/** The venue of the announcement's meeting, as far as it is written: it decides what a wrong meeting zone meant. */
function meetingPlace(data: unknown): ZoneContext {
  const meeting = (data as { meeting?: unknown } | null)?.meeting;
  const venue = typeof meeting === 'object' && meeting !== null ? (meeting as { venue?: unknown }).venue : undefined;
  if (typeof venue !== 'object' || venue === null) return {};
  const { city, country } = venue as { city?: unknown; country?: unknown };
  return { city: typeof city === 'string' ? city : undefined, country: typeof country === 'string' ? country : undefined };
}

/** The issues of the one form of a union whose type the value has (its issues are not about the type at the top). */
function matchingBranch(errors: readonly (readonly z.core.$ZodIssue[])[]): readonly z.core.$ZodIssue[] | null {
  const matching = errors.filter((branch) => branch.length > 0 && !branch.some((inner) => inner.path.length === 0 && (inner.code === 'invalid_type' || inner.code === 'invalid_value')));
  return matching.length === 1 ? matching[0]! : null;
}

function schemaProblems(issues: readonly z.core.$ZodIssue[], locate: Locate, schemas: AnnouncementSchemas, version: 1 | 2, data?: unknown): Problem[] {
  const schema = schemas.for(version);
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const fieldPath = path.length ? formatPath(path) : null;
    const field = fieldPath === null ? 'the announcement' : `\`${fieldPath}\``;
    // A value of several forms (format v2: `none` or a mapping; a date or a range): when the value has the type
    // of one form, that form's own problems say more (an unknown field, a bad date) than "expected one of".
    const branch = issue.code === 'invalid_union' ? matchingBranch(issue.errors) : null;
    if (branch) {
      const nested = branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
      for (const problem of schemaProblems(nested, locate, schemas, version, data)) problems.push(problem);
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, path);
      for (const key of issue.keys) {
        const hint = versionHint(path, key, version, schemas);
        const guess = hint.movedTo === null && !hint.v2Field ? suggestion(key, known) : null;
        problems.push(problem('schema', 'unknown-field', { key: shownKey(key), parent: fieldPath, ...hint, suggestion: guess }, locate([...path, key])));
      }
      continue;
    }
    const input = (issue as { input?: unknown }).input;
    const params = issue.code === 'custom' ? issue.params : undefined;
    const crossField: unknown = params?.messageId;
    if (typeof crossField === 'string' && isProblemMessageId(crossField)) {
      // A check across fields (schema.ts): its message id and values travel in the issue's params.
      const values = params!.evidence as Record<string, unknown>;
      problems.push(problem('schema', crossField, { field: fieldPath, ...values } as ProblemArgs[typeof crossField], locate(path)));
      continue;
    }
    let message = issue.message;
    if (issue.code === 'custom' && issue.params?.zone === true && typeof input === 'string') {
      // The meeting's own zone is worded with its venue; an invitee zone is somewhere else.
      message = zoneProblem(input, path[0] === 'meeting' ? meetingPlace(data) : {}) ?? message;
    }
    const at = locate(path);
    if (issue.code === 'invalid_type' && input === undefined) {
      problems.push(problem('schema', 'required-field', { field: fieldPath }, at));
      continue;
    } else if (message.startsWith('Invalid input') || message.startsWith('Too ') || message.startsWith('Invalid ')) {
      if (issue.code === 'invalid_type') {
        problems.push(problem('schema', 'wrong-type', { field: fieldPath, expected: issue.expected, ...describeValue(input, path.length > 0) }, at));
        continue;
      } else if (issue.code === 'invalid_value') {
        const values = issue.values.map(String);
        if (values.length === 1) problems.push(problem('schema', 'only-value', { field: fieldPath, value: values[0]! }, at));
        else {
          const given = typeof input === 'string' ? { value: quoted(input), suggestion: suggestion(input, values) } : { value: null, suggestion: null };
          problems.push(problem('schema', 'one-of', { field: fieldPath, values, ...given }, at));
        }
        continue;
      } else if (issue.code === 'too_small' && (typeof issue.minimum === 'number' || typeof issue.minimum === 'bigint')) {
        problems.push(problem('schema', issue.origin === 'array' ? 'too-few-items' : 'too-small', { field: fieldPath, minimum: Number(issue.minimum) }, at));
        continue;
      }
    } else if (issue.code !== 'custom' || path.length > 0) {
      message = `${field}: ${message}`;
    }
    problems.push({ rule: 'schema', message, at });
  }
  return problems;
}

const EMPTY_POSITION: Position = { line: 1, column: 1, endLine: 1, endColumn: 1, path: '' };

/** A size as people write it, `10MB`, `512 KB`, `2000000` (bytes); units are powers of 1024. Null when unreadable. */
export function parseSize(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|bytes?|kb?|kib|mb?|mib|gb?|gib)?\s*$/i.exec(text);
  if (!match) return null;
  const unit = (match[2] ?? 'b').toLowerCase()[0]!;
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const bytes = Math.floor(Number(match[1]) * factor);
  return Number.isSafeInteger(bytes) ? bytes : null;
}

/** A file-level problem: the file yields one result, carrying it, and nothing else is checked. */
function fileProblem(problem: Problem): LoadedDocument[] {
  return [{ index: 0, yaml: null, announcement: null, title: null, problems: [problem], locate: () => problem.at, source: '' }];
}

/** UTF-8 length of `text`, counted only as far as needed to compare it with `limit`. */
function exceedsSize(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair (4 bytes) counts 2 + 2 over its two halves.
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3;
    if (bytes > limit) return true;
  }
  return false;
}

/** Offset of the first byte that is not part of well-formed UTF-8 (RFC 3629), or -1. Linear, no allocation. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min = 0x80;
    let max = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) min = 0xa0; // overlong
      if (lead === 0xed) max = 0x9f; // surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) min = 0x90; // overlong
      if (lead === 0xf4) max = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? min : 0x80) || next > (k === 1 ? max : 0xbf)) return i;
    }
    i += length;
  }
  return -1;
}

const decoder = new TextDecoder('utf-8');

/** The bytes as text, or a syntax problem at the first byte that is not UTF-8 (line and column as an editor shows them). */
function decode(bytes: Uint8Array): string | Problem {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return problem('syntax', 'utf16-file', {}, EMPTY_POSITION);
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) return decoder.decode(bytes);
  let lineStart = bytes.lastIndexOf(0x0a, bad - 1) + 1;
  if (bad === 0) lineStart = 0;
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
  let column = decoder.decode(bytes.subarray(lineStart, bad)).length + 1;
  if (line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) column--; // the BOM is no column
  const byte = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
  return problem('syntax', 'invalid-utf8', { byte }, { line, column, endLine: line, endColumn: column + 1, path: '' });
}

/** The collections a CST token being built opens (scalars under construction do not nest). */
function nesting(stack: readonly { type: string }[]): number {
  let depth = 0;
  for (const token of stack) if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') depth++;
  return depth;
}

/** A limit reached while parsing: documents before it were parsed; the one it names was not. */
interface Stop {
  stopped: { problem: (at: Position) => Problem; offset: number };
}

/**
 * Parses the YAML stream as yaml's parseAllDocuments does, but measures nesting on the way: the parser is
 * iterative, yaml's composer is recursive, so a document nested too deeply never reaches the composer (it
 * would overflow the stack). Duplicate keys are checked afterwards, linearly (yaml's check is quadratic).
 * Documents come one at a time, so that a file of many holds one parsed tree at a time, not all of them.
 */
function* parseStream(text: string, limits: LoadLimits): Generator<Document.Parsed | Stop> {
  const parser = new Parser();
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
  let stopped: Stop['stopped'] | null = null;
  function* tokens() {
    for (const lexeme of new Lexer().lex(text)) {
      const offset = parser.offset;
      yield* parser.next(lexeme);
      if (parser.stack.length > limits.maxDepth && nesting(parser.stack) > limits.maxDepth) {
        stopped = { problem: (at) => problem('syntax', 'too-deep', { maxDepth: limits.maxDepth }, at), offset };
        return;
      }
    }
    yield* parser.end();
  }
  let count = 0;
  for (const doc of composer.compose(tokens())) {
    if (count >= limits.maxDocuments) {
      yield {
        stopped: { problem: (at) => problem('syntax', 'too-many-documents', { maxDocuments: limits.maxDocuments }, at), offset: doc.range[0] },
      };
      return;
    }
    count++;
    yield doc as Document.Parsed;
  }
  if (stopped) yield { stopped };
}

/**
 * The text's one line index, which every position of its documents is computed from. Lines are counted from the
 * text itself: yaml's parser reports line starts only where its tokens see them, which misses line breaks inside
 * tokens it cannot parse, and positions after those would be wrong.
 */
function lineIndex(text: string): LineCounter {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lineCounter.addNewLine(at + 1);
  return lineCounter;
}

/**
 * Parses every YAML document in the source and validates each against the format it names. Never throws for any
 * input. `schemas`: whose schemas to validate with (a linter passes its own); default, schemas of this call's own.
 */
export function loadAnnouncements(source: AnnouncementSource, limits: LoadLimits = DEFAULT_LOAD_LIMITS, schemas?: AnnouncementSchemas): LoadedDocument[] {
  return [...readAnnouncements(source, limits, schemas)];
}

/**
 * The documents of loadAnnouncements, one at a time: each is parsed and validated when it is asked for, so that a
 * caller that is done with one before taking the next holds one parsed document at a time.
 */
export function* readAnnouncements(
  source: AnnouncementSource,
  limits: LoadLimits = DEFAULT_LOAD_LIMITS,
  schemas: AnnouncementSchemas = new AnnouncementSchemas(),
): Generator<LoadedDocument> {
  const size = typeof source === 'string' ? exceedsSize(source, limits.maxFileSize) : source.byteLength > limits.maxFileSize;
  if (size) {
    yield* fileProblem(problem('syntax', 'file-too-large', { maxFileSize: limits.maxFileSize }, EMPTY_POSITION));
    return;
  }
  let text: string;
  if (typeof source === 'string') text = source;
  else {
    const decoded = decode(source);
    if (typeof decoded !== 'string') {
      yield* fileProblem(decoded);
      return;
    }
    text = decoded;
  }
  // A byte-order mark is no part of the text: columns on the first line count from after it, as editors do.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const lineCounter = lineIndex(text);
  let index = 0;
  for (const item of parseStream(text, limits)) {
    if ('stopped' in item) {
      const { offset } = item.stopped;
      const at = positionOf(lineCounter, offset, offset + 1, [], text);
      yield { index, yaml: null, announcement: null, title: null, problems: [item.stopped.problem(at)], locate: () => at, source: text };
    } else yield loadDocument(item, index, lineCounter, limits, text, schemas);
    index++;
  }
  if (index === 0) {
    yield* fileProblem(problem('schema', 'empty-file', {}, EMPTY_POSITION));
  }
}

/** A key as messages show it: as written, cut short when it is longer than any real field name could be. */
function shownKey(key: string): string {
  return key.length > 200 ? `${key.slice(0, 200)}…` : key;
}

/**
 * One pass over a composed document (its depth is already bounded): duplicate keys (a set per mapping, so
 * linear), and the number of aliases against maxAliasCount.
 */
function structureProblems(doc: Document.Parsed, lineCounter: LineCounter, limits: LoadLimits, source: string): Problem[] {
  const problems: Problem[] = [];
  let aliases = 0;
  const pending: unknown[] = [doc.contents];
  while (pending.length) {
    const node = pending.pop();
    if (isAlias(node)) {
      aliases++;
      if (aliases === limits.maxAliasCount + 1) {
        const [start, end] = node.range ?? [0, 0];
        problems.push(problem('syntax', 'too-many-aliases', { maxAliasCount: limits.maxAliasCount }, positionOf(lineCounter, start, end, [], source)));
      }
    } else if (isMap(node)) {
      const keys = new Set<string>();
      for (const pair of node.items) {
        if (isScalar(pair.key) && pair.key.range) {
          const key = String(pair.key.value);
          if (keys.has(key)) {
            const [start, end] = pair.key.range;
            problems.push(problem('syntax', 'duplicate-field', { key: shownKey(key) }, positionOf(lineCounter, start, end, [], source)));
          }
          keys.add(key);
        } else pending.push(pair.key);
        pending.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) pending.push(node.items[i]);
    }
  }
  return problems;
}

/** Most syntax or schema problems listed for one document: past a few hundred, more say nothing new. */
export const MAX_PROBLEMS_PER_DOCUMENT = 200;

/** The first MAX_PROBLEMS_PER_DOCUMENT problems in file order, and one that counts the rest. */
function capped(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS_PER_DOCUMENT) return problems;
  const sorted = [...problems].sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
  const kept = sorted.slice(0, MAX_PROBLEMS_PER_DOCUMENT);
  const last = kept[kept.length - 1]!;
  kept.push(problem(last.rule, 'more-problems', { count: problems.length - MAX_PROBLEMS_PER_DOCUMENT }, last.at));
  return kept;
}

/** What yaml says, in the words of the format: tags are not part of it, and positions are given apart. */
function yamlProblem(error: Document.Parsed['errors'][number], lineCounter: LineCounter, source: string): Problem {
  const [start, end] = error.pos;
  const at = positionOf(lineCounter, start, end, [], source);
  if (error.code === 'TAG_RESOLVE_FAILED') {
    const tag = shownKey(/^\S*/.exec(source.slice(start, Math.min(end, start + 200)))![0]);
    return problem('schema', 'yaml-tag', { tag }, at);
  }
  // yaml reports an unclosed quotation mark where the text ends: point at the line where it opens.
  const quote = error.code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(error.message)?.[1] : undefined;
  if (quote === '"' || quote === "'") {
    const opened = unclosedQuote(source.split('\n'), quote, at.line);
    if (opened && opened.line < at.line) {
      return problem('syntax', 'unclosed-quote', { quote, line: opened.line }, { line: opened.line, column: opened.column, endLine: opened.line, endColumn: opened.column + 1, path: '' });
    }
  }
  // What the error is about, as the line shows it: from its position to the end of that line.
  const lineEnd = source.indexOf('\n', start);
  const about = source.slice(start, lineEnd < 0 ? source.length : lineEnd).replace(/\r$/, '');
  return { rule: 'syntax', message: yamlInWords(error.code, error.message, about), at };
}

/** The first line that does not line up in the document, as its one problem, when yaml could not read it. */
function layoutProblem(doc: Document.Parsed, lineCounter: LineCounter, source: string): Problem | null {
  const first = lineCounter.linePos(doc.range[0]).line;
  const from = lineCounter.lineStarts[first - 1] ?? 0;
  const mistake = layoutMistake(source.slice(from).split('\n'), first);
  if (!mistake) return null;
  const { line, column, endColumn, message } = mistake;
  return { rule: 'syntax', message, at: { line, column, endLine: line, endColumn, path: '' } };
}

function loadDocument(doc: Document.Parsed, index: number, lineCounter: LineCounter, limits: LoadLimits, source: string, schemas: AnnouncementSchemas): LoadedDocument {
  const locate = locator(doc, lineCounter, source);
  const base = { index, yaml: doc, locate, source };
  // One space too many or a tab makes yaml report a cascade, mostly on other lines: the line that does not line
  // up is the one problem to fix first.
  const layout = doc.errors.length ? layoutProblem(doc, lineCounter, source) : null;
  if (layout) return { ...base, announcement: null, title: null, problems: [layout] };
  const problems = [...doc.errors, ...doc.warnings].map((error) => yamlProblem(error, lineCounter, source));
  for (const problem of structureProblems(doc, lineCounter, limits, source)) problems.push(problem);
  if (problems.length) return { ...base, announcement: null, title: null, problems: capped(problems) };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    const at = locate([]);
    const found: Problem =
      error instanceof Error && error.message.startsWith('Excessive alias count')
        ? problem('syntax', 'alias-expands-too-far', { maxAliasCount: limits.maxAliasCount }, at)
        : { rule: 'syntax', message: error instanceof Error ? error.message : String(error), at };
    return { ...base, announcement: null, title: null, problems: [found] };
  }
  if (data === null || data === undefined) {
    const at = doc.contents ? locate([]) : positionOf(lineCounter, doc.range[0], doc.range[0], [], source);
    return { ...base, announcement: null, title: null, problems: [problem('schema', 'empty-document', {}, at)] };
  }
  return validated(data, base, schemas);
}

/** A document's data checked against the format its `format_version` names (v1 when absent), and read as v2. */
function validated(data: unknown, base: Pick<LoadedDocument, 'index' | 'yaml' | 'locate' | 'source'>, schemas: AnnouncementSchemas): LoadedDocument {
  const version = isRecord(data) && Object.hasOwn(data, 'format_version') ? data.format_version : undefined;
  const schema = schemas.for(version);
  // Without zod's compiled fast path: compiling it costs a one-file run about 10 ms, and over 10,000 documents it
  // saved no time that could be told from noise (measured with CPU time, one document validated 10,000 times).
  const parsed = schema.safeParse(data, { reportInput: true, jitless: true });
  const title = isRecord(data) && Object.hasOwn(data, 'title') && typeof data.title === 'string' ? data.title : null;
  if (!parsed.success) {
    return { ...base, announcement: null, title, problems: capped(schemaProblems(parsed.error.issues, base.locate, schemas, version === 2 ? 2 : 1, data)) };
  }
  if (version === 2) return { ...base, announcement: parsed.data as Announcement, title, problems: [] };
  return { ...base, locate: v1Locator(base.locate), announcement: readV1AsV2(parsed.data as AnnouncementV1), title, problems: [] };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
