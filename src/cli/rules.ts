// `invitelint rules`: the catalogue, as a table for people or JSON for machines (cli.md).
import { Chalk } from 'chalk';
import { RULES } from '../../rules/index.js';
import { describeRule } from '../engine/catalogue.js';
import { useColor } from './color.js';
import { EXIT } from './exit.js';

export interface RulesCommandOptions {
  format: 'table' | 'json';
  color?: boolean;
}

export function rulesTable(color: boolean): string {
  const paint = new Chalk({ level: color ? 1 : 0 });
  const rows = RULES.map((rule) => [rule.meta.id, rule.meta.criterion, rule.meta.severity, rule.meta.description]);
  const header = ['id', 'criterion', 'severity', 'description'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ');
  return [
    paint.bold(line(header)),
    ...rows.map(line),
    '',
    paint.dim(`${RULES.length} rules; severities are those of the recommended preset. \`invitelint explain RULE\` shows one rule's page.`),
    '',
  ].join('\n');
}

export function runRules(options: RulesCommandOptions): number {
  const output = options.format === 'json' ? `${JSON.stringify(RULES.map(describeRule), null, 2)}\n` : rulesTable(useColor(options.color));
  process.stdout.write(output);
  return EXIT.ok;
}
