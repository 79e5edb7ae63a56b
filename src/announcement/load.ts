// Text -> YAML documents with positions -> validated announcements. Problems are values, never exceptions.
import * as z from 'zod';
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  type Document,
  type Node,
  type Pair,
} from 'yaml';
import type { Position } from '../engine/types.js';
import { didYouMean } from '../engine/suggest.js';
import type { Locate, YamlPath } from './facts.js';
import { announcementSchema, type Announcement } from './schema.js';

export interface Problem {
  rule: 'syntax' | 'schema';
  message: string;
  at: Position;
}

export interface LoadedDocument {
  /** 0-based index of the document in the file. */
  index: number;
  /** The parsed YAML document, for tools that need comments (inline waivers). */
  yaml: Document.Parsed | null;
  announcement: Announcement | null;
  title: string | null;
  problems: Problem[];
  locate: Locate;
}

export interface LoadLimits {
  /** Most aliases a document may expand (a guard against "billion laughs"). */
  maxAliasCount: number;
}

export const DEFAULT_LOAD_LIMITS: LoadLimits = { maxAliasCount: 100 };

export function formatPath(path: YamlPath): string {
  let out = '';
  for (const segment of path) {
    out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  }
  return out;
}

function positionOf(lineCounter: LineCounter, start: number, end: number, path: YamlPath, source?: string): Position {
  // A block's range runs to the start of the next line: end the position at its last character instead.
  if (source !== undefined) while (end > start && /\s/.test(source[end - 1] ?? '')) end--;
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(end, start));
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col, path: formatPath(path) };
}

function rangeOf(node: unknown): [number, number] | null {
  const range = (node as Node | null)?.range;
  return range ? [range[0], range[1]] : null;
}

/** Locates fields in one YAML document; a missing field points at its nearest present parent's key. */
export function locator(doc: Document.Parsed | null, lineCounter: LineCounter, source?: string): Locate {
  return (path) => {
    const docStart = rangeOf(doc?.contents) ?? [0, 0];
    let anchor: [number, number] = docStart;
    let node: unknown = doc?.contents;
    let found = true;
    for (const segment of path) {
      let next: unknown;
      let pair: Pair | undefined;
      if (isMap(node) && typeof segment === 'string') {
        pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
        next = pair?.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        next = node.items[segment];
      }
      if (next === undefined && pair === undefined) {
        found = false;
        break;
      }
      const keyRange = rangeOf(pair?.key);
      const valueRange = rangeOf(next);
      if (keyRange) anchor = [keyRange[0], valueRange ? valueRange[1] : keyRange[1]];
      else if (valueRange) anchor = valueRange;
      node = next;
      if (!found) break;
    }
    if (!found) {
      // Point at the parent's key line only, not its whole block.
      const keyEnd = lineCounter.linePos(anchor[0]).line;
      let end = anchor[1];
      while (end > anchor[0] && lineCounter.linePos(end).line > keyEnd) end--;
      if (path.length > 0 && anchor === docStart && isMap(doc?.contents)) {
        const firstKey = rangeOf(doc.contents.items[0]?.key);
        if (firstKey) return positionOf(lineCounter, firstKey[0], firstKey[1], path, source);
      }
      return positionOf(lineCounter, anchor[0], end, path, source);
    }
    return positionOf(lineCounter, anchor[0], anchor[1], path, source);
  };
}

/** Walks the zod schema to the object at `path` and lists its keys (for "did you mean"). */
function knownKeysAt(path: YamlPath): string[] {
  let schema: unknown = announcementSchema;
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

function describeValue(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping of fields',
  array: 'a list',
};

function schemaProblems(issues: readonly z.core.$ZodIssue[], locate: Locate): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const field = path.length ? `\`${formatPath(path)}\`` : 'the announcement';
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(path);
      for (const key of issue.keys) {
        problems.push({
          rule: 'schema',
          message: `unknown field \`${key}\` in ${path.length ? field : 'the announcement'}${didYouMean(key, known)}`,
          at: locate([...path, key]),
        });
      }
      continue;
    }
    const input = (issue as { input?: unknown }).input;
    let message = issue.message;
    if (issue.code === 'invalid_type' && input === undefined) {
      message = `${field} is required`;
    } else if (message.startsWith('Invalid input') || message.startsWith('Too ') || message.startsWith('Invalid ')) {
      if (issue.code === 'invalid_type') {
        message = `${field} should be ${TYPE_WORDS[issue.expected] ?? issue.expected}, not ${describeValue(input)}`;
      } else if (issue.code === 'invalid_value') {
        const values = issue.values.map(String);
        message =
          values.length === 1
            ? `${field} can only be ${values[0]}`
            : `${field} should be one of: ${values.join(', ')}${typeof input === 'string' ? didYouMean(input, values) : ''}`;
      } else if (issue.code === 'too_small') {
        message =
          issue.origin === 'array'
            ? `${field} should list at least ${String(issue.minimum)} item`
            : `${field} should be at least ${String(issue.minimum)}`;
      }
    } else if (issue.code !== 'custom' || path.length > 0) {
      message = `${field}: ${message}`;
    }
    problems.push({ rule: 'schema', message, at: locate(path) });
  }
  return problems;
}

const EMPTY_POSITION: Position = { line: 1, column: 1, endLine: 1, endColumn: 1, path: '' };

/** Parses every YAML document in `text` and validates each against format v1. */
export function loadAnnouncements(text: string, limits: LoadLimits = DEFAULT_LOAD_LIMITS): LoadedDocument[] {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const list = Array.isArray(docs) ? docs : [];
  if (list.length === 0) {
    return [
      {
        index: 0,
        yaml: null,
        announcement: null,
        title: null,
        problems: [{ rule: 'schema', message: 'the file is empty: expected an announcement (run `invitelint init` for a template)', at: EMPTY_POSITION }],
        locate: () => EMPTY_POSITION,
      },
    ];
  }
  return list.map((doc, index) => loadDocument(doc, index, lineCounter, limits, text));
}

function loadDocument(doc: Document.Parsed, index: number, lineCounter: LineCounter, limits: LoadLimits, source: string): LoadedDocument {
  const locate = locator(doc, lineCounter, source);
  const yamlProblems = [...doc.errors, ...doc.warnings].map((error): Problem => {
    const [start, end] = error.pos;
    let message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    let keyEnd = end;
    if (error.code === 'DUPLICATE_KEY') {
      const key = /^[^:\n]*/.exec(source.slice(start))![0].trim();
      keyEnd = start + key.length;
      message = `the field \`${key}\` appears twice; each field may be given once`;
    }
    return { rule: 'syntax', message, at: positionOf(lineCounter, start, Math.max(keyEnd, end), [], source) };
  });
  const base = { index, yaml: doc, locate };
  if (yamlProblems.length) return { ...base, announcement: null, title: null, problems: yamlProblems };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ...base, announcement: null, title: null, problems: [{ rule: 'syntax', message, at: locate([]) }] };
  }
  if (data === null || data === undefined) {
    const at = doc.contents ? locate([]) : positionOf(lineCounter, doc.range[0], doc.range[0], []);
    return { ...base, announcement: null, title: null, problems: [{ rule: 'schema', message: 'the document is empty: expected an announcement', at }] };
  }
  const parsed = announcementSchema.safeParse(data, { reportInput: true });
  const title =
    typeof data === 'object' && typeof (data as { title?: unknown }).title === 'string'
      ? (data as { title: string }).title
      : null;
  if (!parsed.success) {
    return { ...base, announcement: null, title, problems: schemaProblems(parsed.error.issues, locate) };
  }
  return { ...base, announcement: parsed.data, title, problems: [] };
}
