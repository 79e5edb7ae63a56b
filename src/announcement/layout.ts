// The one indentation mistake behind a cascade of YAML errors. One extra space, or a tab, makes yaml report
// several errors, most of them on other lines ("Nested mappings are not allowed in compact mappings" on the line
// before): this reads the lines as a person does and names the first line that does not line up, in words.
// It is asked only when yaml found errors in the document, so valid YAML is never judged by it.

export interface LayoutMistake {
  /** 1-based line and column of the mistake; the column is where the line's text starts. */
  line: number;
  column: number;
  /** 1-based column just after the line's text. */
  endColumn: number;
  message: string;
}

interface Level {
  indent: number;
  kind: 'map' | 'seq' | 'value';
  /** The line that opened this level (1-based). */
  line: number;
}

/** `key:` or `key: value` at the start of `text`: the key's length up to and including the colon, or -1. */
function keyLength(text: string): number {
  const match = /^(?:"[^"]*"|'[^']*'|[^\s'"[\]{}#&*!|>%@`,?-][^#]*?|-\S[^#]*?)[ \t]*:(?=[ \t]|$)/.exec(text);
  return match ? match[0].length : -1;
}

/** The text before a comment (` # ...` outside quotes). */
function withoutComment(text: string): string {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") {
      if (i === 0 || /[\s:[{,]/.test(text[i - 1]!)) quote = char;
    } else if (char === '#' && (i === 0 || /\s/.test(text[i - 1]!))) return text.slice(0, i).trimEnd();
  }
  return text.trimEnd();
}

/** True when a value opens something that goes on over the next lines in a way this scan does not follow. */
function continuesOverLines(value: string): boolean {
  const first = value[0];
  if (first === '"' || first === "'") return !value.slice(1).includes(first) || (first === '"' && /\\$/.test(value));
  if (first === '[' || first === '{') {
    let depth = 0;
    for (const char of value) {
      if (char === '[' || char === '{') depth++;
      else if (char === ']' || char === '}') depth--;
    }
    return depth > 0;
  }
  return false;
}

/** What one entry (`key: value`, `- item`, a plain value) on a line is, from `column` (0-based) on. */
interface Entry {
  /** Levels the line adds, deepest last: `- name: x` is a list item holding a mapping. */
  levels: { indent: number; kind: Level['kind'] }[];
  /** The line ends with an empty value: the next line may be indented more, as its content. */
  opens: boolean;
  /** A block scalar (`|`, `>`) starts: the lines indented more than this are its text. */
  blockScalar: number | null;
  /** The value goes on over lines this scan does not follow (a multi-line quoted or flow value). */
  unfollowed: boolean;
}

function readEntry(text: string, indent: number): Entry {
  const levels: Entry['levels'] = [];
  let rest = text;
  let column = indent;
  // `- - item`, `- key: value`: each dash is a list, and what follows it starts a level of its own.
  while (/^-(?:[ \t]|$)/.test(rest)) {
    levels.push({ indent: column, kind: 'seq' });
    const after = rest.slice(1);
    const spaces = /^[ \t]*/.exec(after)![0].length;
    column += 1 + spaces;
    rest = after.slice(spaces);
    if (rest === '') return { levels, opens: true, blockScalar: null, unfollowed: false };
  }
  const key = keyLength(rest);
  let value = rest;
  if (key >= 0) {
    levels.push({ indent: column, kind: 'map' });
    value = rest.slice(key).trim();
  } else levels.push({ indent: column, kind: 'value' });
  // Anchors and tags before a value (`&a`, `!tag`) leave the value empty.
  const bare = value.replace(/^(?:[&!]\S*\s*)+/, '');
  const parent = levels[levels.length - 1]!.indent;
  if (/^[|>][-+0-9]*$/.test(bare)) return { levels, opens: false, blockScalar: parent, unfollowed: false };
  return { levels, opens: key >= 0 && bare === '', blockScalar: null, unfollowed: continuesOverLines(bare) };
}

const spaces = (count: number) => `${count} space${count === 1 ? '' : 's'}`;

/**
 * The first line of `lines` (the document's, numbered from `firstLine`) that does not line up, or starts with a
 * tab; null when every line lines up as far as the scan can follow (it stops at what it cannot: a quoted value
 * or a bracketed list that goes on over lines, a `?` key).
 */
export function layoutMistake(lines: readonly string[], firstLine = 1): LayoutMistake | null {
  // `lines` may run on past the document (yaml can end a broken one early): the scan ends at the next `---`.
  const levels: Level[] = [];
  let previous: { line: number; opens: boolean; indent: number } | null = null;
  let blockScalar: number | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = firstLine + i;
    const raw = lines[i]!.replace(/\r$/, '');
    const leading = /^[ \t]*/.exec(raw)![0];
    const text = withoutComment(raw.slice(leading.length));
    if (text === '') continue;
    if (blockScalar !== null) {
      if (!leading.includes('\t') && leading.length > blockScalar) continue;
      blockScalar = null;
    }
    const endColumn = leading.length + text.length + 1;
    if (leading.includes('\t')) {
      const rest = lines.slice(i + 1);
      const end = rest.findIndex((other) => /^(?:---|\.\.\.)(?:\s|$)/.test(other));
      const tabs = (end < 0 ? rest : rest.slice(0, end)).filter((other) => /^ *\t/.test(other) && other.trim() !== '').length;
      const others = tabs === 0 ? '' : ` (and so do ${tabs} more line${tabs === 1 ? '' : 's'})`;
      return {
        line,
        column: 1,
        endColumn: leading.length + 1,
        message: `line ${line} starts with a tab${others}; YAML needs spaces: indent with spaces only (most editors can turn tabs into spaces)`,
      };
    }
    if (/^(?:---|\.\.\.)(?:\s|$)/.test(text) || text.startsWith('%')) {
      if (previous) return null; // the next document: it is scanned on its own
      continue;
    }
    if (text.startsWith('?')) return null;
    const indent = leading.length;
    const entry = readEntry(text, indent);
    const isEntry = entry.levels.some((level) => level.kind !== 'value');
    let top = levels[levels.length - 1];
    if (top && previous && indent > top.indent) {
      if (previous.opens) {
        // The content of the line before: fine.
      } else if (isEntry) {
        return {
          line,
          column: indent + 1,
          endColumn,
          message:
            `line ${line} is indented more than line ${previous.line}: a field beside the one above starts in the same column ` +
            `(${spaces(top.indent)} in), and one inside it needs the line above to end with a colon`,
        };
      } else continue; // the value of the line before, going on over this line
    } else if (top) {
      let popped: Level | undefined;
      while (top && indent < top.indent) {
        popped = levels.pop();
        top = levels[levels.length - 1];
      }
      if (popped && (!top || indent > top.indent)) {
        return {
          line,
          column: indent + 1,
          endColumn,
          message:
            `line ${line} is indented ${spaces(indent)}, in line with no line above it: ` +
            `line ${popped.line}, which it may belong beside, is indented ${spaces(popped.indent)}`,
        };
      }
      const kind = entry.levels[0]!.kind;
      // A list written in line with its field (`groups:` then `- ...` in the same column) ends at the next field.
      const below = levels[levels.length - 2];
      if (top && top.kind === 'seq' && kind !== 'seq' && below && below.indent === indent) {
        levels.pop();
        top = below;
      }
      if (top && indent === top.indent) {
        const startsList = kind === 'seq' && top.kind === 'map' && previous?.opens === true && previous.indent === indent;
        if (top.kind === 'map' && kind === 'value') {
          return {
            line,
            column: indent + 1,
            endColumn,
            message: `line ${line} has no colon after its field name: write it as \`name: value\` (a colon, then a space)`,
          };
        }
        if (top.kind === 'seq' && kind === 'map') {
          return {
            line,
            column: indent + 1,
            endColumn,
            message: `line ${line} is a field in the middle of a list (lines starting with \`- \`): start it with \`- \` to make it an item, or indent it less to end the list`,
          };
        }
        if (top.kind === 'map' && kind === 'seq' && !startsList) {
          return {
            line,
            column: indent + 1,
            endColumn,
            message: `line ${line} is a list item (\`- \`) among fields: indent it under the field it belongs to, and end that field's line with a colon`,
          };
        }
        if (!startsList) levels.pop();
      }
    }
    for (const level of entry.levels) levels.push({ ...level, line });
    previous = { line, opens: entry.opens, indent };
    blockScalar = entry.blockScalar;
    if (entry.unfollowed) return null;
  }
  return null;
}

/**
 * Where the quoted value that yaml found unclosed opens: the first line whose value starts with `quote` and does
 * not close it on that line, at or before `beforeLine` (1-based). Null when no such line is found.
 */
export function unclosedQuote(lines: readonly string[], quote: '"' | "'", beforeLine: number): { line: number; column: number } | null {
  for (let i = 0; i < Math.min(lines.length, beforeLine); i++) {
    const raw = lines[i]!.replace(/\r$/, '');
    const match = /^(\s*(?:-\s+)*(?:[^\s'"#][^#]*?:\s+|-\s+)?)(["'])/.exec(raw);
    if (!match || match[2] !== quote) continue;
    const value = withoutComment(raw.slice(match[1]!.length));
    if (continuesOverLines(value)) return { line: i + 1, column: match[1]!.length + 1 };
  }
  return null;
}
