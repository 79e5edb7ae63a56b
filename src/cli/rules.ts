// `invitelint rules`: the catalogue, as a table for people or JSON for machines (cli.md).
import { Chalk } from 'chalk';
import { RULES } from '../../rules/index.js';
import { describeRule } from '../engine/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import { ruleText } from '../report/localize.js';
import { useColor } from './color.js';
import { EXIT } from './exit.js';

export interface RulesCommandOptions {
  format: 'table' | 'json';
  color?: boolean;
  locale?: Locale;
}

const TABLE_TEXT: Record<Locale, { header: string[]; severity: (severity: string) => string; footer: (count: number) => string }> = {
  en: {
    header: ['id', 'criterion', 'severity', 'description'],
    severity: (severity) => severity,
    footer: (count) => `${count} rules; severities are those of the recommended preset. \`invitelint explain RULE\` shows one rule's page.`,
  },
  fr: {
    header: ['id', 'critère', 'gravité', 'description'],
    severity: (severity) => (severity === 'error' ? 'erreur' : 'avertissement'),
    footer: (count) => `${count} règles ; gravités du préréglage recommended. \`invitelint explain RÈGLE --locale fr\` affiche la page d’une règle.`,
  },
  es: {
    header: ['id', 'criterio', 'gravedad', 'descripción'],
    severity: (severity) => (severity === 'error' ? 'error' : 'advertencia'),
    footer: (count) => `${count} reglas; gravedades del ajuste predefinido recommended. \`invitelint explain REGLA --locale es\` muestra la página de una regla.`,
  },
};

export function rulesTable(color: boolean, locale: Locale = 'en'): string {
  const paint = new Chalk({ level: color ? 1 : 0 });
  const text = TABLE_TEXT[locale];
  const rows = RULES.map((rule) => {
    const { criterion, description } = ruleText(rule, locale);
    return [rule.meta.id, criterion, text.severity(rule.meta.severity), description];
  });
  const header = text.header;
  const widths = header.map((title, i) => rows.reduce((most, row) => Math.max(most, row[i]!.length), title.length));
  const line = (cells: string[]) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ');
  return [
    paint.bold(line(header)),
    ...rows.map(line),
    '',
    paint.dim(text.footer(RULES.length)),
    '',
  ].join('\n');
}

export function runRules(options: RulesCommandOptions): number {
  const output = options.format === 'json' ? `${JSON.stringify(RULES.map(describeRule), null, 2)}\n` : rulesTable(useColor(options.color), options.locale);
  process.stdout.write(output);
  return EXIT.ok;
}
