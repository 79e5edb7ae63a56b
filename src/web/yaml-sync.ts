// The form and the YAML text kept in step through yaml's Document API: a change in the form edits the one field in
// the parsed document and writes the text out again, so comments and the order of fields stay as they were.
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import type { FieldPath, FieldValue } from './form.js';

/** The text parsed as one document, or why the form cannot edit it. */
export type Parsed = { doc: Document; data: unknown } | { problem: string };

export function parseForForm(text: string): Parsed {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  const first = doc.errors[0];
  if (first) {
    const line = text.slice(0, first.pos[0]).split('\n').length;
    return { problem: `The form cannot follow the YAML until line ${line} is fixed (the report says how).` };
  }
  if (doc.contents !== null && !isMap(doc.contents)) return { problem: 'The form can fill an announcement only: the YAML is not a set of fields.' };
  return { doc, data: doc.toJS() ?? {} };
}

const STRINGIFY = { lineWidth: 0 } as const;

/** Removes the mappings left empty along `path` once its last field is gone. */
function pruneEmpty(doc: Document, path: FieldPath): void {
  for (let depth = path.length - 1; depth > 0; depth--) {
    const parent = doc.getIn(path.slice(0, depth), true);
    if (isMap(parent) && parent.items.length === 0) doc.deleteIn(path.slice(0, depth));
    else break;
  }
}

/** The text with one field set (or removed, for an undefined value). */
export function withField(doc: Document, path: FieldPath, value: FieldValue): string {
  if (value === undefined) {
    if (doc.hasIn(path)) doc.deleteIn(path);
    pruneEmpty(doc, path);
  } else if (Array.isArray(value)) {
    // A list keeps the style it was written in: `[en, fr]` stays on one line.
    const before = doc.getIn(path, true);
    const node = doc.createNode(value);
    node.flow = isSeq(before) ? before.flow === true : true;
    doc.setIn(path, node);
  } else {
    doc.setIn(path, value);
  }
  if (doc.contents === null) return '';
  return doc.toString(STRINGIFY);
}

/** The text with an empty entry added at the end of the list at `path`. */
export function withEntry(doc: Document, path: FieldPath): string {
  const list = doc.getIn(path, true);
  const entry = doc.createNode({});
  if (isSeq(list)) list.items.push(entry);
  else doc.setIn(path, doc.createNode([{}]));
  return doc.toString(STRINGIFY);
}

/** The text without the entry at `path` (a list and its index). */
export function withoutEntry(doc: Document, path: FieldPath): string {
  doc.deleteIn(path);
  const list = doc.getIn(path.slice(0, -1), true);
  if (isSeq(list) && list.items.length === 0) {
    doc.deleteIn(path.slice(0, -1));
    pruneEmpty(doc, path.slice(0, -1));
  }
  if (doc.contents === null) return '';
  return doc.toString(STRINGIFY);
}
