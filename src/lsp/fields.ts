// Which rules read which field, and which field the cursor is on. The table is derived from the template that
// `invitelint init` writes: its comment on each field's line names the rules that read it in [brackets]
// (tests/authoring/template.test.ts checks that every field is explained there). Nothing is written twice.
import { isMap, isPair, isScalar, isSeq, parseAllDocuments, parseDocument, type Node } from 'yaml';
import { ANNOUNCEMENT_TEMPLATE } from '../authoring/template.js';

/** A field of the format as the template writes it: its path without list indexes, e.g. `invitees.groups.selection`. */
export interface TemplateField {
  path: string;
  /** The template's explanation of the field, without the rule names. */
  explanation: string;
  /** The rule ids the template names as reading this field, in its order. */
  rules: string[];
}

const RULE_NAMES = /\s*\[([a-z0-9-]+(?:,\s*[a-z0-9-]+)*)\]\s*$/;

/** A key and the node it names, with the path of keys that leads there (list items add nothing to the path). */
interface KeyAt {
  keys: string[];
  keyStart: number;
  keyEnd: number;
  /** Where the value ends (the key's end when there is no value). */
  valueEnd: number;
}

/** Every key of a YAML tree with its path, in document order. */
function keysOf(node: Node | null | undefined, keys: string[], into: KeyAt[]): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue;
      const name = String(pair.key.value);
      const value = pair.value as Node | null;
      const path = [...keys, name];
      into.push({ keys: path, keyStart: pair.key.range[0], keyEnd: pair.key.range[1], valueEnd: value?.range?.[1] ?? pair.key.range[1] });
      keysOf(value, path, into);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) keysOf(item as Node, keys, into);
  }
}

/** The fields of the template, by path, each with the rules its comment names. */
export function templateFields(template: string = ANNOUNCEMENT_TEMPLATE): Map<string, TemplateField> {
  const document = parseDocument(template);
  const keys: KeyAt[] = [];
  keysOf(document.contents as Node, [], keys);
  const fields = new Map<string, TemplateField>();
  for (const key of keys) {
    const lineEnd = template.indexOf('\n', key.keyStart);
    const line = template.slice(key.keyStart, lineEnd === -1 ? template.length : lineEnd);
    const comment = /\s#\s(.*)$/.exec(line)?.[1] ?? '';
    const named = RULE_NAMES.exec(comment);
    const path = key.keys.join('.');
    const known = fields.get(path);
    const rules = named ? named[1]!.split(',').map((id) => id.trim()) : [];
    // A list's later items repeat a field (`groups[1].selection`): the first explanation stands, the rules add up.
    if (known) {
      for (const rule of rules) if (!known.rules.includes(rule)) known.rules.push(rule);
    } else {
      fields.set(path, { path, explanation: comment.replace(RULE_NAMES, '').trim(), rules });
    }
  }
  return fields;
}

/**
 * The field whose key, or whose value on the key's own line, is at `offset` in `text` (a UTF-16 index, as the
 * editor counts), in document `index` order: the innermost one. Null elsewhere.
 */
export function fieldAt(text: string, offset: number): { path: string; start: number; end: number } | null {
  let found: KeyAt | null = null;
  for (const document of parseAllDocuments(text)) {
    if (!('contents' in document)) continue;
    const keys: KeyAt[] = [];
    keysOf(document.contents as Node | null, [], keys);
    for (const key of keys) {
      const lineEnd = text.indexOf('\n', key.keyStart);
      const end = Math.min(key.valueEnd, lineEnd === -1 ? text.length : lineEnd);
      if (offset >= key.keyStart && offset <= Math.max(end, key.keyEnd)) found = key;
    }
  }
  return found ? { path: found.keys.join('.'), start: found.keyStart, end: found.keyEnd } : null;
}
