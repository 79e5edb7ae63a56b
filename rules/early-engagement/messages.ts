// early-engagement's messages, by id, in English, French and Spanish: each renders a finding from its evidence.
import type { Level } from '../../src/announcement/schema.js';
import type { MessageCatalogue, RuleTranslations } from '../../src/engine/types.js';
import readPageEs from './README.es.md?lazy';
import readPageFr from './README.fr.md?lazy';

type Late = {
  level: Level | null;
  /** The meeting's last day (the start of its last session when its end is not known). */
  meetingEnd: string;
  endKnown: boolean;
  /** The decision's name, as the announcement writes it. */
  decision: string;
  decisionDate: string;
  daysBeforeDecision: number;
  minDaysBeforeDecision: number;
  /** The latest day to hold the meeting for the decision as planned. */
  holdBy: string;
  /** The earliest day to take the decision for the meeting as planned. */
  decideFrom: string;
};

export type Args = {
  /** `framework.feeds_into` names the decision but not its date. */
  'decision-date-not-stated': { level: Level | null; decision: string; decisionDate: null; minDaysBeforeDecision: number };
  /** No decision is named (`framework.feeds_into` missing). */
  'decision-not-stated': { level: Level | null; decision: null; decisionDate: null; minDaysBeforeDecision: number };
  /** The meeting ends on or after the day of the decision. */
  'decision-taken-first': Late;
  /** The meeting ends too few days before the decision to circulate its outcome. */
  'decision-too-soon': Late;
};

const endsEn = (a: Late) => `the meeting ${a.endKnown ? 'ends' : 'starts its last session'} on ${a.meetingEnd}`;
const remedyEn = (a: Late) => `hold the meeting by ${a.holdBy}, or take the decision on ${a.decideFrom} or later`;

export const messages: MessageCatalogue<Args> = {
  'decision-date-not-stated': (a) => ({
    message: `the date of the decision the input is for (${a.decision}) is not stated, so it cannot be checked that input comes while the options are open`,
    remedy: 'state `framework.feeds_into` with the `name` and `date` of the decision',
  }),
  'decision-not-stated': () => ({
    message: 'the invitation does not say which decision the input is for, or when it is taken, so it cannot be checked that input comes while the options are open',
    remedy: 'state `framework.feeds_into` with the `name` and `date` of the decision',
  }),
  'decision-taken-first': (a) => ({
    message: `${endsEn(a)}, on or after the decision it feeds into (${a.decision}, ${a.decisionDate}): the options are no longer open`,
    remedy: remedyEn(a),
  }),
  'decision-too-soon': (a) => ({
    message: `${endsEn(a)}, ${a.daysBeforeDecision} days before the decision it feeds into (${a.decision}, ${a.decisionDate}); at least ${a.minDaysBeforeDecision} are needed to circulate the outcome`,
    remedy: remedyEn(a),
  }),
};

export const translations: RuleTranslations<Args> = {
  fr: {
    criterion: 'Participation en amont',
    description: 'Les contributions sont recueillies tant que les options sont ouvertes : la réunion se termine au moins 6 semaines avant la décision à laquelle elle contribue.',
    options: {
      minDaysBeforeDecision: 'Nombre minimal de jours entre la fin de la réunion et la décision à laquelle elle contribue, pour que le résultat puisse être diffusé.',
    },
    sources: [
      'Convention d’Aarhus, art. 6(4) : « early public participation, when all options are open »',
      'Lignes directrices de l’OCDE pour les processus de participation citoyenne (2022) : la décision ne doit pas être prise avant le début du processus',
      'Règle des six semaines de l’ONU : les documents sont distribués six semaines avant la réunion appelée à se prononcer sur eux',
    ],
    get page() {
      return readPageFr();
    },
    messages: {
      'decision-date-not-stated': (a) => ({
        message: `la date de la décision à laquelle les contributions sont destinées (« ${a.decision} ») n’est pas précisée : on ne peut donc pas vérifier qu’elles arrivent tant que les options sont ouvertes`,
        remedy: 'indiquer `framework.feeds_into` avec le `name` et la `date` de la décision',
      }),
      'decision-not-stated': () => ({
        message: 'l’invitation ne dit pas à quelle décision les contributions sont destinées, ni quand elle sera prise : on ne peut donc pas vérifier qu’elles arrivent tant que les options sont ouvertes',
        remedy: 'indiquer `framework.feeds_into` avec le `name` et la `date` de la décision',
      }),
      'decision-taken-first': (a, w) => ({
        message: `${a.endKnown ? 'la réunion se termine' : 'la dernière séance de la réunion commence'} le ${w.date(a.meetingEnd)}, alors que la décision à laquelle elle contribue (« ${a.decision} ») est prise le ${w.date(a.decisionDate)} : les options ne sont plus ouvertes`,
        remedy: `tenir la réunion au plus tard le ${w.date(a.holdBy)} ou prendre la décision le ${w.date(a.decideFrom)} ou plus tard`,
      }),
      'decision-too-soon': (a, w) => ({
        message: `${a.endKnown ? 'la réunion se termine' : 'la dernière séance de la réunion commence'} le ${w.date(a.meetingEnd)}, ${w.count(a.daysBeforeDecision, { one: 'jour', other: 'jours' })} avant la décision à laquelle elle contribue (« ${a.decision} », ${w.date(a.decisionDate)}) ; il en faut au moins ${a.minDaysBeforeDecision} pour diffuser le résultat`,
        remedy: `tenir la réunion au plus tard le ${w.date(a.holdBy)} ou prendre la décision le ${w.date(a.decideFrom)} ou plus tard`,
      }),
    },
  },
  es: {
    criterion: 'Participación temprana',
    description: 'Las aportaciones se recaban mientras las opciones siguen abiertas: la reunión termina al menos 6 semanas antes de la decisión a la que contribuye.',
    options: {
      minDaysBeforeDecision: 'Mínimo de días entre el final de la reunión y la decisión a la que contribuye, para que se pueda difundir el resultado.',
    },
    sources: [
      'Convención de Aarhus, art. 6(4): "early public participation, when all options are open"',
      'Directrices de la OCDE para los procesos de participación ciudadana (2022): la decisión no debe tomarse antes de que empiece el proceso',
      'Regla de las seis semanas de las Naciones Unidas: los documentos se distribuyen seis semanas antes de la reunión que decide sobre ellos',
    ],
    get page() {
      return readPageEs();
    },
    messages: {
      'decision-date-not-stated': (a) => ({
        message: `no se indica la fecha de la decisión a la que se destinan las aportaciones (“${a.decision}”), por lo que no se puede comprobar que lleguen mientras las opciones siguen abiertas`,
        remedy: 'indicar `framework.feeds_into` con el `name` y la `date` de la decisión',
      }),
      'decision-not-stated': () => ({
        message: 'la invitación no dice a qué decisión se destinan las aportaciones ni cuándo se tomará, por lo que no se puede comprobar que lleguen mientras las opciones siguen abiertas',
        remedy: 'indicar `framework.feeds_into` con el `name` y la `date` de la decisión',
      }),
      'decision-taken-first': (a, w) => ({
        message: `${a.endKnown ? 'la reunión termina' : 'la última sesión de la reunión empieza'} el ${w.date(a.meetingEnd)}, pero la decisión a la que contribuye (“${a.decision}”) se toma el ${w.date(a.decisionDate)}: las opciones ya no están abiertas`,
        remedy: `celebrar la reunión a más tardar el ${w.date(a.holdBy)} o tomar la decisión el ${w.date(a.decideFrom)} o más tarde`,
      }),
      'decision-too-soon': (a, w) => ({
        message: `${a.endKnown ? 'la reunión termina' : 'la última sesión de la reunión empieza'} el ${w.date(a.meetingEnd)}, ${w.count(a.daysBeforeDecision, { one: 'día', other: 'días' })} antes de la decisión a la que contribuye (“${a.decision}”, ${w.date(a.decisionDate)}); se necesitan al menos ${a.minDaysBeforeDecision} para difundir el resultado`,
        remedy: `celebrar la reunión a más tardar el ${w.date(a.holdBy)} o tomar la decisión el ${w.date(a.decideFrom)} o más tarde`,
      }),
    },
  },
};
