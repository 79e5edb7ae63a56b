// A rule's page (Markdown) rendered for a terminal: headings bold, code blocks indented, tables aligned.
// Only the Markdown our rule pages use is understood; everything is made terminal-safe before printing.
import { Chalk, type ChalkInstance } from 'chalk';
import { tableCells } from './markdown-table.js';
import { terminalSafe } from './sanitize.js';

function inline(text: string, paint: ChalkInstance, color: boolean): string {
  return terminalSafe(text)
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
    .replace(/\*\*([^*]+)\*\*/g, (_, words: string) => paint.bold(words))
    .replace(/(?<![*\w])\*([^*\s][^*]*)\*(?![*\w])/g, (_, words: string) => paint.italic(words))
    .replace(/`([^`]+)`/g, (_, code: string) => (color ? paint.cyan(code) : `\`${code}\``));
}

/** Visible width: what the terminal shows once colour codes are set aside. */
const visibleLength = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '').length;

function table(rows: string[], paint: ChalkInstance, color: boolean): string[] {
  const body = tableCells(rows).map((cells) => cells.map((cell) => inline(cell, paint, color)));
  const widths: number[] = [];
  for (const cells of body) cells.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, visibleLength(cell))));
  return body.map((cells, rowIndex) => {
    const line = cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell + ' '.repeat(widths[i]! - visibleLength(cell))))
      .join('  ');
    return `  ${rowIndex === 0 ? paint.bold(line) : line}`;
  });
}

export function renderPage(markdown: string, options: { color: boolean }): string {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^```/.test(line)) {
      const code: string[] = [];
      while (++i < lines.length && !/^```/.test(lines[i]!)) code.push(lines[i]!);
      for (const codeLine of code) out.push(codeLine.trim() === '' ? '' : `    ${paint.dim(terminalSafe(codeLine))}`);
      continue;
    }
    if (/^\s*\|/.test(line)) {
      const rows = [line];
      while (i + 1 < lines.length && /^\s*\|/.test(lines[i + 1]!)) rows.push(lines[++i]!);
      for (const row of table(rows, paint, options.color)) out.push(row);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const text = terminalSafe(heading[2]!).replace(/`([^`]+)`/g, '$1');
      out.push(heading[1]!.length === 1 ? paint.bold.underline(text) : paint.bold(text));
      continue;
    }
    out.push(inline(line, paint, options.color));
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
