// participation-support's messages, by id, in English, French and Spanish: each renders a finding from its evidence.
import type { Mode } from '../../src/announcement/facts.js';
import type { MessageCatalogue, RuleTranslations } from '../../src/engine/types.js';
import type { Words } from '../../src/i18n/words.js';
import { phrases } from '../../src/i18n/phrases.js';
import readPageEs from './README.es.md?lazy';
import readPageFr from './README.fr.md?lazy';

type Support = {
  mode: Mode;
  remoteStated: boolean;
  regionCount: number;
  /** Whether `invitees.regions` names `global` (invitees from every region). */
  global: boolean;
};

export type Args = {
  /** A meeting with a venue whose `invitees.regions` is not stated. */
  'regions-not-stated': { mode: Mode };
  /** `support.travel_funding: false`. */
  'no-travel-funding': Support & { travel_funding: false };
  /** `support.travel_funding` not stated. */
  'travel-funding-not-stated': Support & { travel_funding: null };
  /** `support.visa_letters: false`. */
  'no-visa-letters': Support & { visa_letters: false };
  /** `support.visa_letters` not stated. */
  'visa-letters-not-stated': Support & { visa_letters: null };
};

const REMEDY_EN = {
  travel: 'offer travel funding for participants who could not otherwise come, and say so in `support.travel_funding`',
  visa: 'offer invitation letters for visa applications, and say so in `support.visa_letters`',
};

const forEn = (a: Support, w: Words) => `for ${phrases(w).meeting(a.mode, a.remoteStated)} with invitees from ${a.global ? 'every region' : `${a.regionCount} regions`}`;

export const messages: MessageCatalogue<Args> = {
  'regions-not-stated': () => ({
    message: 'the regions the invitees come from are not stated, so nobody can tell whether they need help to travel',
    remedy: 'state `invitees.regions`',
  }),
  'no-travel-funding': (a, w) => ({ message: `no travel funding ${forEn(a, w)}`, remedy: REMEDY_EN.travel }),
  'travel-funding-not-stated': (a, w) => ({ message: `whether there is travel funding ${forEn(a, w)} is not stated`, remedy: REMEDY_EN.travel }),
  'no-visa-letters': (a, w) => ({ message: `no invitation letters for visa applications ${forEn(a, w)}`, remedy: REMEDY_EN.visa }),
  'visa-letters-not-stated': (a, w) => ({ message: `whether there are invitation letters for visa applications ${forEn(a, w)} is not stated`, remedy: REMEDY_EN.visa }),
};

/** `pour une réunion hybride avec des invités de 2 régions`. */
const forFr = (a: Support, w: Words) =>
  `pour ${phrases(w).meeting(a.mode, a.remoteStated)} avec des invités ${a.global ? 'de toutes les régions' : `de ${w.count(a.regionCount, { one: 'région', other: 'régions' })}`}`;
/** `para una reunión híbrida con invitados de 2 regiones`. */
const forEs = (a: Support, w: Words) =>
  `para ${phrases(w).meeting(a.mode, a.remoteStated)} con invitados ${a.global ? 'de todas las regiones' : `de ${w.count(a.regionCount, { one: 'región', other: 'regiones' })}`}`;

const REMEDY_FR = {
  travel: 'proposer un financement des voyages aux participants qui ne pourraient pas venir autrement, et l’indiquer dans `support.travel_funding`',
  visa: 'proposer des lettres d’invitation pour les demandes de visa, et l’indiquer dans `support.visa_letters`',
};
const REMEDY_ES = {
  travel: 'ofrecer financiación de viajes a los participantes que de otro modo no puedan asistir, e indicarlo en `support.travel_funding`',
  visa: 'ofrecer cartas de invitación para las solicitudes de visado, e indicarlo en `support.visa_letters`',
};

export const translations: RuleTranslations<Args> = {
  fr: {
    criterion: 'Soutien à la participation',
    description: 'Une réunion sur place avec des invités de plusieurs régions propose un financement des voyages et des lettres d’invitation pour les visas.',
    options: {},
    sources: [
      'Lignes directrices d’Almaty sur la promotion de l’application des principes de la Convention d’Aarhus dans les instances internationales (2005) : soutien financier aux participants qui ne pourraient pas participer autrement',
      'Déclaration de l’IESG (2023) : l’hôte délivre des lettres d’invitation pour les visas à toutes les personnes souhaitant participer en présentiel',
    ],
    get page() {
      return readPageFr();
    },
    messages: {
      'regions-not-stated': () => ({
        message: 'les régions d’où viennent les invités ne sont pas précisées : impossible de savoir s’ils ont besoin d’aide pour voyager',
        remedy: 'indiquer `invitees.regions`',
      }),
      'no-travel-funding': (a, w) => ({ message: `aucun financement des voyages ${forFr(a, w)}`, remedy: REMEDY_FR.travel }),
      'travel-funding-not-stated': (a, w) => ({ message: `l’existence d’un financement des voyages ${forFr(a, w)} n’est pas précisée`, remedy: REMEDY_FR.travel }),
      'no-visa-letters': (a, w) => ({ message: `aucune lettre d’invitation pour les demandes de visa ${forFr(a, w)}`, remedy: REMEDY_FR.visa }),
      'visa-letters-not-stated': (a, w) => ({ message: `l’existence de lettres d’invitation pour les demandes de visa ${forFr(a, w)} n’est pas précisée`, remedy: REMEDY_FR.visa }),
    },
  },
  es: {
    criterion: 'Apoyo a la participación',
    description: 'Una reunión con sede e invitados de más de una región ofrece financiación de viajes y cartas de invitación para visados.',
    options: {},
    sources: [
      'Directrices de Almaty para promover la aplicación de los principios de la Convención de Aarhus en los foros internacionales (2005): apoyo financiero a los participantes que de otro modo no podrían participar',
      'Declaración del IESG (2023): el anfitrión emite cartas de invitación para visados a todas las personas interesadas en participar presencialmente',
    ],
    get page() {
      return readPageEs();
    },
    messages: {
      'regions-not-stated': () => ({
        message: 'no se indican las regiones de procedencia de los invitados, así que no se puede saber si necesitan ayuda para viajar',
        remedy: 'indicar `invitees.regions`',
      }),
      'no-travel-funding': (a, w) => ({ message: `no hay financiación de viajes ${forEs(a, w)}`, remedy: REMEDY_ES.travel }),
      'travel-funding-not-stated': (a, w) => ({ message: `no se indica si hay financiación de viajes ${forEs(a, w)}`, remedy: REMEDY_ES.travel }),
      'no-visa-letters': (a, w) => ({ message: `no hay cartas de invitación para las solicitudes de visado ${forEs(a, w)}`, remedy: REMEDY_ES.visa }),
      'visa-letters-not-stated': (a, w) => ({ message: `no se indica si hay cartas de invitación para las solicitudes de visado ${forEs(a, w)}`, remedy: REMEDY_ES.visa }),
    },
  },
};
