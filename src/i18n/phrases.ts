// Phrases several rules' messages share, in each locale: how a meeting's mode is named, and the note a draft's
// counts carry. English is what src/announcement/facts.ts wrote before messages had ids, byte for byte.
import type { Locale } from './locale.js';
import type { Words } from './words.js';

/** How the meeting is held (the announcement's derived `mode`). */
export type Mode = 'in-person' | 'hybrid' | 'online';

/** The unit a count of days is in (a rule's `workingDays` option); stored as is in evidence. */
export type DayUnit = 'days' | 'working days';

export interface Phrases {
  /** `an online meeting`, `a meeting at a venue (remote access not stated)`. */
  meeting(mode: Mode, remoteStated: boolean): string;
  /** What a count from the reference date adds in a draft (no `issued`): empty when the invitation states its date. */
  draftNote(fromIssued: boolean, date: string): string;
  /** `14 days`, `1 working day`. */
  days(count: number, unit: DayUnit): string;
  /** `days`, `working days`: the unit alone, in the plural, after a number given elsewhere. */
  dayUnit(unit: DayUnit, count?: number): string;
}

const TABLE: Record<Locale, (w: Words) => Phrases> = {
  en: () => ({
    meeting(mode, remoteStated) {
      if (mode === 'online') return 'an online meeting';
      if (mode === 'hybrid') return 'a hybrid meeting';
      return remoteStated ? 'an in-person meeting' : 'a meeting at a venue (remote access not stated)';
    },
    draftNote: (fromIssued, date) => (fromIssued ? '' : ` (no \`issued\` date: counted from ${date}, the day it is checked for)`),
    days: (count, unit) => `${count} ${count === 1 ? unit.replace(/s$/, '') : unit}`,
    dayUnit: (unit, count) => (count === 1 ? unit.replace(/s$/, '') : unit),
  }),
  fr: (w) => ({
    meeting(mode, remoteStated) {
      if (mode === 'online') return 'une réunion en ligne';
      if (mode === 'hybrid') return 'une réunion hybride';
      return remoteStated ? 'une réunion en présentiel' : 'une réunion sur place (participation à distance non précisée)';
    },
    draftNote: (fromIssued, date) => (fromIssued ? '' : ` (pas de date \`issued\` : compté à partir du ${w.date(date)}, jour pour lequel le projet est vérifié)`),
    days: (count, unit) => w.count(count, unit === 'days' ? { one: 'jour', other: 'jours' } : { one: 'jour ouvrable', other: 'jours ouvrables' }),
    dayUnit: (unit, count = 2) => w.form(count, unit === 'days' ? { one: 'jour', other: 'jours' } : { one: 'jour ouvrable', other: 'jours ouvrables' }),
  }),
  es: (w) => ({
    meeting(mode, remoteStated) {
      if (mode === 'online') return 'una reunión en línea';
      if (mode === 'hybrid') return 'una reunión híbrida';
      return remoteStated ? 'una reunión presencial' : 'una reunión en una sede (sin indicar si se puede participar a distancia)';
    },
    draftNote: (fromIssued, date) => (fromIssued ? '' : ` (sin fecha \`issued\`: contado desde el ${w.date(date)}, el día para el que se revisa el borrador)`),
    days: (count, unit) => w.count(count, unit === 'days' ? { one: 'día', other: 'días' } : { one: 'día hábil', other: 'días hábiles' }),
    dayUnit: (unit, count = 2) => w.form(count, unit === 'days' ? { one: 'día', other: 'días' } : { one: 'día hábil', other: 'días hábiles' }),
  }),
};

/** The shared phrases in the locale of `w`. */
export function phrases(w: Words): Phrases {
  return TABLE[w.locale](w);
}

/** Stakeholder groups as a sentence names them, in each locale. */
const STAKEHOLDER_NAMES: Record<Locale, Readonly<Record<string, string>>> = {
  en: {
    governments: 'governments',
    'private-sector': 'the private sector',
    'civil-society': 'civil society',
    'international-organizations': 'international organizations',
    'technical-community': 'the technical community',
    academia: 'academia',
    parliamentarians: 'parliamentarians',
    'local-authorities': 'local authorities',
  },
  fr: {
    governments: 'les gouvernements',
    'private-sector': 'le secteur privé',
    'civil-society': 'la société civile',
    'international-organizations': 'les organisations internationales',
    'technical-community': 'la communauté technique',
    academia: 'les milieux universitaires',
    parliamentarians: 'les parlementaires',
    'local-authorities': 'les autorités locales',
  },
  es: {
    governments: 'los gobiernos',
    'private-sector': 'el sector privado',
    'civil-society': 'la sociedad civil',
    'international-organizations': 'las organizaciones internacionales',
    'technical-community': 'la comunidad técnica',
    academia: 'el mundo académico',
    parliamentarians: 'los parlamentarios',
    'local-authorities': 'las autoridades locales',
  },
};

/** A stakeholder group (`private-sector`) as a sentence in `locale` names it; an unknown id as written. */
export function stakeholderName(locale: Locale, id: string): string {
  return STAKEHOLDER_NAMES[locale][id] ?? id;
}
