// documents-in-advance's messages, by id, in English, French and Spanish: each renders a finding from its evidence.
import type { Mode } from '../../src/announcement/facts.js';
import type { MessageCatalogue, RuleTranslations } from '../../src/engine/types.js';
import { phrases } from '../../src/i18n/phrases.js';
import readPageEs from './README.es.md?lazy';
import readPageFr from './README.fr.md?lazy';

type Document = {
  /** The document's title, as the announcement writes it. */
  title: string;
  published: string;
  start: string;
  mode: Mode;
  remoteStated: boolean;
  /** Calendar days from its publication to the start (negative when after). */
  daysBefore: number;
  requiredDays: number;
  /** The latest day to publish it for the days required. */
  publishBy: string;
};

export type Args = {
  /** No `documents` are listed. */
  'no-documents': { documents: number; publishBy: string };
  /** A document is published after the meeting starts. */
  'published-after-start': Document;
  /** A document is published too few days before the meeting. */
  'published-late': Document & {
    /** The earliest day the meeting could take place with the document published as planned. */
    moveTo: string;
  };
};

export const messages: MessageCatalogue<Args> = {
  'no-documents': (a) => ({
    message: 'no background documents are listed, so invitees cannot tell what they will discuss or when they can read it',
    remedy: `list the documents under \`documents\` with the date each is published, at the latest ${a.publishBy}`,
  }),
  'published-after-start': (a, w) => ({
    message: `'${a.title}' is published on ${a.published}, after ${phrases(w).meeting(a.mode, a.remoteStated)} that starts on ${a.start}`,
    remedy: `publish it by ${a.publishBy}`,
  }),
  'published-late': (a, w) => ({
    message: `'${a.title}' is published ${a.daysBefore} days before ${phrases(w).meeting(a.mode, a.remoteStated)} on ${a.start}; at least ${a.requiredDays} are needed`,
    remedy: `publish it by ${a.publishBy}, or move the meeting to ${a.moveTo} or later`,
  }),
};

export const translations: RuleTranslations<Args> = {
  fr: {
    criterion: 'Documents à l’avance',
    description: 'Les documents de référence sont publiés assez tôt pour être lus et discutés (2 semaines avant une réunion sur place, 1 semaine en ligne).',
    options: {
      inPersonDays: 'Jours avant une réunion en présentiel ou hybride au plus tard auxquels chaque document doit être publié.',
      onlineDays: 'Jours avant une réunion en ligne au plus tard auxquels chaque document doit être publié.',
    },
    sources: [
      'Processus du W3C : l’ordre du jour 2 semaines avant une réunion en présentiel ; déclaration de l’IESG sur les réunions intérimaires (2008) : 2 semaines',
      'Déclaration de l’IESG sur les réunions intérimaires (2008) : l’ordre du jour 1 semaine avant une réunion virtuelle',
    ],
    get page() {
      return readPageFr();
    },
    messages: {
      'no-documents': (a, w) => ({
        message: 'aucun document de référence n’est indiqué : les invités ne savent ni sur quoi portera la discussion, ni quand ils pourront en prendre connaissance',
        remedy: `indiquer les documents sous \`documents\` avec la date de publication de chacun, au plus tard le ${w.date(a.publishBy)}`,
      }),
      'published-after-start': (a, w) => ({
        message: `le document « ${a.title} » est publié le ${w.date(a.published)}, après le début ${ofFr(phrases(w).meeting(a.mode, a.remoteStated))}, le ${w.date(a.start)}`,
        remedy: `le publier au plus tard le ${w.date(a.publishBy)}`,
      }),
      'published-late': (a, w) => {
        const meeting = phrases(w).meeting(a.mode, a.remoteStated);
        const when = a.daysBefore === 0 ? `le jour même ${ofFr(meeting)}, le ${w.date(a.start)}` : `${phrases(w).days(a.daysBefore, 'days')} avant ${meeting} le ${w.date(a.start)}`;
        return {
          message: `le document « ${a.title} » est publié ${when} ; il faut au moins ${phrases(w).days(a.requiredDays, 'days')}`,
          remedy: w.or([`le publier au plus tard le ${w.date(a.publishBy)}`, `reporter la réunion au ${w.date(a.moveTo)} ou plus tard`]),
        };
      },
    },
  },
  es: {
    criterion: 'Documentos con antelación',
    description: 'Los documentos de referencia se publican con antelación suficiente para leerlos y debatirlos (2 semanas antes de una reunión con sede, 1 semana en línea).',
    options: {
      inPersonDays: 'Días antes de una reunión presencial o híbrida en que, a más tardar, debe publicarse cada documento.',
      onlineDays: 'Días antes de una reunión en línea en que, a más tardar, debe publicarse cada documento.',
    },
    sources: [
      'Documento de Proceso del W3C: el orden del día 2 semanas antes de una reunión presencial; Declaración del IESG sobre reuniones interinas (2008): 2 semanas',
      'Declaración del IESG sobre reuniones interinas (2008): el orden del día 1 semana antes de una reunión virtual',
    ],
    get page() {
      return readPageEs();
    },
    messages: {
      'no-documents': (a, w) => ({
        message: 'no se indica ningún documento de referencia: los invitados no saben de qué se hablará ni cuándo podrán leerlo',
        remedy: `indicar los documentos en \`documents\` con la fecha de publicación de cada uno, a más tardar el ${w.date(a.publishBy)}`,
      }),
      'published-after-start': (a, w) => ({
        message: `el documento “${a.title}” se publica el ${w.date(a.published)}, después del inicio de ${phrases(w).meeting(a.mode, a.remoteStated)}, el ${w.date(a.start)}`,
        remedy: `publicarlo a más tardar el ${w.date(a.publishBy)}`,
      }),
      'published-late': (a, w) => {
        const meeting = phrases(w).meeting(a.mode, a.remoteStated);
        const when = a.daysBefore === 0 ? `el mismo día de ${meeting}, el ${w.date(a.start)}` : `${phrases(w).days(a.daysBefore, 'days')} antes de ${meeting} el ${w.date(a.start)}`;
        return {
          message: `el documento “${a.title}” se publica ${when}; se necesitan al menos ${phrases(w).days(a.requiredDays, 'days')}`,
          remedy: w.or([`publicarlo a más tardar el ${w.date(a.publishBy)}`, `trasladar la reunión al ${w.date(a.moveTo)} o más tarde`]),
        };
      },
    },
  },
};

/** `de` before a French noun phrase: `d’une réunion`, `de la réunion`. */
function ofFr(phrase: string): string {
  return /^[ae\u00e9iouy]/i.test(phrase) ? `d’${phrase}` : `de ${phrase}`;
}
