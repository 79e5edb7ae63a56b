// notice-period's messages, by id, in English, French and Spanish: each renders a finding from its evidence.
import type { Mode } from '../../src/announcement/facts.js';
import type { MessageCatalogue, RuleTranslations } from '../../src/engine/types.js';
import type { Words } from '../../src/i18n/words.js';
import { phrases, type DayUnit } from '../../src/i18n/phrases.js';
import readPageEs from './README.es.md?lazy';
import readPageFr from './README.fr.md?lazy';

type Notice = {
  /** The day the notice counts from: `issued` (its latest day when it is a month or a range), or the --as-of date. */
  sent: string;
  sentFrom: 'issued' | 'as-of';
  /** The first day `issued` allows (the same as `sent` unless it is a month or a range). */
  earliest: string;
  start: string;
  mode: Mode;
  remoteStated: boolean;
  noticeDays: number;
  noticeWorkingDays: number;
  requiredDays: number;
  unit: DayUnit;
  /** Whether the meeting has started by the --as-of date: remedies are then for next time. */
  past: boolean;
  /** The latest day to send the invitation for the notice required. */
  sendBy: string;
  /** The earliest day the meeting could take place with the notice required, sent now or as planned. */
  moveTo: string;
};

type Registration = {
  sent: string;
  sentFrom: 'issued' | 'as-of';
  registrationDeadline: string;
  start: string;
  registrationDays: number;
  requiredDays: number;
  unit: DayUnit;
  past: boolean;
  /** The earliest registration deadline that leaves enough days. */
  moveTo: string;
  /** The latest day to send the invitation for the deadline as it is, or null when that day has passed. */
  sendBy: string | null;
};

export type Args = {
  /** The invitation is dated after the meeting began. */
  'issued-after-start': Notice;
  /** A draft (no `issued`) checked for a day after its meeting began. */
  'draft-after-start': Notice;
  /** Issued within a month or a range of days: enough notice if it went out early in it, not if late. */
  'issued-in-range-undecided': Notice & { range: string; latest: string };
  /** Too little notice (at the range's first day, when the issue date is a range). */
  'announced-late': Notice & { shortDays: number; range: string | null; canSendBy: boolean };
  'registration-after-start': Registration;
  'registration-too-soon': Registration;
};

const isMonth = (range: string) => /^\d{4}-\d{2}$/.test(range);

export const messages: MessageCatalogue<Args> = {
  'issued-after-start': (a) => ({
    message: `issued on ${a.sent}, after the meeting started on ${a.start}`,
    remedy: a.past ? lessonEn(a) : `move the meeting to ${a.moveTo} or later`,
  }),
  'draft-after-start': (a) => ({
    message: `the meeting started on ${a.start}, before ${a.sent}, the day this draft is checked for (it has no \`issued\` date)`,
    remedy: 'state when the invitation was sent (`issued`), or check the draft for a day before the meeting (--as-of YYYY-MM-DD)',
  }),
  'issued-in-range-undecided': (a, w) => ({
    message: `issued ${isMonth(a.range) ? `in ${a.range}` : `between ${a.range}`}: that is enough notice for ${phrases(w).meeting(a.mode, a.remoteStated)} on ${a.start} if it was issued by ${a.sendBy}, not if later`,
    remedy: `state the day it was issued (\`issued: YYYY-MM-DD\`); it passes if that is ${a.sendBy} or earlier`,
  }),
  'announced-late': (a, w) => {
    const p = phrases(w);
    const when = a.range === null ? '' : ` (issued ${isMonth(a.range) ? `in ${a.range}` : `between ${a.range}`}: too late even on its first day)`;
    const remedies = [...(a.canSendBy ? [`send it by ${a.sendBy}`] : []), `move the meeting to ${a.moveTo} or later`];
    return {
      message: `announced ${p.days(a.shortDays, a.unit)} before ${p.meeting(a.mode, a.remoteStated)} on ${a.start}${p.draftNote(a.sentFrom === 'issued', a.sent)}${when}; at least ${a.requiredDays} are needed`,
      remedy: a.past ? lessonEn(a) : remedies.join(', or '),
    };
  },
  'registration-after-start': (a) => ({
    message: `the registration deadline ${a.registrationDeadline} is after the meeting starts on ${a.start}`,
    remedy: a.past ? 'the meeting has taken place: next time, close registration before the meeting starts' : `set the registration deadline on or before ${a.start}`,
  }),
  'registration-too-soon': (a, w) => {
    const p = phrases(w);
    return {
      message: `the registration deadline ${a.registrationDeadline} is ${p.days(a.registrationDays, a.unit)} after the invitation${p.draftNote(a.sentFrom === 'issued', a.sent)}; at least ${a.requiredDays} are needed to register`,
      remedy: a.past
        ? `the meeting has taken place: next time, leave at least ${a.requiredDays} ${a.unit} between the invitation and the registration deadline`
        : [`move the registration deadline to ${a.moveTo} or later`, ...(a.sendBy ? [`send the invitation by ${a.sendBy}`] : [])].join(', or '),
    };
  },
};

function lessonEn(a: Notice): string {
  return `the meeting has taken place: next time, send the invitation at least ${a.requiredDays} ${a.unit} ahead (for this one, by ${a.sendBy})`;
}

export const translations: RuleTranslations<Args> = {
  fr: {
    criterion: 'Délai de convocation',
    description: 'L’invitation part assez tôt pour que chacun puisse s’organiser, trouver un financement et voyager (8 semaines en présentiel, 4 en hybride, 2 en ligne).',
    options: {
      inPersonDays: 'Jours de préavis pour une réunion en présentiel (sans prise de parole à distance).',
      hybridDays: 'Jours de préavis pour une réunion sur place où les participants à distance peuvent prendre la parole.',
      onlineDays: 'Jours de préavis pour une réunion entièrement en ligne.',
      workingDays: 'Compter en jours ouvrables (du lundi au vendredi) plutôt qu’en jours calendaires.',
      registrationDays: 'Jours entre `issued` et la clôture des inscriptions (`admission.closes` ; `meeting.registration_deadline` en format v1), lorsqu’elle est indiquée.',
    },
    sources: [
      'Processus du W3C : 8 semaines de préavis pour les réunions en présentiel « to allow proper planning (e.g. travel arrangements) »',
      'Déclaration de l’IESG sur les réunions intérimaires (2008) : 4 semaines de préavis pour les réunions intérimaires en présentiel',
      'Déclaration de l’IESG sur les réunions intérimaires (2008) et pratique des réunions électroniques de l’UIT-T : 2 semaines de préavis pour les réunions virtuelles',
    ],
    get page() {
      return readPageFr();
    },
    messages: {
      'issued-after-start': (a, w) => ({
        message: `publiée le ${w.date(a.sent)}, après le début de la réunion le ${w.date(a.start)}`,
        remedy: a.past ? lessonFr(a, w) : `reporter la réunion au ${w.date(a.moveTo)} ou plus tard`,
      }),
      'draft-after-start': (a, w) => ({
        message: `la réunion a commencé le ${w.date(a.start)}, avant le ${w.date(a.sent)}, jour pour lequel ce projet est vérifié (il n’a pas de date \`issued\`)`,
        remedy: 'indiquer la date d’envoi de l’invitation (`issued`), ou vérifier le projet pour un jour antérieur à la réunion (--as-of AAAA-MM-JJ)',
      }),
      'issued-in-range-undecided': (a, w) => ({
        message: `publiée ${isMonth(a.range) ? `en ${w.month(a.range)}` : `entre le ${w.date(a.earliest)} et le ${w.date(a.latest)}`} : le préavis suffit pour ${phrases(w).meeting(a.mode, a.remoteStated)} le ${w.date(a.start)} si elle a été publiée au plus tard le ${w.date(a.sendBy)}, pas si elle l’a été après`,
        remedy: `indiquer le jour de publication (\`issued: AAAA-MM-JJ\`) ; le critère est rempli si c’est le ${w.date(a.sendBy)} ou avant`,
      }),
      'announced-late': (a, w) => {
        const p = phrases(w);
        const when = a.range === null ? '' : ` (publiée ${isMonth(a.range) ? `en ${w.month(a.range)}` : `entre le ${w.date(a.earliest)} et le ${w.date(a.sent)}`} : trop tard même le premier jour)`;
        const remedies = [...(a.canSendBy ? [`l’envoyer au plus tard le ${w.date(a.sendBy)}`] : []), `reporter la réunion au ${w.date(a.moveTo)} ou plus tard`];
        return {
          message: `annoncée ${p.days(a.shortDays, a.unit)} avant ${p.meeting(a.mode, a.remoteStated)} le ${w.date(a.start)}${p.draftNote(a.sentFrom === 'issued', a.sent)}${when} ; il en faut au moins ${a.requiredDays}`,
          remedy: a.past ? lessonFr(a, w) : w.or(remedies),
        };
      },
      'registration-after-start': (a, w) => ({
        message: `la date limite d’inscription (${w.date(a.registrationDeadline)}) est postérieure au début de la réunion, le ${w.date(a.start)}`,
        remedy: a.past ? 'la réunion a eu lieu : la prochaine fois, clore les inscriptions avant le début de la réunion' : `fixer la date limite d’inscription au ${w.date(a.start)} au plus tard`,
      }),
      'registration-too-soon': (a, w) => {
        const p = phrases(w);
        return {
          message: `la date limite d’inscription (${w.date(a.registrationDeadline)}) tombe ${p.days(a.registrationDays, a.unit)} après l’invitation${p.draftNote(a.sentFrom === 'issued', a.sent)} ; il en faut au moins ${a.requiredDays} pour s’inscrire`,
          remedy: a.past
            ? `la réunion a eu lieu : la prochaine fois, laisser au moins ${p.days(a.requiredDays, a.unit)} entre l’invitation et la date limite d’inscription`
            : w.or([`repousser la date limite d’inscription au ${w.date(a.moveTo)} ou plus tard`, ...(a.sendBy ? [`envoyer l’invitation au plus tard le ${w.date(a.sendBy)}`] : [])]),
        };
      },
    },
  },
  es: {
    criterion: 'Plazo de convocatoria',
    description: 'La invitación se envía con antelación suficiente para organizarse, conseguir financiación y viajar (8 semanas en persona, 4 en formato híbrido, 2 en línea).',
    options: {
      inPersonDays: 'Días de antelación para reuniones presenciales (sin intervención a distancia).',
      hybridDays: 'Días de antelación para una reunión en una sede con participantes a distancia que pueden intervenir.',
      onlineDays: 'Días de antelación para reuniones solo en línea.',
      workingDays: 'Contar días hábiles (de lunes a viernes) en lugar de días naturales.',
      registrationDays: 'Días entre `issued` y el cierre de la inscripción (`admission.closes`; `meeting.registration_deadline` en el formato v1), cuando se indica.',
    },
    sources: [
      'Documento de Proceso del W3C: 8 semanas de antelación para reuniones presenciales "to allow proper planning (e.g. travel arrangements)"',
      'Declaración del IESG sobre reuniones interinas (2008): 4 semanas de antelación para reuniones interinas presenciales',
      'Declaración del IESG sobre reuniones interinas (2008) y práctica de reuniones electrónicas del UIT-T: 2 semanas de antelación para reuniones virtuales',
    ],
    get page() {
      return readPageEs();
    },
    messages: {
      'issued-after-start': (a, w) => ({
        message: `publicada el ${w.date(a.sent)}, después de que empezara la reunión el ${w.date(a.start)}`,
        remedy: a.past ? lessonEs(a, w) : `trasladar la reunión al ${w.date(a.moveTo)} o más tarde`,
      }),
      'draft-after-start': (a, w) => ({
        message: `la reunión empezó el ${w.date(a.start)}, antes del ${w.date(a.sent)}, el día para el que se revisa este borrador (no tiene fecha \`issued\`)`,
        remedy: 'indicar cuándo se envió la invitación (`issued`), o revisar el borrador para un día anterior a la reunión (--as-of AAAA-MM-DD)',
      }),
      'issued-in-range-undecided': (a, w) => ({
        message: `publicada ${isMonth(a.range) ? `en ${w.month(a.range)}` : `entre el ${w.date(a.earliest)} y el ${w.date(a.latest)}`}: la antelación basta para ${phrases(w).meeting(a.mode, a.remoteStated)} el ${w.date(a.start)} si se publicó a más tardar el ${w.date(a.sendBy)}, no si fue después`,
        remedy: `indicar el día de publicación (\`issued: AAAA-MM-DD\`); cumple si es el ${w.date(a.sendBy)} o antes`,
      }),
      'announced-late': (a, w) => {
        const p = phrases(w);
        const when = a.range === null ? '' : ` (publicada ${isMonth(a.range) ? `en ${w.month(a.range)}` : `entre el ${w.date(a.earliest)} y el ${w.date(a.sent)}`}: demasiado tarde incluso el primer día)`;
        const remedies = [...(a.canSendBy ? [`enviarla a más tardar el ${w.date(a.sendBy)}`] : []), `trasladar la reunión al ${w.date(a.moveTo)} o más tarde`];
        return {
          message: `anunciada ${p.days(a.shortDays, a.unit)} antes de ${p.meeting(a.mode, a.remoteStated)} el ${w.date(a.start)}${p.draftNote(a.sentFrom === 'issued', a.sent)}${when}; se necesitan al menos ${a.requiredDays}`,
          remedy: a.past ? lessonEs(a, w) : w.or(remedies),
        };
      },
      'registration-after-start': (a, w) => ({
        message: `el plazo de inscripción (${w.date(a.registrationDeadline)}) termina después del inicio de la reunión, el ${w.date(a.start)}`,
        remedy: a.past ? 'la reunión ya se celebró: la próxima vez, cerrar la inscripción antes de que empiece la reunión' : `fijar el cierre de la inscripción el ${w.date(a.start)} o antes`,
      }),
      'registration-too-soon': (a, w) => {
        const p = phrases(w);
        return {
          message: `el plazo de inscripción (${w.date(a.registrationDeadline)}) termina ${p.days(a.registrationDays, a.unit)} después de la invitación${p.draftNote(a.sentFrom === 'issued', a.sent)}; se necesitan al menos ${a.requiredDays} para inscribirse`,
          remedy: a.past
            ? `la reunión ya se celebró: la próxima vez, dejar al menos ${p.days(a.requiredDays, a.unit)} entre la invitación y el cierre de la inscripción`
            : w.or([`aplazar el cierre de la inscripción al ${w.date(a.moveTo)} o más tarde`, ...(a.sendBy ? [`enviar la invitación a más tardar el ${w.date(a.sendBy)}`] : [])]),
        };
      },
    },
  },
};

function lessonFr(a: Notice, w: Words): string {
  return `la réunion a eu lieu : la prochaine fois, envoyer l’invitation au moins ${phrases(w).days(a.requiredDays, a.unit)} à l’avance (pour celle-ci, au plus tard le ${w.date(a.sendBy)})`;
}

function lessonEs(a: Notice, w: Words): string {
  return `la reunión ya se celebró: la próxima vez, enviar la invitación con al menos ${phrases(w).days(a.requiredDays, a.unit)} de antelación (para esta, a más tardar el ${w.date(a.sendBy)})`;
}
