// material-changes' messages, by id, in English, French and Spanish: each renders a finding from its evidence.
import type { Mode } from '../../src/announcement/facts.js';
import { CHANGES, type REVISION_KINDS } from '../../src/announcement/schema.js';
import type { MessageCatalogue, RuleTranslations } from '../../src/engine/types.js';
import type { Words } from '../../src/i18n/words.js';
import { phrases } from '../../src/i18n/phrases.js';
import readPageEs from './README.es.md?lazy';
import readPageFr from './README.fr.md?lazy';

type Change = (typeof CHANGES)[number];

type Revision = {
  kind: (typeof REVISION_KINDS)[number];
  changed: readonly Change[];
  /** The day of the revision: `issued` (its latest day when it is a month or a range), or the --as-of date. */
  revised: string;
  /** Whether `revised` is the invitation's `issued` date (else the --as-of date of a draft). */
  sentFrom: 'issued' | 'as-of';
  start: string;
  mode: Mode;
  remoteStated: boolean;
  /** Whether the meeting has started by the --as-of date: remedies are then for next time. */
  past: boolean;
};

/** A revision whose changes restart the notice count. */
type Restarting = Revision & {
  /** The changes that restart the notice count (`date` for a postponement). */
  restarting: readonly Change[];
  noticeDays: number;
  requiredDays: number;
  /** The latest day to send the revision for the notice required. */
  sendBy: string;
};

type Late = Restarting & {
  /** The earliest day the meeting could take place with the notice required. */
  moveTo: string;
  /** Whether `sendBy` is not before the --as-of date. */
  canSendBy: boolean;
};

export type Args = {
  /** A cancellation dated after the meeting was to start. */
  'cancelled-after-start': Revision & { cancelBy: string };
  /** `revision.kind: changed` without `revision.changed`. */
  'changes-not-stated': Revision & { restartingChanges: readonly Change[]; requiredDays: number; sendBy: string };
  /** Revised within a month or a range of days: enough notice if it went out early in it, not if late. */
  'revised-in-range-undecided': Restarting & { range: string; earliest: string };
  /** A revision that restarts the notice, dated after the meeting starts. */
  'revised-after-start': Late;
  /** A postponement with too little notice. */
  'postponed-late': Late;
  /** A change of date, time, venue, mode or agenda (as configured) with too little notice. */
  'revised-late': Late;
};

const isMonth = (range: string) => /^\d{4}-\d{2}$/.test(range);

/** `date, venue or mode`. */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

const whatEn = (a: Restarting) => (a.kind === 'postponed' ? `postponed to ${a.start}` : `on ${a.start} with a new ${a.restarting.join(', ')}`);

function lateRemedyEn(a: Late): string {
  if (a.past) return `the meeting has taken place: next time, announce a change at least ${a.requiredDays} days before the meeting (for this one, by ${a.sendBy})`;
  return [...(a.canSendBy ? [`send the revision by ${a.sendBy}`] : []), `move the meeting to ${a.moveTo} or later`].join(', or ');
}

export const messages: MessageCatalogue<Args> = {
  'cancelled-after-start': (a, w) => ({
    message: `the cancellation is dated ${a.revised}${phrases(w).draftNote(a.sentFrom === 'issued', a.revised)}, after the meeting was to start on ${a.start}`,
    remedy: a.past
      ? `the meeting was to take place: next time, announce a cancellation before the day it is to start (here, by ${a.cancelBy})`
      : `date the cancellation before ${a.start}, the day the meeting was to start`,
  }),
  'changes-not-stated': (a, w) => ({
    message: 'the invitation is a revision, but what changed is not stated',
    remedy: `list what changed in \`revision.changed\` (${CHANGES.join(', ')}); if the ${orList(a.restartingChanges)} changed, ${phrases(w).meeting(a.mode, a.remoteStated)} on ${a.start} needs the revision sent ${a.requiredDays} days ahead, by ${a.sendBy}`,
  }),
  'revised-in-range-undecided': (a, w) => ({
    message: `revised ${isMonth(a.range) ? `in ${a.range}` : `between ${a.range}`}: that is enough notice for ${phrases(w).meeting(a.mode, a.remoteStated)} ${whatEn(a)} if the revision went out by ${a.sendBy}, not if later`,
    remedy: `state the day of the revision (\`issued: YYYY-MM-DD\`); it passes if that is ${a.sendBy} or earlier`,
  }),
  'revised-after-start': (a, w) => ({
    message: `the revision of ${a.revised}${phrases(w).draftNote(a.sentFrom === 'issued', a.revised)} is dated after the meeting starts on ${a.start}`,
    remedy: lateRemedyEn(a),
  }),
  'postponed-late': (a, w) => {
    const p = phrases(w);
    return {
      message: `postponed on ${a.revised}${p.draftNote(a.sentFrom === 'issued', a.revised)} to ${a.start}, ${a.noticeDays} days later; ${p.meeting(a.mode, a.remoteStated)} needs at least ${a.requiredDays} days of notice from the postponement`,
      remedy: lateRemedyEn(a),
    };
  },
  'revised-late': (a, w) => {
    const p = phrases(w);
    return {
      message: `revised on ${a.revised}${p.draftNote(a.sentFrom === 'issued', a.revised)}, ${a.noticeDays} days before ${p.meeting(a.mode, a.remoteStated)} on ${a.start}, with a new ${a.restarting.join(', ')}; notice counts again from the change, and at least ${a.requiredDays} days are needed`,
      remedy: lateRemedyEn(a),
    };
  },
};

/** A change as French says "un changement de …" (`de date`, `d’horaire`). */
const CHANGE_FR: Record<Change, string> = {
  date: 'de date',
  time: 'd’horaire',
  duration: 'de durée',
  venue: 'de lieu',
  mode: 'de format',
  agenda: 'd’ordre du jour',
  admission: 'de modalités d’admission',
};

/** A change as Spanish says "un cambio de …". */
const CHANGE_ES: Record<Change, string> = {
  date: 'fecha',
  time: 'hora',
  duration: 'duración',
  venue: 'sede',
  mode: 'formato',
  agenda: 'orden del día',
  admission: 'condiciones de admisión',
};

const codes = (list: readonly string[], w: Words) => w.and(list.map((code) => `\`${code}\``));
const daysFr = (n: number, w: Words) => phrases(w).days(n, 'days');

/** `reportée au 16 mars 2026` / `le 16 mars 2026, avec un changement de lieu`. */
const whatFr = (a: Restarting, w: Words) =>
  a.kind === 'postponed' ? `reportée au ${w.date(a.start)}` : `le ${w.date(a.start)}, avec un changement ${w.and(a.restarting.map((c) => CHANGE_FR[c]))}`;
const whatEs = (a: Restarting, w: Words) =>
  a.kind === 'postponed' ? `aplazada al ${w.date(a.start)}` : `el ${w.date(a.start)}, con un cambio de ${w.and(a.restarting.map((c) => CHANGE_ES[c]))}`;

function lateRemedyFr(a: Late, w: Words): string {
  if (a.past) return `la réunion a eu lieu : la prochaine fois, annoncer toute modification au moins ${daysFr(a.requiredDays, w)} avant la réunion (pour celle-ci, au plus tard le ${w.date(a.sendBy)})`;
  return w.or([...(a.canSendBy ? [`envoyer la révision au plus tard le ${w.date(a.sendBy)}`] : []), `reporter la réunion au ${w.date(a.moveTo)} ou plus tard`]);
}

function lateRemedyEs(a: Late, w: Words): string {
  if (a.past) return `la reunión ya se celebró: la próxima vez, anunciar los cambios con al menos ${phrases(w).days(a.requiredDays, 'days')} de antelación (para esta, a más tardar el ${w.date(a.sendBy)})`;
  return w.or([...(a.canSendBy ? [`enviar la revisión a más tardar el ${w.date(a.sendBy)}`] : []), `trasladar la reunión al ${w.date(a.moveTo)} o más tarde`]);
}

const rangeFr = (a: { range: string; earliest: string; revised: string }, w: Words) =>
  isMonth(a.range) ? `en ${w.month(a.range)}` : `entre le ${w.date(a.earliest)} et le ${w.date(a.revised)}`;
const rangeEs = (a: { range: string; earliest: string; revised: string }, w: Words) =>
  isMonth(a.range) ? `en ${w.month(a.range)}` : `entre el ${w.date(a.earliest)} y el ${w.date(a.revised)}`;

export const translations: RuleTranslations<Args> = {
  fr: {
    criterion: 'Modifications importantes',
    description: 'Une invitation révisée indique ce qui a changé, et un changement de date, d’horaire, de lieu, de format ou d’ordre du jour fait repartir le préavis complet à compter de la révision ; les annulations et les reports sont annoncés comme tels.',
    options: {
      inPersonDays: 'Jours de préavis, à compter de la révision, pour une réunion en présentiel (sans prise de parole à distance).',
      hybridDays: 'Jours de préavis, à compter de la révision, pour une réunion sur place où les participants à distance peuvent prendre la parole.',
      onlineDays: 'Jours de préavis, à compter de la révision, pour une réunion en ligne.',
      restartingChanges: 'Les changements après lesquels le préavis est recompté à partir de la révision (c’est toujours le cas d’un report).',
    },
    sources: [
      'Annonces de réunions intérimaires du Datatracker de l’IETF : une réunion modifiée est annoncée par « MEETING DETAILS HAVE CHANGED », une réunion annulée par « has been cancelled »',
      'RFC 9137 (BCP 226, 2021) : une réunion reportée ne commence pas moins d’un mois après l’annonce du report ; un changement de lieu qui oblige à organiser un nouveau voyage ne devrait pas intervenir moins d’un mois avant la réunion',
      'Déclaration de l’IESG « Guidance on In-Person and Online Interim Meetings » (2023) : les réunions intérimaires sont annoncées à l’avance (au moins une semaine, de préférence deux, pour les réunions en ligne)',
    ],
    get page() {
      return readPageFr();
    },
    messages: {
      'cancelled-after-start': (a, w) => ({
        message: `l’annulation est datée du ${w.date(a.revised)}${phrases(w).draftNote(a.sentFrom === 'issued', a.revised)}, après le début prévu de la réunion le ${w.date(a.start)}`,
        remedy: a.past
          ? `la réunion devait avoir lieu : la prochaine fois, annoncer une annulation avant le jour prévu de la réunion (ici, au plus tard le ${w.date(a.cancelBy)})`
          : `dater l’annulation d’un jour antérieur au ${w.date(a.start)}, jour prévu du début de la réunion`,
      }),
      'changes-not-stated': (a, w) => ({
        message: 'l’invitation est une révision, mais ce qui a changé n’est pas précisé',
        remedy: `indiquer ce qui a changé dans \`revision.changed\` (${codes(CHANGES, w)}) ; en cas de changement ${w.or(a.restartingChanges.map((c) => CHANGE_FR[c]))}, ${phrases(w).meeting(a.mode, a.remoteStated)} le ${w.date(a.start)} exige que la révision parte ${daysFr(a.requiredDays, w)} avant, au plus tard le ${w.date(a.sendBy)}`,
      }),
      'revised-in-range-undecided': (a, w) => ({
        message: `révisée ${rangeFr(a, w)} : le préavis suffit pour ${phrases(w).meeting(a.mode, a.remoteStated)} ${whatFr(a, w)}${a.kind === 'postponed' ? '' : ','} si la révision est partie au plus tard le ${w.date(a.sendBy)}, pas si elle est partie après`,
        remedy: `indiquer le jour de la révision (\`issued: AAAA-MM-JJ\`) ; le critère est rempli si c’est le ${w.date(a.sendBy)} ou avant`,
      }),
      'revised-after-start': (a, w) => ({
        message: `la révision du ${w.date(a.revised)}${phrases(w).draftNote(a.sentFrom === 'issued', a.revised)} est datée d’après le début de la réunion, le ${w.date(a.start)}`,
        remedy: lateRemedyFr(a, w),
      }),
      'postponed-late': (a, w) => {
        const p = phrases(w);
        return {
          message: `reportée le ${w.date(a.revised)}${p.draftNote(a.sentFrom === 'issued', a.revised)} au ${w.date(a.start)}, soit ${daysFr(a.noticeDays, w)} plus tard ; ${p.meeting(a.mode, a.remoteStated)} exige un préavis d’au moins ${daysFr(a.requiredDays, w)} à compter du report`,
          remedy: lateRemedyFr(a, w),
        };
      },
      'revised-late': (a, w) => {
        const p = phrases(w);
        return {
          message: `révisée le ${w.date(a.revised)}${p.draftNote(a.sentFrom === 'issued', a.revised)}, ${daysFr(a.noticeDays, w)} avant ${p.meeting(a.mode, a.remoteStated)} ${whatFr(a, w)} ; le préavis repart de la modification, et il faut au moins ${daysFr(a.requiredDays, w)}`,
          remedy: lateRemedyFr(a, w),
        };
      },
    },
  },
  es: {
    criterion: 'Cambios sustanciales',
    description: 'Una invitación revisada indica qué ha cambiado, y un cambio de fecha, hora, sede, formato u orden del día vuelve a exigir toda la antelación desde la revisión; las cancelaciones y los aplazamientos se anuncian como tales.',
    options: {
      inPersonDays: 'Días de antelación, contados desde la revisión, para una reunión presencial (sin intervención a distancia).',
      hybridDays: 'Días de antelación, contados desde la revisión, para una reunión en una sede con participantes a distancia que pueden intervenir.',
      onlineDays: 'Días de antelación, contados desde la revisión, para una reunión en línea.',
      restartingChanges: 'Los cambios tras los cuales la antelación vuelve a contarse desde la revisión (un aplazamiento siempre lo hace).',
    },
    sources: [
      'Anuncios de reuniones interinas del Datatracker del IETF: una reunión modificada se anuncia como "MEETING DETAILS HAVE CHANGED" y una cancelada como "has been cancelled"',
      'RFC 9137 (BCP 226, 2021): una reunión aplazada no empieza antes de un mes después del anuncio del aplazamiento; un cambio de lugar que exija un nuevo viaje no debería producirse menos de un mes antes de la reunión',
      'Declaración del IESG "Guidance on In-Person and Online Interim Meetings" (2023): las reuniones interinas se anuncian con antelación (al menos una semana, preferiblemente dos, para las reuniones en línea)',
    ],
    get page() {
      return readPageEs();
    },
    messages: {
      'cancelled-after-start': (a, w) => ({
        message: `la cancelación tiene fecha del ${w.date(a.revised)}${phrases(w).draftNote(a.sentFrom === 'issued', a.revised)}, después de la fecha prevista de inicio de la reunión, el ${w.date(a.start)}`,
        remedy: a.past
          ? `la reunión debía celebrarse: la próxima vez, anunciar la cancelación antes del día previsto de inicio (en este caso, a más tardar el ${w.date(a.cancelBy)})`
          : `fechar la cancelación antes del ${w.date(a.start)}, el día previsto de inicio de la reunión`,
      }),
      'changes-not-stated': (a, w) => ({
        message: 'la invitación es una revisión, pero no se indica qué ha cambiado',
        remedy: `indicar qué ha cambiado en \`revision.changed\` (${codes(CHANGES, w)}); en caso de cambio de ${w.or(a.restartingChanges.map((c) => CHANGE_ES[c]))}, ${phrases(w).meeting(a.mode, a.remoteStated)} el ${w.date(a.start)} requiere enviar la revisión con ${phrases(w).days(a.requiredDays, 'days')} de antelación, a más tardar el ${w.date(a.sendBy)}`,
      }),
      'revised-in-range-undecided': (a, w) => ({
        message: `revisada ${rangeEs(a, w)}: la antelación basta para ${phrases(w).meeting(a.mode, a.remoteStated)} ${whatEs(a, w)}${a.kind === 'postponed' ? '' : ','} si la revisión se envió a más tardar el ${w.date(a.sendBy)}, no si fue después`,
        remedy: `indicar el día de la revisión (\`issued: AAAA-MM-DD\`); cumple si es el ${w.date(a.sendBy)} o antes`,
      }),
      'revised-after-start': (a, w) => ({
        message: `la revisión del ${w.date(a.revised)}${phrases(w).draftNote(a.sentFrom === 'issued', a.revised)} tiene fecha posterior al inicio de la reunión, el ${w.date(a.start)}`,
        remedy: lateRemedyEs(a, w),
      }),
      'postponed-late': (a, w) => {
        const p = phrases(w);
        return {
          message: `aplazada el ${w.date(a.revised)}${p.draftNote(a.sentFrom === 'issued', a.revised)} al ${w.date(a.start)}, ${p.days(a.noticeDays, 'days')} después; ${p.meeting(a.mode, a.remoteStated)} requiere al menos ${p.days(a.requiredDays, 'days')} de antelación desde el aplazamiento`,
          remedy: lateRemedyEs(a, w),
        };
      },
      'revised-late': (a, w) => {
        const p = phrases(w);
        return {
          message: `revisada el ${w.date(a.revised)}${p.draftNote(a.sentFrom === 'issued', a.revised)}, ${p.days(a.noticeDays, 'days')} antes de ${p.meeting(a.mode, a.remoteStated)} ${whatEs(a, w)}; la antelación vuelve a contarse desde el cambio y se necesitan al menos ${p.days(a.requiredDays, 'days')}`,
          remedy: lateRemedyEs(a, w),
        };
      },
    },
  },
};
