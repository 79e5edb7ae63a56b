// language-access's messages, by id, in English, French and Spanish: each renders a finding from its evidence.
import type { MessageCatalogue, RuleTranslations } from '../../src/engine/types.js';
import type { Words } from '../../src/i18n/words.js';
import readPageEs from './README.es.md?lazy';
import readPageFr from './README.fr.md?lazy';

type Regions = {
  regionCount: number;
  /** Whether `invitees.regions` names `global` (invitees from every region). */
  global: boolean;
};

/** The languages offered: `languages.working` and `languages.interpretation`, as the announcement codes them. */
type Offered = { languages: readonly string[]; captioning: boolean; minLanguages: number };

export type Args = {
  /** No `languages` block, for invitees from several regions or from regions not stated. */
  'languages-not-stated': Regions & { minLanguages: number; regionsStated: boolean };
  /** Too few languages and no captioning, and `invitees.regions` not stated. */
  'regions-not-stated': Offered;
  /** Invitees from several regions, too few languages and no captioning. */
  'too-few-languages': Regions & Offered;
};

const regionsEn = (a: Regions) => (a.global ? 'every region' : `${a.regionCount} regions`);
const offeredEn = (a: Offered) =>
  a.languages.length === 0 ? 'no language' : `${a.languages.length} language${a.languages.length === 1 ? '' : 's'} (${a.languages.join(', ')})`;

export const messages: MessageCatalogue<Args> = {
  'languages-not-stated': (a) => ({
    message: `${a.regionsStated ? `invitees come from ${regionsEn(a)}, but the` : 'the'} languages of the meeting are not stated`,
    remedy: `state \`languages\`: at least ${a.minLanguages} working or interpreted languages, or captioning`,
  }),
  'regions-not-stated': (a) => ({
    message: `the meeting offers ${offeredEn(a)} and no captioning, and the regions the invitees come from are not stated, so nobody can tell whether that is enough`,
    remedy: `state \`invitees.regions\`; invitees from more than one region need at least ${a.minLanguages} languages, or captioning`,
  }),
  'too-few-languages': (a) => {
    const more = a.minLanguages - a.languages.length;
    return {
      message: `invitees come from ${regionsEn(a)}, but the meeting offers ${offeredEn(a)} and no captioning; at least ${a.minLanguages} languages, or captioning, are needed`,
      remedy: `add interpretation into ${more} more language${more === 1 ? '' : 's'}, or offer real-time captioning`,
    };
  },
};

const displayNames = new Map<string, Intl.DisplayNames>();

/** A language code as the locale names it (`fr` -> français, francés); a code Intl does not know stays a code. */
export function languageName(code: string, w: Words): string {
  let names = displayNames.get(w.locale);
  if (!names) displayNames.set(w.locale, (names = new Intl.DisplayNames(w.locale, { type: 'language', fallback: 'none' })));
  try {
    const name = names.of(code);
    if (name && name.toLowerCase() !== code.toLowerCase()) return name;
  } catch {
    // Not a language tag (a language the announcement names in words): shown as written.
  }
  return `\`${code}\``;
}

const languageList = (a: Offered, w: Words) => w.and(a.languages.map((code) => languageName(code, w)));

export const translations: RuleTranslations<Args> = {
  fr: {
    criterion: 'Accès linguistique',
    description: 'Les invités venant de plusieurs régions peuvent suivre la réunion dans au moins deux langues, ou grâce à un sous-titrage en temps réel.',
    options: {
      minLanguages: 'Nombre de langues (de travail et d’interprétation) requis lorsque les invités viennent de plusieurs régions, sauf si un sous-titrage est proposé.',
    },
    sources: [
      'Pratique de l’ONU : réunions dans les six langues officielles ; Commission européenne (2015) : consultations au moins en anglais, en français et en allemand',
    ],
    get page() {
      return readPageFr();
    },
    messages: {
      'languages-not-stated': (a, w) => ({
        message: a.regionsStated
          ? `les invités viennent ${regionsFr(a, w)}, mais les langues de la réunion ne sont pas précisées`
          : 'les langues de la réunion ne sont pas précisées',
        remedy: `indiquer \`languages\` : au moins ${w.count(a.minLanguages, { one: 'langue', other: 'langues' })} de travail ou d’interprétation, ou un sous-titrage`,
      }),
      'regions-not-stated': (a, w) => ({
        message: `la réunion ${offersFr(a, w)}, et les régions d’où viennent les invités ne sont pas précisées : impossible de dire si cela suffit`,
        remedy: `indiquer \`invitees.regions\` ; des invités venant de plusieurs régions ont besoin d’au moins ${w.count(a.minLanguages, { one: 'langue', other: 'langues' })}, ou d’un sous-titrage`,
      }),
      'too-few-languages': (a, w) => {
        const more = a.minLanguages - a.languages.length;
        return {
          message: `les invités viennent ${regionsFr(a, w)}, mais la réunion ${offersFr(a, w)} ; il faut au moins ${w.count(a.minLanguages, { one: 'langue', other: 'langues' })}, ou un sous-titrage`,
          remedy: `ajouter l’interprétation vers ${w.count(more, { one: 'autre langue', other: 'autres langues' })}, ou proposer un sous-titrage en temps réel`,
        };
      },
    },
  },
  es: {
    criterion: 'Acceso lingüístico',
    description: 'Los invitados de más de una región pueden seguir la reunión en al menos dos idiomas o con subtitulado en tiempo real.',
    options: {
      minLanguages: 'Idiomas (de trabajo y de interpretación) necesarios cuando los invitados proceden de más de una región, salvo que se ofrezca subtitulado.',
    },
    sources: [
      'Práctica de las Naciones Unidas: reuniones en los seis idiomas oficiales; Comisión Europea (2015): consultas al menos en inglés, francés y alemán',
    ],
    get page() {
      return readPageEs();
    },
    messages: {
      'languages-not-stated': (a, w) => ({
        message: a.regionsStated
          ? `los invitados proceden ${regionsEs(a, w)}, pero no se indican los idiomas de la reunión`
          : 'no se indican los idiomas de la reunión',
        remedy: `indicar \`languages\`: al menos ${w.count(a.minLanguages, { one: 'idioma', other: 'idiomas' })} de trabajo o de interpretación, o subtitulado`,
      }),
      'regions-not-stated': (a, w) => ({
        message: `la reunión ${offersEs(a, w)}, y no se indican las regiones de procedencia de los invitados, así que no se puede saber si basta`,
        remedy: `indicar \`invitees.regions\`; los invitados de más de una región necesitan al menos ${w.count(a.minLanguages, { one: 'idioma', other: 'idiomas' })}, o subtitulado`,
      }),
      'too-few-languages': (a, w) => {
        const more = a.minLanguages - a.languages.length;
        return {
          message: `los invitados proceden ${regionsEs(a, w)}, pero la reunión ${offersEs(a, w)}; se necesitan al menos ${w.count(a.minLanguages, { one: 'idioma', other: 'idiomas' })}, o subtitulado`,
          remedy: `añadir interpretación a ${w.count(more, { one: 'idioma más', other: 'idiomas más' })}, u ofrecer subtitulado en tiempo real`,
        };
      },
    },
  },
};

function regionsFr(a: Regions, w: Words): string {
  return a.global ? 'de toutes les régions' : `de ${w.count(a.regionCount, { one: 'région', other: 'régions' })}`;
}

function offersFr(a: Offered, w: Words): string {
  if (a.languages.length === 0) return 'ne propose aucune langue ni sous-titrage';
  return `propose ${w.count(a.languages.length, { one: 'langue', other: 'langues' })} (${languageList(a, w)}) et aucun sous-titrage`;
}

function regionsEs(a: Regions, w: Words): string {
  return a.global ? 'de todas las regiones' : `de ${w.count(a.regionCount, { one: 'región', other: 'regiones' })}`;
}

function offersEs(a: Offered, w: Words): string {
  if (a.languages.length === 0) return 'no ofrece ningún idioma ni subtitulado';
  return `ofrece ${w.count(a.languages.length, { one: 'idioma', other: 'idiomas' })} (${languageList(a, w)}), sin subtitulado`;
}
