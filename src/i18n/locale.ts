// The languages invitelint speaks. English is the default and the language of the JSON report's `message`;
// French and Spanish are rendered from the same message ids and values (issue 22).
export const LOCALES = ['en', 'fr', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
/** The locales a rule or a report translates into, besides English (which the code itself is written in). */
export type TranslatedLocale = Exclude<Locale, 'en'>;
export const TRANSLATED_LOCALES = ['fr', 'es'] as const satisfies readonly TranslatedLocale[];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The locale a BCP 47 tag asks for (`fr-CH` -> fr, `es-419` -> es), or null when invitelint does not speak it;
 * for the checker page, which starts in the browser's language.
 */
export function localeOfTag(tag: string): Locale | null {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLocale(language) ? language : null;
}
