// `invitelint explain [RULE]`: the rule's own page, rendered for the terminal (docs/cli.md); without a rule,
// the rules one can ask about. `--locale fr|es` shows the page and the list in that language.
import { findRule, RULE_IDS, RULES } from '../../rules/index.js';
import { nearest } from '../announcement/suggest.js';
import type { Locale } from '../i18n/locale.js';
import { ruleText } from '../report/localize.js';
import { renderPage } from '../report/page.js';
import { terminalSafe } from '../report/sanitize.js';
import { useColor } from './color.js';
import { EXIT } from './exit.js';

const TEXT: Record<Locale, { intro: string; example: string; unknown: (id: string, hint: string) => string; didYouMean: (id: string) => string; listAll: string }> = {
  en: {
    intro: "invitelint explain RULE shows a rule's page: what it checks, its options, the norms, examples. The rules:",
    example: 'For example',
    unknown: (id, hint) => `invitelint: unknown rule \`${id}\`; ${hint}`,
    didYouMean: (id) => `did you mean \`${id}\`?`,
    listAll: '`invitelint rules` lists them all',
  },
  fr: {
    intro: 'invitelint explain RÈGLE affiche la page d’une règle : ce qu’elle vérifie, ses options, les normes, des exemples. Les règles :',
    example: 'Par exemple',
    unknown: (id, hint) => `invitelint : règle inconnue \`${id}\` ; ${hint}`,
    didYouMean: (id) => `vouliez-vous dire \`${id}\` ?`,
    listAll: '`invitelint rules` les énumère toutes',
  },
  es: {
    intro: 'invitelint explain REGLA muestra la página de una regla: qué comprueba, sus opciones, las normas, ejemplos. Las reglas:',
    example: 'Por ejemplo',
    unknown: (id, hint) => `invitelint: regla desconocida \`${id}\`; ${hint}`,
    didYouMean: (id) => `¿quería decir \`${id}\`?`,
    listAll: '`invitelint rules` las enumera todas',
  },
};

/** Each rule's id and criterion, and how to see one's page. */
export function ruleChoices(locale: Locale = 'en'): string {
  const width = RULE_IDS.reduce((widest, id) => Math.max(widest, id.length), 0);
  const text = TEXT[locale];
  return [
    text.intro,
    '',
    ...RULES.map((rule) => `  ${rule.meta.id.padEnd(width)}  ${ruleText(rule, locale).criterion}`),
    '',
    `${text.example}: invitelint explain ${RULE_IDS[0]}${locale === 'en' ? '' : ` --locale ${locale}`}`,
    '',
  ].join('\n');
}

export function runExplain(id: string | undefined, options: { color?: boolean; locale?: Locale }): number {
  const locale = options.locale ?? 'en';
  if (id === undefined) {
    process.stdout.write(ruleChoices(locale));
    return EXIT.ok;
  }
  const rule = findRule(id);
  if (!rule) {
    const suggestion = nearest(id, RULE_IDS);
    const text = TEXT[locale];
    process.stderr.write(`${terminalSafe(text.unknown(id, suggestion ? text.didYouMean(suggestion) : text.listAll))}\n`);
    return EXIT.usage;
  }
  process.stdout.write(renderPage(ruleText(rule, locale).page, { color: useColor(options.color) }));
  return EXIT.ok;
}
