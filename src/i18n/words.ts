// How each locale writes the values messages carry: dates, months, numbers, counted words, lists and
// durations. English writes dates as the announcement does (ISO 8601), so its messages stay what they were;
// French and Spanish write them as their readers do (2 mai 2005, 2 de mayo de 2005). Dates and plurals come
// from Intl; durations are written by hand, since Node 20 has no Intl.DurationFormat.
import type { Locale } from './locale.js';

/** A word in its singular and plural forms; French counts 0 and 1 as singular (Intl.PluralRules). */
export interface Forms {
  one: string;
  other: string;
}

export interface Words {
  locale: Locale;
  /** `2005-05-02` -> 2 mai 2005; English keeps the ISO date. A value that is not a date is written as it is. */
  date(iso: string): string;
  /** `2005-05` -> mai 2005. */
  month(iso: string): string;
  /** `2005-05-02 15:00` or `2005-05-02T15:00` -> 2 mai 2005, 15 h 00. */
  dateTime(stamp: string): string;
  /** `15:00` -> 15 h 00 in French; English and Spanish keep it. */
  time(hhmm: string): string;
  /** A number with the locale's separators (English as JavaScript writes it). */
  number(value: number): string;
  /** `3 days`, `1 jour`: a count with the word in the form its number takes. */
  count(value: number, forms: Forms): string;
  /** The form of `forms` that `value` takes, without the number. */
  form(value: number, forms: Forms): string;
  /** `a, b or c` / `a, b ou c` / `a, b o c`. */
  or(items: readonly string[]): string;
  /** `a, b and c` / `a, b et c` / `a, b y c`. */
  and(items: readonly string[]): string;
  /** A length of time from minutes: `3 hours`, `1 h 30`, `90 minutes`. */
  duration(minutes: number): string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const STAMP = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})$/;

const MONTHS: Record<'fr' | 'es', readonly string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

function hoursAndMinutes(minutes: number): { hours: number; rest: number } {
  return { hours: Math.floor(minutes / 60), rest: minutes % 60 };
}

/**
 * The words of `locale`. Each call has its own Intl formatters, made on first use: a linter or a report asks once
 * and passes them to every message it renders, so nothing is shared between runs.
 */
export function wordsFor(locale: Locale): Words {
  // Intl formatters are made on first use (loading ICU's data costs start-up time), once per Words.
  let plurals: Intl.PluralRules | undefined;
  let numbers: Intl.NumberFormat | undefined;
  let disjunction: Intl.ListFormat | undefined;
  let conjunction: Intl.ListFormat | undefined;
  const form = (value: number, forms: Forms) => ((plurals ??= new Intl.PluralRules(locale)).select(value) === 'one' ? forms.one : forms.other);
  const number = (value: number) => (locale === 'en' ? String(value) : (numbers ??= new Intl.NumberFormat(locale)).format(value));
  const or = (items: readonly string[]) => (disjunction ??= new Intl.ListFormat(locale, { type: 'disjunction' })).format(items);
  const and = (items: readonly string[]) => (conjunction ??= new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);
  const count = (value: number, forms: Forms) => `${number(value)} ${form(value, forms)}`;

  const common = { locale, number, count, form, or, and };
  if (locale === 'en') {
    return {
      ...common,
      date: (iso) => iso,
      month: (iso) => iso,
      dateTime: (stamp) => stamp.replace('T', ' '),
      time: (hhmm) => hhmm,
      duration(minutes) {
        const { hours, rest } = hoursAndMinutes(minutes);
        if (hours === 0) return count(rest, { one: 'minute', other: 'minutes' });
        const h = count(hours, { one: 'hour', other: 'hours' });
        return rest ? `${h} ${count(rest, { one: 'minute', other: 'minutes' })}` : h;
      },
    };
  }

  const months = MONTHS[locale];
  const date = (iso: string) => {
    const match = ISO_DATE.exec(iso);
    if (!match) return iso;
    const day = Number(match[3]);
    const month = months[Number(match[2]) - 1];
    if (!month || day < 1 || day > 31) return iso;
    // French writes the first of the month as an ordinal: 1er mai 2005.
    if (locale === 'fr') return `${day === 1 ? '1er' : day} ${month} ${match[1]}`;
    return `${day} de ${month} de ${match[1]}`;
  };
  const month = (iso: string) => {
    const match = ISO_MONTH.exec(iso);
    const name = match ? months[Number(match[2]) - 1] : undefined;
    if (!match || !name) return iso;
    return locale === 'fr' ? `${name} ${match[1]}` : `${name} de ${match[1]}`;
  };
  const time = (hhmm: string) => {
    if (locale !== 'fr') return hhmm;
    const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
    return match ? `${Number(match[1])} h ${match[2]}` : hhmm;
  };
  const hourWord = locale === 'fr' ? { one: 'heure', other: 'heures' } : { one: 'hora', other: 'horas' };
  const minuteWord = locale === 'fr' ? { one: 'minute', other: 'minutes' } : { one: 'minuto', other: 'minutos' };
  return {
    ...common,
    date,
    month,
    dateTime(stamp) {
      const match = STAMP.exec(stamp);
      if (!match) return stamp;
      return locale === 'fr' ? `${date(match[1]!)} à ${time(match[2]!)}` : `${date(match[1]!)}, a las ${match[2]}`;
    },
    time,
    duration(minutes) {
      const { hours, rest } = hoursAndMinutes(minutes);
      if (hours === 0) return count(rest, minuteWord);
      if (rest === 0) return count(hours, hourWord);
      return locale === 'fr' ? `${hours} h ${String(rest).padStart(2, '0')}` : `${hours} h ${String(rest).padStart(2, '0')} min`;
    },
  };
}
