// The one fix the server offers: a top-level block that a document does not state at all, inserted as the
// template that `invitelint init` writes has it, with its comments. It is offered only when the result is
// certain: the edited text parses, holds the same documents, and states the block exactly as the template does.
import { isDeepStrictEqual } from 'node:util';
import { isMap, isPair, isScalar, parseAllDocuments, parseDocument, type Document, type Node } from 'yaml';

type ParsedDocument = Document.Parsed;
import { ANNOUNCEMENT_TEMPLATE } from '../authoring/template.js';

/** A top-level block of the template: its key, its text (key line to last line, comments kept), its value. */
export interface TemplateBlock {
  key: string;
  text: string;
  value: unknown;
}

/** The template's top-level blocks that span more than their own line (a mapping or a list), by key. */
export function templateBlocks(template: string = ANNOUNCEMENT_TEMPLATE): Map<string, TemplateBlock> {
  const document = parseDocument(template);
  const blocks = new Map<string, TemplateBlock>();
  if (!isMap(document.contents)) return blocks;
  const pairs = document.contents.items;
  const lineStart = (offset: number) => template.lastIndexOf('\n', offset - 1) + 1;
  for (const [index, pair] of pairs.entries()) {
    if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue;
    const start = lineStart(pair.key.range[0]);
    const next = pairs[index + 1];
    const end = next && isScalar(next.key) && next.key.range ? lineStart(next.key.range[0]) : template.length;
    const text = template.slice(start, end).replace(/\s+$/, '');
    if (!text.includes('\n')) continue; // a one-line field (title, issued, labels) is no block
    blocks.set(String(pair.key.value), { key: String(pair.key.value), text, value: (pair.value as Node).toJSON() });
  }
  return blocks;
}

/** The top-level key a finding's path starts with: `support` for `support.travel_funding`, `invitees` for `invitees.groups[0]`. */
export function topLevelKey(path: string): string {
  return /^[^.[]*/.exec(path)![0];
}

export interface BlockInsertion {
  key: string;
  /** Where to insert (a UTF-16 index into the text) and what. */
  offset: number;
  text: string;
}

/** The documents of `text` as the loader counts them (each `---` starts one). */
function documentsOf(text: string): ParsedDocument[] {
  return [...parseAllDocuments(text)].filter((document): document is ParsedDocument => 'contents' in document);
}

/**
 * How to insert the template's `key` block at the end of document `index` of `text`, or null when that is not
 * certain: the document must be a block mapping at the left margin without that key, parse without errors,
 * and after the edit state the block exactly as the template does, with every other document unchanged.
 */
export function blockInsertion(text: string, index: number, key: string, blocks: Map<string, TemplateBlock>): BlockInsertion | null {
  const block = blocks.get(key);
  if (!block) return null;
  const documents = documentsOf(text);
  const document = documents[index];
  if (!document || document.errors.length > 0) return null;
  const root = document.contents;
  if (!isMap(root) || root.flow || !root.range || root.has(key)) return null;
  const first = root.items[0];
  if (!first || !isScalar(first.key) || !first.key.range) return null;
  const firstKey = first.key.range[0];
  if (firstKey !== text.lastIndexOf('\n', firstKey - 1) + 1) return null; // the mapping is indented
  // After the line where the mapping's last value ends.
  const lastLineEnd = text.indexOf('\n', Math.max(root.range[1] - 1, firstKey));
  let offset = lastLineEnd === -1 ? text.length : lastLineEnd;
  if (text[offset - 1] === '\r') offset--;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const insertion = { key, offset, text: `${eol}${eol}${block.text.replace(/\n/g, eol)}` };
  return insertionHolds(text, index, insertion, block, documents) ? insertion : null;
}

function insertionHolds(text: string, index: number, insertion: BlockInsertion, block: TemplateBlock, before: ParsedDocument[]): boolean {
  const edited = `${text.slice(0, insertion.offset)}${insertion.text}${text.slice(insertion.offset)}`;
  const after = documentsOf(edited);
  if (after.length !== before.length || after.some((document) => document.errors.length > 0)) return false;
  const root = after[index]!.contents;
  if (!isMap(root)) return false;
  const inserted = root.get(insertion.key, true) as Node | undefined;
  if (!inserted || !isDeepStrictEqual(inserted.toJSON(), block.value)) return false;
  // Everything the document stated before, it states after; the other documents are untouched.
  const withoutBlock = after[index]!.toJSON() as Record<string, unknown>;
  delete withoutBlock[insertion.key];
  if (!isDeepStrictEqual(withoutBlock, before[index]!.toJSON())) return false;
  return after.every((document, each) => each === index || isDeepStrictEqual(document.toJSON(), before[each]!.toJSON()));
}
