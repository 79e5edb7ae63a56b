// records-and-feedback's messages, by id, in English, French and Spanish: each renders a finding from its evidence.
import type { Mode } from '../../src/announcement/facts.js';
import type { Level } from '../../src/announcement/schema.js';
import type { MessageCatalogue, RuleTranslations } from '../../src/engine/types.js';
import type { Words } from '../../src/i18n/words.js';
import { phrases } from '../../src/i18n/phrases.js';
import readPageEs from './README.es.md?lazy';
import readPageFr from './README.fr.md?lazy';

type Records = {
  mode: Mode;
  remoteStated: boolean;
  /** The meeting's last day. */
  lastDay: string;
  requiredDays: number;
  /** The latest day the record may be published. */
  dueBy: string;
  /** Whether the meeting's last day is before the --as-of date: remedies are then for next time. */
  past: boolean;
};

type Due = Records & { due: string; daysAfterMeeting: number };

export type Args = {
  /** No `records` block, or an invitation in format v1 (which cannot state one). */
  'records-not-stated': Records & { takesInput: boolean; formatVersion: 1 | 2 };
  /** `records.minutes: false` and `records.summary: false`. */
  'no-minutes-or-summary': Records & { minutes: false; summary: false; recording: boolean | null };
  /** Neither minutes nor a summary promised, and not both refused. */
  'minutes-not-stated': Records & { minutes: boolean | null; summary: boolean | null; recording: boolean | null };
  /** No `records.published_by` (or `published_within`). */
  'published-by-not-stated': Records;
  /** The record is due before the meeting's last day. */
  'due-before-meeting': Due;
  /** The record is due later than `requiredDays` after the meeting. */
  'published-late': Due;
  /** The meeting takes input, and `records.feedback` is not stated. */
  'feedback-not-stated': Records & { level: Level | null };
  /** `records.acknowledgement: false` for a meeting that takes written input. */
  'not-acknowledged': Records & { acknowledgement: false };
  /** `records.acknowledgement` not stated for a meeting that takes written input. */
  'acknowledgement-not-stated': Records & { acknowledgement: null };
};

const pastEn = (a: Records, remedy: string) => (a.past ? `the meeting has taken place: next time, ${remedy}` : remedy);
const withinEn = (a: Records, w: Words) => `within ${a.requiredDays} days of ${phrases(w).meeting(a.mode, a.remoteStated)}, i.e. by ${a.dueBy}`;

export const messages: MessageCatalogue<Args> = {
  'records-not-stated': (a, w) => {
    const what = [`minutes or a summary, published ${withinEn(a, w)}`, ...(a.takesInput ? ['how input will be reflected'] : [])];
    return {
      message: 'the invitation does not say what record of the meeting is published, or when',
      remedy: pastEn(a, `state in \`records\`${a.formatVersion === 2 ? '' : ' (format v2: `format_version: 2`)'} ${what.join(', and ')}`),
    };
  },
  'no-minutes-or-summary': (a, w) => ({
    message: `no minutes and no summary are published${a.recording === true ? ' (only a recording)' : ''}, so nobody can read or cite what was said`,
    remedy: pastEn(a, `publish minutes or a summary (\`records.minutes: true\` or \`records.summary: true\`) ${withinEn(a, w)}`),
  }),
  'minutes-not-stated': (a, w) => ({
    message: 'whether minutes or a summary are published is not stated',
    remedy: pastEn(a, `publish minutes or a summary (\`records.minutes: true\` or \`records.summary: true\`) ${withinEn(a, w)}`),
  }),
  'published-by-not-stated': (a) => ({
    message: 'by when the record is published is not stated',
    remedy: pastEn(a, `state \`records.published_by: ${a.dueBy}\` (${a.requiredDays} days after the meeting) or earlier`),
  }),
  'due-before-meeting': (a) => ({
    message: `the record is due on ${a.due}, before the meeting's last day ${a.lastDay}`,
    remedy: pastEn(a, `set \`records.published_by\` between ${a.lastDay} and ${a.dueBy}`),
  }),
  'published-late': (a, w) => ({
    message: `the record is published ${a.daysAfterMeeting} days after ${phrases(w).meeting(a.mode, a.remoteStated)} ending on ${a.lastDay}; at most ${a.requiredDays} are allowed`,
    remedy: pastEn(a, `publish it by ${a.dueBy} (\`records.published_by: ${a.dueBy}\`)`),
  }),
  'feedback-not-stated': (a) => ({
    message: 'how the input of participants will be reflected is not stated',
    remedy: pastEn(a, 'say in `records.feedback` how input is taken into account and where the reasons are published (e.g. "a response to each contribution in the chair\'s summary")'),
  }),
  'not-acknowledged': (a) => ({
    message: 'written contributions are not acknowledged',
    remedy: pastEn(a, 'acknowledge the receipt of each contribution (`records.acknowledgement: true`)'),
  }),
  'acknowledgement-not-stated': (a) => ({
    message: 'whether written contributions are acknowledged is not stated',
    remedy: pastEn(a, 'state `records.acknowledgement`'),
  }),
};

const pastFr = (a: Records, remedy: string) => (a.past ? `la réunion a eu lieu : la prochaine fois, ${remedy}` : remedy);
const pastEs = (a: Records, remedy: string) => (a.past ? `la reunión ya se celebró: la próxima vez, ${remedy}` : remedy);
/** `dans les 14 jours suivant une réunion hybride, soit au plus tard le 30 mars 2026`. */
const withinFr = (a: Records, w: Words) =>
  `dans les ${phrases(w).days(a.requiredDays, 'days')} suivant ${phrases(w).meeting(a.mode, a.remoteStated)}, soit au plus tard le ${w.date(a.dueBy)}`;
/** `en los 14 días siguientes a una reunión híbrida, es decir, a más tardar el 30 de marzo de 2026`. */
const withinEs = (a: Records, w: Words) =>
  `en los ${phrases(w).days(a.requiredDays, 'days')} siguientes a ${phrases(w).meeting(a.mode, a.remoteStated)}, es decir, a más tardar el ${w.date(a.dueBy)}`;

export const translations: RuleTranslations<Args> = {
  fr: {
    criterion: 'Comptes rendus et suites données',
    description: 'L’invitation s’engage à publier un procès-verbal ou un résumé, dit dans quel délai (2 semaines après une réunion sur place, 48 heures en ligne) et comment les contributions seront prises en compte.',
    options: {
      inPersonDays: 'Jours après une réunion en présentiel ou hybride dans lesquels le procès-verbal ou le résumé est publié (W3C : deux semaines en présentiel).',
      onlineDays: 'Jours après une réunion en ligne dans lesquels le procès-verbal ou le résumé est publié (W3C : 48 heures pour les réunions à distance).',
    },
    sources: [
      'Processus du W3C (2015), section 3.2 : procès-verbal disponible deux semaines après une réunion en présentiel ; l’appel à participer à un atelier devrait en indiquer les livrables (rapports, procès-verbaux)',
      'Processus du W3C (2015), section 3.2 : procès-verbal disponible 48 heures après une réunion à distance',
      'Commission européenne, COM(2002) 704, norme minimale E : accuser réception des contributions, et faire un retour adéquat aux participants et au public',
      'Convention d’Aarhus, art. 6, par. 8 : les résultats de la participation du public sont « dûment pris en considération » ; art. 6, par. 9 : le public est informé de la décision et de ses motifs',
    ],
    get page() {
      return readPageFr();
    },
    messages: {
      'records-not-stated': (a, w) => {
        const what = `un procès-verbal ou un résumé, publié ${withinFr(a, w)}${a.takesInput ? ', ainsi que la manière dont les contributions seront prises en compte' : ''}`;
        return {
          message: 'l’invitation ne dit pas quel compte rendu de la réunion sera publié, ni quand',
          remedy: pastFr(a, `indiquer dans \`records\`${a.formatVersion === 2 ? '' : ' (format v2 : `format_version: 2`)'} ${what}`),
        };
      },
      'no-minutes-or-summary': (a, w) => ({
        message: `ni procès-verbal ni résumé ne sont publiés${a.recording === true ? ' (seulement un enregistrement)' : ''} : personne ne peut lire ni citer ce qui a été dit`,
        remedy: pastFr(a, `publier un procès-verbal ou un résumé (\`records.minutes: true\` ou \`records.summary: true\`) ${withinFr(a, w)}`),
      }),
      'minutes-not-stated': (a, w) => ({
        message: 'la publication d’un procès-verbal ou d’un résumé n’est pas précisée',
        remedy: pastFr(a, `publier un procès-verbal ou un résumé (\`records.minutes: true\` ou \`records.summary: true\`) ${withinFr(a, w)}`),
      }),
      'published-by-not-stated': (a, w) => ({
        message: 'la date de publication du compte rendu n’est pas précisée',
        remedy: pastFr(a, `indiquer \`records.published_by: ${a.dueBy}\` (${phrases(w).days(a.requiredDays, 'days')} après la réunion) ou une date antérieure`),
      }),
      'due-before-meeting': (a, w) => ({
        message: `le compte rendu est prévu pour le ${w.date(a.due)}, avant le dernier jour de la réunion, le ${w.date(a.lastDay)}`,
        remedy: pastFr(a, `fixer \`records.published_by\` entre le ${w.date(a.lastDay)} et le ${w.date(a.dueBy)}`),
      }),
      'published-late': (a, w) => ({
        message: `le compte rendu est publié ${phrases(w).days(a.daysAfterMeeting, 'days')} après ${phrases(w).meeting(a.mode, a.remoteStated)} qui se termine le ${w.date(a.lastDay)} ; le maximum est de ${phrases(w).days(a.requiredDays, 'days')}`,
        remedy: pastFr(a, `le publier au plus tard le ${w.date(a.dueBy)} (\`records.published_by: ${a.dueBy}\`)`),
      }),
      'feedback-not-stated': (a) => ({
        message: 'la manière dont les contributions des participants seront prises en compte n’est pas précisée',
        remedy: pastFr(a, 'indiquer dans `records.feedback` comment les contributions sont prises en compte et où les motifs sont publiés (par exemple « une réponse à chaque contribution dans le résumé de la présidence »)'),
      }),
      'not-acknowledged': (a) => ({
        message: 'il n’est pas accusé réception des contributions écrites',
        remedy: pastFr(a, 'accuser réception de chaque contribution (`records.acknowledgement: true`)'),
      }),
      'acknowledgement-not-stated': (a) => ({
        message: 'l’invitation ne précise pas s’il est accusé réception des contributions écrites',
        remedy: pastFr(a, 'indiquer `records.acknowledgement`'),
      }),
    },
  },
  es: {
    criterion: 'Actas y seguimiento',
    description: 'La invitación se compromete a publicar actas o un resumen, indica en qué plazo (2 semanas después de una reunión con sede, 48 horas en línea) y cómo se tendrán en cuenta las aportaciones.',
    options: {
      inPersonDays: 'Días después de una reunión presencial o híbrida en los que se publican las actas o el resumen (W3C: dos semanas en reuniones presenciales).',
      onlineDays: 'Días después de una reunión en línea en los que se publican las actas o el resumen (W3C: 48 horas en reuniones a distancia).',
    },
    sources: [
      'Documento de Proceso del W3C (2015), sección 3.2: actas disponibles dos semanas después de una reunión presencial; la convocatoria de un taller debería indicar sus productos (informes, actas)',
      'Documento de Proceso del W3C (2015), sección 3.2: actas disponibles 48 horas después de una reunión a distancia',
      'Comisión Europea, COM(2002) 704, norma mínima E: acusar recibo de las contribuciones y dar una respuesta adecuada a quienes participaron y al público',
      'Convención de Aarhus, art. 6, párr. 8: los resultados de la participación del público se tienen "debidamente en cuenta"; art. 6, párr. 9: se informa al público de la decisión y de sus motivos',
    ],
    get page() {
      return readPageEs();
    },
    messages: {
      'records-not-stated': (a, w) => {
        const what = `actas o un resumen, publicados ${withinEs(a, w)}${a.takesInput ? ', y también cómo se tendrán en cuenta las aportaciones' : ''}`;
        return {
          message: 'la invitación no indica qué acta de la reunión se publica ni cuándo',
          remedy: pastEs(a, `indicar en \`records\`${a.formatVersion === 2 ? '' : ' (formato v2: `format_version: 2`)'} ${what}`),
        };
      },
      'no-minutes-or-summary': (a, w) => ({
        message: `no se publican actas ni resumen${a.recording === true ? ' (solo una grabación)' : ''}, así que nadie puede leer ni citar lo que se dijo`,
        remedy: pastEs(a, `publicar actas o un resumen (\`records.minutes: true\` o \`records.summary: true\`) ${withinEs(a, w)}`),
      }),
      'minutes-not-stated': (a, w) => ({
        message: 'no se indica si se publican actas o un resumen',
        remedy: pastEs(a, `publicar actas o un resumen (\`records.minutes: true\` o \`records.summary: true\`) ${withinEs(a, w)}`),
      }),
      'published-by-not-stated': (a, w) => ({
        message: 'no se indica para cuándo se publica el acta',
        remedy: pastEs(a, `indicar \`records.published_by: ${a.dueBy}\` (${phrases(w).days(a.requiredDays, 'days')} después de la reunión) o una fecha anterior`),
      }),
      'due-before-meeting': (a, w) => ({
        message: `el acta está prevista para el ${w.date(a.due)}, antes del último día de la reunión, el ${w.date(a.lastDay)}`,
        remedy: pastEs(a, `fijar \`records.published_by\` entre el ${w.date(a.lastDay)} y el ${w.date(a.dueBy)}`),
      }),
      'published-late': (a, w) => ({
        message: `el acta se publica ${phrases(w).days(a.daysAfterMeeting, 'days')} después de ${phrases(w).meeting(a.mode, a.remoteStated)} que termina el ${w.date(a.lastDay)}; el máximo es de ${phrases(w).days(a.requiredDays, 'days')}`,
        remedy: pastEs(a, `publicarla a más tardar el ${w.date(a.dueBy)} (\`records.published_by: ${a.dueBy}\`)`),
      }),
      'feedback-not-stated': (a) => ({
        message: 'no se indica cómo se tendrán en cuenta las aportaciones de los participantes',
        remedy: pastEs(a, 'indicar en `records.feedback` cómo se tienen en cuenta las aportaciones y dónde se publican los motivos (por ejemplo, “una respuesta a cada contribución en el resumen de la presidencia”)'),
      }),
      'not-acknowledged': (a) => ({
        message: 'no se acusa recibo de las contribuciones escritas',
        remedy: pastEs(a, 'acusar recibo de cada contribución (`records.acknowledgement: true`)'),
      }),
      'acknowledgement-not-stated': (a) => ({
        message: 'no se indica si se acusa recibo de las contribuciones escritas',
        remedy: pastEs(a, 'indicar `records.acknowledgement`'),
      }),
    },
  },
};
