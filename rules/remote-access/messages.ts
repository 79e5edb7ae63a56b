// remote-access's messages, by id, in English, French and Spanish: each renders a finding from its evidence.
import type { Mode } from '../../src/announcement/facts.js';
import type { Level, PARTICIPATION } from '../../src/announcement/schema.js';
import type { MessageCatalogue, RuleTranslations } from '../../src/engine/types.js';
import type { Words } from '../../src/i18n/words.js';
import readPageEs from './README.es.md?lazy';
import readPageFr from './README.fr.md?lazy';

type Remote = {
  mode: Mode;
  /** The venue's city as the announcement writes it, or null (then "the venue"). */
  city: string | null;
  participation: (typeof PARTICIPATION)[number] | null;
  level: Level | null;
};

type Listen = Remote & { allowListenForLevels: readonly Level[] };

export type Args = {
  /** A meeting with a venue does not state `remote.participation`. */
  'participation-not-stated': Remote;
  /** `remote.participation: none`. */
  'no-remote-participation': Remote;
  /** `remote.participation: listen` at a level where listening is not enough. */
  'listen-only': Listen & { level: Level };
  /** `remote.participation: listen` and no `format.level`. */
  'listen-only-level-not-stated': Listen;
};

const SPEAK_EN = 'let remote participants take the floor (`remote.participation: speak`, by video-conference or remote hubs)';

export const messages: MessageCatalogue<Args> = {
  'participation-not-stated': (a) => ({
    message: `the announcement does not say whether people who cannot travel to ${a.city ?? 'the venue'} can take part remotely`,
    remedy: 'state `remote.participation` (none, listen or speak); `speak`, with channels such as video-conference or remote hubs, passes',
  }),
  'no-remote-participation': (a) => ({
    message: `no remote participation: only those who can reach ${a.city ?? 'the venue'} can take part`,
    remedy: SPEAK_EN,
  }),
  'listen-only': (a) => ({
    message: `remote participants can only listen (webcast or recording) to a meeting at level ${a.level}; they cannot take the floor, which is enough only at ${a.allowListenForLevels.join(', ') || 'no level'}`,
    remedy: SPEAK_EN,
  }),
  'listen-only-level-not-stated': (a) => ({
    message: `remote participants can only listen (webcast or recording), and the participation level is not stated; listening is enough only at ${a.allowListenForLevels.join(', ') || 'no level'}`,
    remedy: SPEAK_EN,
  }),
};

const codes = (list: readonly Level[], w: Words) => w.or(list.map((level) => `\`${level}\``));
/** `qu’au niveau `inform``, `qu’aux niveaux … ou …`, `à aucun niveau`. */
const onlyFr = (list: readonly Level[], w: Words) => (list.length === 0 ? 'à aucun niveau' : `qu’${list.length === 1 ? 'au niveau' : 'aux niveaux'} ${codes(list, w)}`);
/** `solo basta en el nivel `inform``, `solo basta en los niveles … o …`, `no basta en ningún nivel`. */
const onlyEs = (list: readonly Level[], w: Words) => (list.length === 0 ? 'no basta en ningún nivel' : `solo basta ${list.length === 1 ? 'en el nivel' : 'en los niveles'} ${codes(list, w)}`);

const SPEAK_FR = 'permettre aux participants à distance de prendre la parole (`remote.participation: speak`, par visioconférence ou depuis des centres de participation à distance)';
const SPEAK_ES = 'permitir que los participantes a distancia hagan uso de la palabra (`remote.participation: speak`, por videoconferencia o desde centros de participación a distancia)';

export const translations: RuleTranslations<Args> = {
  fr: {
    criterion: 'Participation à distance',
    description: 'Une personne qui ne peut pas se rendre sur le lieu de la réunion peut y participer et prendre la parole, et pas seulement la suivre.',
    options: {
      allowListenForLevels: 'Niveaux de participation auxquels la seule écoute (webdiffusion ou enregistrement) suffit.',
    },
    sources: [
      'IESG (2016) : la participation à distance est une exigence pour les réunions de l’IETF en présentiel',
      'Centres de participation à distance du FGI : les participants à distance peuvent demander la parole',
      'UIT-T, Supplément 4 aux recommandations de la série A : « physical with webcast » n’est pas « physical with remote participation »',
    ],
    get page() {
      return readPageFr();
    },
    messages: {
      'participation-not-stated': (a) => ({
        message: `l’annonce ne précise pas si les personnes qui ne peuvent pas se rendre ${a.city === null ? 'sur le lieu de la réunion' : `à « ${a.city} »`} peuvent participer à distance`,
        remedy: 'indiquer `remote.participation` (`none`, `listen` ou `speak`) ; `speak`, avec des moyens tels que la visioconférence ou des centres de participation à distance, est conforme',
      }),
      'no-remote-participation': (a) => ({
        message: `aucune participation à distance : seules les personnes qui peuvent se rendre ${a.city === null ? 'sur le lieu de la réunion' : `à « ${a.city} »`} peuvent participer`,
        remedy: SPEAK_FR,
      }),
      'listen-only': (a, w) => ({
        message: `les participants à distance peuvent seulement écouter (webdiffusion ou enregistrement) une réunion de niveau \`${a.level}\` ; ils ne peuvent pas prendre la parole, ce qui ne suffit ${onlyFr(a.allowListenForLevels, w)}`,
        remedy: SPEAK_FR,
      }),
      'listen-only-level-not-stated': (a, w) => ({
        message: `les participants à distance peuvent seulement écouter (webdiffusion ou enregistrement), et le niveau de participation n’est pas précisé ; l’écoute ne suffit ${onlyFr(a.allowListenForLevels, w)}`,
        remedy: SPEAK_FR,
      }),
    },
  },
  es: {
    criterion: 'Participación a distancia',
    description: 'Quien no puede viajar a la sede puede participar y hacer uso de la palabra, no solo seguir la reunión.',
    options: {
      allowListenForLevels: 'Niveles de participación en los que basta con escuchar (transmisión web o grabación).',
    },
    sources: [
      'IESG (2016): la participación a distancia es un requisito de las reuniones presenciales del IETF',
      'Centros de participación a distancia del FGI: los participantes a distancia pueden pedir la palabra',
      'UIT-T, Suplemento 4 a las recomendaciones de la serie A: "physical with webcast" no es "physical with remote participation"',
    ],
    get page() {
      return readPageEs();
    },
    messages: {
      'participation-not-stated': (a) => ({
        message: `el anuncio no indica si quienes no pueden viajar ${a.city === null ? 'a la sede' : `a “${a.city}”`} pueden participar a distancia`,
        remedy: 'indicar `remote.participation` (`none`, `listen` o `speak`); `speak`, con medios como la videoconferencia o centros de participación a distancia, cumple',
      }),
      'no-remote-participation': (a) => ({
        message: `no hay participación a distancia: solo pueden participar quienes pueden llegar ${a.city === null ? 'a la sede' : `a “${a.city}”`}`,
        remedy: SPEAK_ES,
      }),
      'listen-only': (a, w) => ({
        message: `los participantes a distancia solo pueden escuchar (transmisión web o grabación) una reunión de nivel \`${a.level}\`; no pueden hacer uso de la palabra, lo que ${onlyEs(a.allowListenForLevels, w)}`,
        remedy: SPEAK_ES,
      }),
      'listen-only-level-not-stated': (a, w) => ({
        message: `los participantes a distancia solo pueden escuchar (transmisión web o grabación) y no se indica el nivel de participación; escuchar ${onlyEs(a.allowListenForLevels, w)}`,
        remedy: SPEAK_ES,
      }),
    },
  },
};
