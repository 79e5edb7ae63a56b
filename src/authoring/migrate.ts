// `invitelint migrate`: rewrites format v1 announcements as format v2 (docs/format.md, "Migrating from v1").
// It moves and renames only, never adds a fact: `format_version` becomes 2, and each field MOVED_IN_V2 names goes
// to its v2 home, with its comments. Comments, key order, quoting and flow style stay as written (yaml's
// Document API edits the nodes in place).
import { isMap, isScalar, parseAllDocuments, Scalar, YAMLMap, type Document, type Pair } from 'yaml';
import { MOVED_IN_V2 } from '../announcement/schema.js';

export interface MigrationResult {
  /** The migrated text; equal to the input when nothing needed to change, null when it cannot be migrated. */
  text: string | null;
  /** What was done, one sentence each ("line 13: `meeting.registration_deadline` is now `admission.closes`"). */
  changes: string[];
  /** Why the text cannot be migrated (a syntax error, a document of another version), one sentence each. */
  problems: string[];
}

const keyOf = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : null);

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/** Migrates every document of a YAML text. Never throws; a text it cannot read comes back with its problems. */
export function migrateText(text: string): MigrationResult {
  const docs = parseAllDocuments(text, { uniqueKeys: false, keepSourceTokens: false });
  if (!Array.isArray(docs)) return { text: null, changes: [], problems: ['the file holds no YAML documents'] };
  const problems: string[] = [];
  for (const doc of docs) {
    for (const error of doc.errors) problems.push(`line ${lineOf(text, error.pos[0])}: ${error.message.split('\n')[0]!}; fix the YAML first`);
  }
  if (problems.length) return { text: null, changes: [], problems };
  const changes: string[] = [];
  docs.forEach((doc, index) => migrateDocument(doc, index, docs.length, text, changes, problems));
  if (problems.length) return { text: null, changes: [], problems };
  if (changes.length === 0) return { text, changes, problems };
  return { text: docs.map((doc) => doc.toString({ lineWidth: 0 })).join(''), changes, problems };
}

function migrateDocument(doc: Document.Parsed, index: number, count: number, text: string, changes: string[], problems: string[]): void {
  const where = count > 1 ? `document ${index + 1}, ` : '';
  if (!isMap(doc.contents)) {
    problems.push(`${where}line ${lineOf(text, doc.range[0])}: the document is no announcement (not a mapping of fields)`);
    return;
  }
  // Edited as plain nodes: the pairs moved and created here are not parsed ones.
  const root = doc.contents as unknown as YAMLMap;
  const versionPair = root.items.find((pair) => keyOf(pair) === 'format_version');
  const version = versionPair && isScalar(versionPair.value) ? versionPair.value.value : undefined;
  if (version === 2) return;
  if (versionPair && version !== 1) {
    problems.push(`${where}line ${lineOf(text, (versionPair.key as Scalar).range?.[0] ?? 0)}: \`format_version\` is ${String(version)}; only version 1 is migrated`);
    return;
  }
  if (versionPair) {
    (versionPair.value as Scalar).value = 2;
    changes.push(`${where}\`format_version\` is now 2`);
  } else {
    root.items.unshift(doc.createPair('format_version', 2) as Pair);
    changes.push(`${where}\`format_version: 2\` added`);
  }
  for (const { from, to } of MOVED_IN_V2) {
    const parentIndex = root.items.findIndex((pair) => keyOf(pair) === from[0]);
    const parent = root.items[parentIndex]?.value;
    if (!isMap(parent)) continue;
    const moving = parent.items.findIndex((pair) => keyOf(pair) === from[1]);
    if (moving === -1) continue;
    const [pair] = parent.items.splice(moving, 1) as [Pair];
    const key = pair.key as Scalar;
    const line = lineOf(text, key.range?.[0] ?? 0);
    // The pair keeps its value and comments; only its key's name changes.
    const renamed = new Scalar(to[1]);
    renamed.commentBefore = key.commentBefore;
    renamed.spaceBefore = key.spaceBefore;
    pair.key = renamed;
    let home: unknown = root.items.find((item) => keyOf(item) === to[0])?.value;
    if (!isMap(home)) {
      const created = new YAMLMap();
      home = created;
      // A new block goes right after the one the field left.
      root.items.splice(parentIndex + 1, 0, doc.createPair(to[0], created) as Pair);
    }
    (home as YAMLMap).items.push(pair);
    changes.push(`${where}line ${line}: \`${from.join('.')}\` is now \`${to.join('.')}\``);
  }
}
