// A reader for the plain YAML announcements are written in: block mappings with simple keys, block lists,
// one-line flow collections, and one-line plain or quoted scalars, with comments above the first key and at
// line ends. It gives what yaml's parse, compose and toJS give for such a text (the same values, and the
// ranges the locator needs) at a fraction of the cost, since it builds no tokens and no Document.
//
// It answers null for anything else, and then the caller parses with yaml: anchors, tags, block scalars,
// several documents, comment lines between fields, multi-line scalars, quoted keys, escapes, tabs, CR, and
// every text yaml would report a problem in. Declining is always safe; accepting is only for texts whose
// reading is certain. tests/announcement/plain-yaml.test.ts compares it with yaml on fixtures and on
// generated and mutated documents.

/** A scalar: where it starts and where its text ends (yaml's range[0] and range[1]). */
export class PlainScalar {
  constructor(
    readonly start: number,
    readonly end: number,
  ) {}
}

export class PlainMap {
  readonly keys: string[] = [];
  readonly keyStarts: number[] = [];
  readonly values: PlainNode[] = [];
  end = 0;
  constructor(readonly start: number) {}

  private index: Map<string, number> | undefined;

  /**
   * The index of `key`, or -1. Announcement mappings have a dozen keys, which a scan finds fastest; a huge one gets
   * an index on first use, so that locating each of its keys (one finding per unknown field) stays linear.
   */
  indexOf(key: string): number {
    if (this.keys.length <= 32) return this.keys.indexOf(key);
    if (!this.index) {
      this.index = new Map();
      this.keys.forEach((name, at) => this.index!.set(name, at));
    }
    return this.index.get(key) ?? -1;
  }
}

export class PlainSeq {
  readonly items: PlainNode[] = [];
  end = 0;
  constructor(readonly start: number) {}
}

export type PlainNode = PlainScalar | PlainMap | PlainSeq;

export interface PlainDocument {
  /** What yaml's toJS gives. */
  data: Record<string, unknown>;
  /** The root mapping, with the ranges of every node. */
  root: PlainMap;
}

/** Thrown (and caught below) when the text leaves the plain subset; never escapes this module. */
const DECLINE = Symbol('not plain YAML');

// Characters that make a text worth yaml's full attention wherever they stand: tabs, CR and other controls,
// escapes, C1 controls and the characters YAML or JavaScript treat as line or byte-order marks, surrogates.
const UNUSUAL = /[\u0000-\u0009\u000b-\u001f\\\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/;

/** Plain-scalar texts that the core schema resolves to something other than a string start with one of these. */
const MAYBE_NOT_STRING = /^[-+.~0-9nNtTfF]/;

/** yaml's core schema, in its order: null, bool, octal, decimal and hexadecimal integers, special floats, floats. */
function resolvePlain(text: string): unknown {
  if (text === '') return null;
  if (!MAYBE_NOT_STRING.test(text)) return text;
  if (/^(?:~|[Nn]ull|NULL)$/.test(text)) return null;
  if (/^(?:[Tt]rue|TRUE)$/.test(text)) return true;
  if (/^(?:[Ff]alse|FALSE)$/.test(text)) return false;
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) {
    return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text)) return parseFloat(text);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text);
  return text;
}

/** A key the plain reader takes: a name, and one the core schema reads as a string that is safe as a property. */
function isPlainKey(key: string): boolean {
  return key !== '__proto__' && typeof resolvePlain(key) === 'string';
}

const SPACE = 0x20;
const NEWLINE = 0x0a;
const HASH = 0x23;
const COLON = 0x3a;

function isNameStart(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;
}

function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d;
}

/** Characters that may not start a plain scalar (YAML's indicators); `-`, `?` and `:` may when a safe character follows. */
const INDICATORS = new Set('-?:,[]{}#&*!|>\'"%@`');

class Reader {
  /** Start of the current line. */
  private lineStart = 0;
  /** Indentation, first non-space character and end (the newline's offset, or the text's length) of the current line. */
  private indent = 0;
  private content = 0;
  private lineEnd = 0;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  read(): PlainDocument {
    this.skipHeader();
    if (this.indent !== 0 || this.content >= this.text.length) throw DECLINE;
    const data: Record<string, unknown> = {};
    const root = this.blockMap(0, 1, data);
    if (this.content < this.text.length) throw DECLINE;
    return { data, root };
  }

  /** Moves to the line starting at `offset` and measures it. */
  private at(offset: number): void {
    const text = this.text;
    this.lineStart = offset;
    let i = offset;
    while (i < text.length && text.charCodeAt(i) === SPACE) i++;
    this.indent = i - offset;
    this.content = i;
    const newline = text.indexOf('\n', i);
    this.lineEnd = newline === -1 ? text.length : newline;
  }

  /** The start of the line after the current one (the text's length at the end). */
  private nextLineStart(): number {
    return this.lineEnd < this.text.length ? this.lineEnd + 1 : this.text.length;
  }

  /** Comment and blank lines before the first key, then the first key's line. Declines directives and document markers. */
  private skipHeader(): void {
    const text = this.text;
    for (let offset = 0; ; ) {
      this.at(offset);
      if (this.content === this.lineEnd || text.charCodeAt(this.content) === HASH) {
        if (this.lineEnd >= text.length) {
          this.content = text.length;
          return;
        }
        offset = this.lineEnd + 1;
        continue;
      }
      if (this.indent === 0 && /^(?:%|---|\.\.\.)/.test(text.slice(offset, offset + 3))) throw DECLINE;
      return;
    }
  }

  /** From the start of a line, the next line with content; `content` is the text's length at the end. Comment lines decline. */
  private nextContentLine(offset: number): void {
    const text = this.text;
    while (offset < text.length) {
      this.at(offset);
      if (this.content < this.lineEnd) {
        if (text.charCodeAt(this.content) === HASH) throw DECLINE;
        if (this.indent === 0 && /^(?:---|\.\.\.)/.test(text.slice(offset, offset + 3))) throw DECLINE;
        return;
      }
      offset = this.lineEnd + 1;
    }
    this.lineStart = this.content = this.lineEnd = text.length;
    this.indent = -1;
  }

  /** The end of a simple key starting at `from` (its colon), or -1 when no `name:` followed by a space or line end is there. */
  private keyEnd(from: number): number {
    const text = this.text;
    if (!isNameStart(text.charCodeAt(from))) return -1;
    let i = from + 1;
    while (i < this.lineEnd && isNameChar(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== COLON) return -1;
    if (i + 1 < this.lineEnd && text.charCodeAt(i + 1) !== SPACE) return -1;
    return i;
  }

  /** A block mapping whose keys stand at column `indent`; the current line holds its first key at `content`. */
  private blockMap(indent: number, depth: number, data: Record<string, unknown>): PlainMap {
    if (depth >= this.maxDepth) throw DECLINE;
    const map = new PlainMap(this.content);
    for (;;) {
      const keyStart = this.content;
      const colon = this.keyEnd(keyStart);
      if (colon < 0) throw DECLINE;
      const key = this.text.slice(keyStart, colon);
      if (!isPlainKey(key) || Object.hasOwn(data, key)) throw DECLINE;
      const node = this.blockValue(colon + 1, indent, depth, data, key);
      map.keys.push(key);
      map.keyStarts.push(keyStart);
      map.values.push(node);
      // `end` was left by the value: where yaml ends the map's range.
      map.end = this.valueEnd;
      if (this.indent === indent && this.content < this.text.length) {
        if (this.keyEnd(this.content) < 0 && this.isSeqItem()) break; // a list below a parent key at the same column
        continue;
      }
      if (this.indent > indent) throw DECLINE;
      break;
    }
    return map;
  }

  /** Where the last value read ends, with its line's comment and newline (yaml's range[2]). */
  private valueEnd = 0;

  private isSeqItem(): boolean {
    const next = this.content + 1;
    return this.text.charCodeAt(this.content) === 0x2d && (next >= this.lineEnd || this.text.charCodeAt(next) === SPACE);
  }

  /**
   * The value after a key's colon at `from`: on the same line, or a block on the lines below, or nothing (null).
   * Leaves the reader on the next line with content, and stores the value in `into[key]`.
   */
  private blockValue(from: number, indent: number, depth: number, into: Record<string, unknown> | unknown[], key: string | number): PlainNode {
    const text = this.text;
    let i = from;
    while (i < this.lineEnd && text.charCodeAt(i) === SPACE) i++;
    if (i >= this.lineEnd || text.charCodeAt(i) === HASH) {
      const emptyAt = i;
      this.nextContentLine(this.nextLineStart());
      const below = this.indent > indent || (this.indent === indent && typeof key === 'string' && this.isSeqItem());
      if (this.content < text.length && below) {
        if (this.isSeqItem()) {
          const items: unknown[] = [];
          (into as Record<string, unknown>)[key] = items;
          return this.blockSeq(this.indent, depth + 1, items);
        }
        const data: Record<string, unknown> = {};
        (into as Record<string, unknown>)[key] = data;
        return this.blockMap(this.indent, depth + 1, data);
      }
      (into as Record<string, unknown>)[key] = null;
      this.valueEnd = this.lineStart;
      return new PlainScalar(emptyAt, emptyAt);
    }
    const node = this.inlineValue(i, depth, into, key);
    this.nextContentLine(this.nextLineStart());
    this.valueEnd = this.lineStart;
    return node;
  }

  /** A value that fills the rest of the line from `from` (nothing but a comment may follow it). */
  private inlineValue(from: number, depth: number, into: Record<string, unknown> | unknown[], key: string | number): PlainNode {
    const text = this.text;
    const code = text.charCodeAt(from);
    let node: PlainNode;
    let after: number;
    if (code === 0x5b || code === 0x7b) {
      node = this.flow(from, depth + 1, into, key);
      after = node.end;
    } else if (code === 0x22 || code === 0x27) {
      const end = this.quoted(from, into, key);
      node = new PlainScalar(from, end);
      after = end;
    } else {
      if (!this.mayStartPlain(from, false)) throw DECLINE;
      // The scalar ends at a comment (` #`) or the line's end; searched within the line, so a long text stays linear.
      let end = from;
      while (end < this.lineEnd && !(text.charCodeAt(end) === HASH && text.charCodeAt(end - 1) === SPACE)) end++;
      while (text.charCodeAt(end - 1) === SPACE) end--;
      const value = text.slice(from, end);
      if (value.includes(': ') || value.endsWith(':') || value.includes(' #')) throw DECLINE;
      (into as Record<string, unknown>)[key] = resolvePlain(value);
      return new PlainScalar(from, end);
    }
    // After a flow collection or a quoted scalar: spaces, then the line's end or a comment.
    let i = after;
    while (i < this.lineEnd && text.charCodeAt(i) === SPACE) i++;
    if (i < this.lineEnd && !(text.charCodeAt(i) === HASH && i > after)) throw DECLINE;
    return node;
  }

  private mayStartPlain(at: number, inFlow: boolean): boolean {
    const text = this.text;
    const char = text[at]!;
    if (!INDICATORS.has(char)) return true;
    if (char !== '-' && char !== '?' && char !== ':') return false;
    const next = text.charCodeAt(at + 1);
    if (at + 1 >= this.lineEnd || next === SPACE) return false;
    return !(inFlow && (next === 0x2c || next === 0x5b || next === 0x5d || next === 0x7b || next === 0x7d));
  }

  /** A quoted scalar on one line, without escapes; returns the offset after its closing quote. */
  private quoted(from: number, into: Record<string, unknown> | unknown[], key: string | number): number {
    const text = this.text;
    const quote = text[from]!;
    let value = '';
    let i = from + 1;
    for (;;) {
      const close = text.indexOf(quote, i);
      if (close === -1 || close >= this.lineEnd) throw DECLINE;
      value += text.slice(i, close);
      if (quote === "'" && text[close + 1] === "'") {
        value += "'";
        i = close + 2;
        continue;
      }
      (into as Record<string, unknown>)[key] = value;
      return close + 1;
    }
  }

  /** A block list whose dashes stand at column `indent`; the current line holds its first item. */
  private blockSeq(indent: number, depth: number, items: unknown[]): PlainSeq {
    if (depth >= this.maxDepth) throw DECLINE;
    const text = this.text;
    const seq = new PlainSeq(this.content);
    for (;;) {
      let i = this.content + 1;
      while (i < this.lineEnd && text.charCodeAt(i) === SPACE) i++;
      if (i >= this.lineEnd || text.charCodeAt(i) === HASH) throw DECLINE;
      let node: PlainNode;
      if (this.keyEnd(i) >= 0) {
        // `- key: value`: a mapping whose keys stand at the first key's column.
        const data: Record<string, unknown> = {};
        items.push(data);
        this.content = i;
        this.indent = i - this.lineStart;
        node = this.blockMap(this.indent, depth + 1, data);
      } else {
        if (text.charCodeAt(i) === 0x2d && (i + 1 >= this.lineEnd || text.charCodeAt(i + 1) === SPACE)) throw DECLINE;
        node = this.inlineValue(i, depth, items, items.length);
        this.nextContentLine(this.nextLineStart());
        this.valueEnd = this.lineStart;
      }
      seq.items.push(node);
      seq.end = this.valueEnd;
      if (this.indent === indent && this.content < text.length) {
        if (this.isSeqItem()) continue;
        break; // the parent mapping's next key, at the list's column
      }
      if (this.indent > indent) throw DECLINE;
      break;
    }
    return seq;
  }

  /** A flow collection (`[...]` or `{...}`) that closes on its line; its range ends after the closing bracket. */
  private flow(from: number, depth: number, into: Record<string, unknown> | unknown[], key: string | number): PlainMap | PlainSeq {
    if (depth >= this.maxDepth) throw DECLINE;
    const text = this.text;
    const isMap = text.charCodeAt(from) === 0x7b;
    const close = isMap ? 0x7d : 0x5d;
    const map = isMap ? new PlainMap(from) : null;
    const seq = isMap ? null : new PlainSeq(from);
    const data: Record<string, unknown> = {};
    const items: unknown[] = [];
    (into as Record<string, unknown>)[key] = isMap ? data : items;
    let i = from + 1;
    const skipSpaces = () => {
      while (i < this.lineEnd && text.charCodeAt(i) === SPACE) i++;
      if (i >= this.lineEnd) throw DECLINE;
    };
    skipSpaces();
    if (text.charCodeAt(i) !== close) {
      for (;;) {
        if (map) {
          const keyStart = i;
          const colon = this.keyEnd(i);
          if (colon < 0 || text.charCodeAt(colon + 1) !== SPACE) throw DECLINE;
          const name = text.slice(keyStart, colon);
          if (!isPlainKey(name) || Object.hasOwn(data, name)) throw DECLINE;
          i = colon + 1;
          skipSpaces();
          const next = text.charCodeAt(i);
          let node: PlainNode;
          if (next === 0x2c || next === close) {
            data[name] = null;
            node = new PlainScalar(i, i);
          } else {
            node = this.flowValue(i, depth, data, name);
            i = node.end;
          }
          map.keys.push(name);
          map.keyStarts.push(keyStart);
          map.values.push(node);
        } else {
          const node = this.flowValue(i, depth, items, items.length);
          seq!.items.push(node);
          i = node.end;
        }
        skipSpaces();
        const next = text.charCodeAt(i);
        if (next === close) break;
        if (next !== 0x2c) throw DECLINE;
        i++;
        skipSpaces();
        if (text.charCodeAt(i) === close || text.charCodeAt(i) === 0x2c) throw DECLINE;
      }
    }
    const node = (map ?? seq)!;
    node.end = i + 1;
    return node;
  }

  /** One value inside a flow collection. */
  private flowValue(from: number, depth: number, into: Record<string, unknown> | unknown[], key: string | number): PlainNode {
    const text = this.text;
    const code = text.charCodeAt(from);
    if (code === 0x5b || code === 0x7b) return this.flow(from, depth + 1, into, key);
    if (code === 0x22 || code === 0x27) return new PlainScalar(from, this.quoted(from, into, key));
    if (!this.mayStartPlain(from, true)) throw DECLINE;
    let i = from;
    for (; i < this.lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x2c || c === 0x5d || c === 0x7d) break;
      if (c === 0x5b || c === 0x7b) throw DECLINE;
      if (c === HASH && text.charCodeAt(i - 1) === SPACE) throw DECLINE;
      if (c === COLON) {
        const next = text.charCodeAt(i + 1);
        if (i + 1 >= this.lineEnd || next === SPACE || next === 0x2c || next === 0x5b || next === 0x5d || next === 0x7b || next === 0x7d) throw DECLINE;
      }
    }
    if (i >= this.lineEnd) throw DECLINE;
    let end = i;
    while (text.charCodeAt(end - 1) === SPACE) end--;
    (into as Record<string, unknown>)[key] = resolvePlain(text.slice(from, end));
    return new PlainScalar(from, end);
  }
}

/**
 * Reads `text` when it is plain YAML (see the top of this file), else null. `maxDepth` is the nesting limit:
 * texts that come near it are declined, so that yaml reports it as it always does.
 */
export function readPlainYaml(text: string, maxDepth: number): PlainDocument | null {
  if (UNUSUAL.test(text)) return null;
  try {
    return new Reader(text, maxDepth).read();
  } catch (error) {
    if (error === DECLINE) return null;
    throw error;
  }
}
