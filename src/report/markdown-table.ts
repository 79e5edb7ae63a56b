// The rows of a Markdown table as cells, for the renderers of rule pages (terminal and HTML).

/** The cells of one row; `\|` inside a cell is a literal pipe. */
export const cellsOf = (row: string): string[] =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));

/** Every row but the `| --- |` line under the header, as cells. */
export const tableCells = (rows: readonly string[]): string[][] => rows.filter((row) => !/^\s*\|?\s*:?-{3,}/.test(row)).map(cellsOf);
