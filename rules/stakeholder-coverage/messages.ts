// stakeholder-coverage's messages, by id, in English, French and Spanish: each renders a finding from its evidence.
import type { Stakeholder } from '../../src/announcement/schema.js';
import type { MessageCatalogue, RuleTranslations } from '../../src/engine/types.js';
import type { Locale } from '../../src/i18n/locale.js';
import { stakeholderName } from '../../src/i18n/phrases.js';
import type { Words } from '../../src/i18n/words.js';
import readPageEs from './README.es.md?lazy';
import readPageFr from './README.fr.md?lazy';

export type Args = {
  /** No `invitees.groups` and the meeting is not open to all. */
  'groups-not-stated': { required: readonly Stakeholder[] };
  /** Some required groups are not among those invited. */
  'groups-missing': { invited: readonly Stakeholder[]; required: readonly Stakeholder[]; missing: readonly Stakeholder[] };
};

/** Groups whose names take a plural verb ("governments are", but "civil society is"), in each locale. */
const PLURAL_GROUPS: Record<Locale, ReadonlySet<Stakeholder>> = {
  en: new Set(['governments', 'international-organizations', 'parliamentarians', 'local-authorities']),
  fr: new Set(['governments', 'international-organizations', 'parliamentarians', 'local-authorities', 'academia']),
  es: new Set(['governments', 'international-organizations', 'parliamentarians', 'local-authorities']),
};

/** "a, b and c" (English, written by hand as it always was). */
function listOf(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

const groupsEn = (ids: readonly Stakeholder[]) => listOf(ids.map((id) => stakeholderName('en', id)));
/** The groups named in the locale of `w`, joined with its `and`. */
const groups = (ids: readonly Stakeholder[], w: Words) => w.and(ids.map((id) => stakeholderName(w.locale, id)));
const plural = (ids: readonly Stakeholder[], locale: Locale) => ids.length !== 1 || PLURAL_GROUPS[locale].has(ids[0]!);

export const messages: MessageCatalogue<Args> = {
  'groups-not-stated': (a) => ({
    message: 'the stakeholder groups invited are not stated, and the meeting is not open to all',
    remedy: `list the groups invited under \`invitees.groups\`, including ${groupsEn(a.required)}, or set \`invitees.open: true\``,
  }),
  'groups-missing': (a) => ({
    message: `${groupsEn(a.missing)} ${plural(a.missing, 'en') ? 'are' : 'is'} not among the groups invited; ${groupsEn(a.required)} are needed`,
    remedy: `invite ${groupsEn(a.missing)}`,
  }),
};

export const translations: RuleTranslations<Args> = {
  fr: {
    criterion: 'Représentation des parties prenantes',
    description: 'Les groupes invités comprennent les gouvernements, le secteur privé et la société civile (ou la réunion est ouverte à tous).',
    options: {
      required: 'Groupes de parties prenantes qui doivent figurer parmi les groupes invités.',
    },
    sources: [
      'Agenda de Tunis pour la société de l’information (2005), par. 29 : la pleine participation des gouvernements, du secteur privé, de la société civile et des organisations internationales',
    ],
    get page() {
      return readPageFr();
    },
    messages: {
      'groups-not-stated': (a, w) => ({
        message: 'les groupes de parties prenantes invités ne sont pas précisés, et la réunion n’est pas ouverte à tous',
        remedy: `énumérer les groupes invités dans \`invitees.groups\`, dont ${groups(a.required, w)}, ou indiquer \`invitees.open: true\``,
      }),
      'groups-missing': (a, w) => ({
        message: `${groups(a.missing, w)} ne ${plural(a.missing, 'fr') ? 'figurent' : 'figure'} pas parmi les groupes invités ; les groupes requis sont ${groups(a.required, w)}`,
        remedy: `inviter ${groups(a.missing, w)}`,
      }),
    },
  },
  es: {
    criterion: 'Representación de las partes interesadas',
    description: 'Los grupos invitados incluyen a los gobiernos, el sector privado y la sociedad civil (o la reunión está abierta a todos).',
    options: {
      required: 'Grupos de partes interesadas que deben figurar entre los invitados.',
    },
    sources: [
      'Agenda de Túnez para la Sociedad de la Información (2005), párr. 29: la plena participación de los gobiernos, el sector privado, la sociedad civil y las organizaciones internacionales',
    ],
    get page() {
      return readPageEs();
    },
    messages: {
      'groups-not-stated': (a, w) => ({
        message: 'no se indican los grupos de partes interesadas invitados, y la reunión no está abierta a todos',
        remedy: `enumerar los grupos invitados en \`invitees.groups\`, incluidos ${groups(a.required, w)}, o indicar \`invitees.open: true\``,
      }),
      'groups-missing': (a, w) => ({
        message: `${groups(a.missing, w)} no ${plural(a.missing, 'es') ? 'figuran' : 'figura'} entre los grupos invitados; los grupos requeridos son ${groups(a.required, w)}`,
        remedy: `invitar a ${groups(a.missing, w)}`.replace(/^invitar a el /, 'invitar al '),
      }),
    },
  },
};
