// The tables in the docs that repeat the rules' metadata: each rule page's options table and the README's
// criteria table. `npm run docs` rewrites them from the catalogue (src/tools/docs.mjs); the tests check that
// the files are what it would write, so a rule's options, defaults, criterion and severity cannot drift.
// Hand-written cells (an option's meaning, a criterion's summary and norm) are kept; a new option or rule gets
// its row from the metadata (the option's `.describe()`, the rule's description and first source).

/** A default as the options tables show it: 56, false, `"06:00"`, `[inform]`; a mapping is shown in a table above. */
export function formatDefault(value) {
  if (typeof value === 'string') return `\`"${value}"\``;
  if (Array.isArray(value)) return `\`[${value.join(', ')}]\``;
  if (value !== null && typeof value === 'object') return 'the table above';
  return String(value);
}

/** A metadata sentence as a table cell: lower-case first letter, no full stop. */
function asCell(sentence) {
  const text = sentence.replace(/\.$/, '');
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The cells of a Markdown table row (a `|` escaped as `\|` stays in its cell). */
export function cells(row) {
  return row
    .replace(/^\|/, '')
    .replace(/\|\s*$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

const row = (values) => `| ${values.join(' | ')} |`;

/** The section under `heading` (from the line after it to the next `## `): [start, end] offsets into `text`. */
function section(text, heading) {
  const marker = `\n${heading}\n`;
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`no "${heading}" section`);
  const start = at + marker.length;
  const next = text.indexOf('\n## ', start);
  return [start, next < 0 ? text.length : next + 1];
}

/** The first table in `body`: its lines' offsets and its rows (header and separator excluded). */
function firstTable(body) {
  const lines = body.split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  if (first < 0) return null;
  let last = first;
  while (last + 1 < lines.length && lines[last + 1].startsWith('|')) last += 1;
  return { lines, first, last, rows: lines.slice(first + 2, last + 1).map(cells) };
}

export const NO_OPTIONS = 'This rule has no options.';

/** The rule page with its options table as the metadata gives it (`description`: describeRule's result). */
export function updateOptionsTable(page, description) {
  const [start, end] = section(page, '## Options');
  const body = page.slice(start, end);
  const table = firstTable(body);
  const names = Object.keys(description.options);
  const meanings = new Map((table?.rows ?? []).map((cellsOfRow) => [cellsOfRow[0], cellsOfRow[2]]));
  const rows = names.map((name) => {
    const option = description.options[name];
    const code = `\`${name}\``;
    return row([code, formatDefault(option.default), meanings.get(code) ?? asCell(option.description ?? '')]);
  });
  let updated;
  if (names.length === 0) {
    if (!table) return page;
    updated = [...table.lines.slice(0, table.first), NO_OPTIONS, ...table.lines.slice(table.last + 1)].join('\n');
  } else if (table) {
    updated = [...table.lines.slice(0, table.first + 2), ...rows, ...table.lines.slice(table.last + 1)].join('\n');
  } else {
    const lines = body.split('\n');
    const sentence = lines.indexOf(NO_OPTIONS);
    const header = ['| option | default | meaning |', '| --- | --- | --- |', ...rows];
    updated = sentence >= 0 ? [...lines.slice(0, sentence), ...header, ...lines.slice(sentence + 1)].join('\n') : `\n${header.join('\n')}\n${body}`;
  }
  return page.slice(0, start) + updated + page.slice(end);
}

/** A rule's id as the README's criteria table writes it: linked to its page. */
export const idCell = (id) => `[\`${id}\`](rules/${id}/README.md)`;

/** The README with its criteria table as the catalogue gives it: one row per rule, in catalogue order. */
export function updateCriteriaTable(readme, descriptions) {
  const [start, end] = section(readme, '## The criteria');
  const body = readme.slice(start, end);
  const table = firstTable(body);
  if (!table) throw new Error('no criteria table under "## The criteria"');
  const written = new Map(table.rows.map((cellsOfRow) => [cellsOfRow[0], cellsOfRow]));
  const rows = descriptions.map((rule) => {
    const code = idCell(rule.id);
    const old = written.get(code);
    return row([code, rule.criterion, old?.[2] ?? asCell(rule.description), rule.severity, old?.[4] ?? (rule.sources[0]?.title ?? '')]);
  });
  const updated = [...table.lines.slice(0, table.first + 2), ...rows, ...table.lines.slice(table.last + 1)].join('\n');
  return readme.slice(0, start) + updated + readme.slice(end);
}
