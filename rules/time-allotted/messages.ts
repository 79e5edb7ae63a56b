// time-allotted's messages, by id, in English, French and Spanish: each renders a finding from its evidence.
import type { MessageCatalogue, RuleTranslations } from '../../src/engine/types.js';
import type { Words } from '../../src/i18n/words.js';
import readPageEs from './README.es.md?lazy';
import readPageFr from './README.fr.md?lazy';

type Untimed = {
  sessions: number;
  /** Sessions without a length (the first is the one reported). */
  untimedSessions: number;
  daysWithoutHours: number;
};

type Time = {
  meetingMinutes: number;
  agendaMinutes: number | null;
  /** Minutes open to the floor: the agenda's floor items, or the whole meeting without an agenda. */
  floorMinutes: number;
  floorShare: number;
  minFloorShare: number;
  participants: number | null;
  participantsFrom: 'expected' | 'seats' | 'admission.seats' | null;
  open: boolean;
  minutesPerParticipant: number | null;
  requiredMinutesPerParticipant: number;
};

export type Args = {
  /** A session with a start time and no `duration` or `end`. */
  'length-not-stated': Untimed;
  /** A session given as a date without clock hours. */
  'hours-not-stated': Untimed & { date: string };
  /** The agenda's items add up to more than the meeting. */
  'agenda-too-long': Time;
  /** Less of the meeting open to the floor than `minFloorShare`. */
  'floor-share-too-small': Time & { floorPercent: number; neededFloor: number };
  /** Neither `invitees.expected` nor the seats are stated. */
  'participants-not-stated': Time;
  /** An open meeting that does not say how many it expects. */
  'open-expected-not-stated': Time;
  /** Fewer floor minutes per participant than `minutesPerParticipant`. */
  'floor-per-participant-too-small': Time & { participants: number; neededFloor: number; neededMeeting: number; maxParticipants: number };
};

/** 300 -> "5h", 270 -> "4h30m", 45 -> "45m". */
function hoursAndMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return hours === 0 ? `${rest}m` : rest === 0 ? `${hours}h` : `${hours}h${rest}m`;
}

/** Rounds down to one decimal, so that 4.99 minutes never reads as 5. */
const oneDecimal = (value: number) => Math.floor(value * 10) / 10;

const othersEn = (a: Untimed) => (a.untimedSessions > 1 ? ` (nor of ${a.untimedSessions - 1} more session${a.untimedSessions > 2 ? 's' : ''})` : '');
const SEATS_EN = 'state how many are expected (`invitees.expected`) or the seats (`admission.seats`, or `seats` for every group)';

export const messages: MessageCatalogue<Args> = {
  'length-not-stated': (a) => ({
    message: `the length of the meeting is not stated (no \`duration\` or \`end\`)${othersEn(a)}, so the time for participants cannot be checked`,
    remedy: 'give the session a `duration` (e.g. 3h) or an `end`',
  }),
  'hours-not-stated': (a) => ({
    message: `the clock hours of the session on ${a.date} are not stated${othersEn(a)}, so the time for participants cannot be checked`,
    remedy: 'give each session its `start` and `duration` (or `end`)',
  }),
  'agenda-too-long': (a) => {
    const agenda = a.agendaMinutes ?? 0;
    return {
      message: `the agenda adds up to ${agenda} minutes, ${agenda - a.meetingMinutes} more than the ${a.meetingMinutes}-minute meeting`,
      remedy: `cut ${agenda - a.meetingMinutes} minutes from the agenda, or make the meeting ${agenda} minutes long (${hoursAndMinutes(agenda)})`,
    };
  },
  'floor-share-too-small': (a) => ({
    message: `${a.floorMinutes} of ${a.meetingMinutes} minutes (${a.floorPercent}%) are open to participants' interventions; at least ${Math.round(a.minFloorShare * 100)}% are needed`,
    remedy: `open at least ${a.neededFloor} of the ${a.meetingMinutes} minutes to the floor (${a.neededFloor - a.floorMinutes} more)`,
  }),
  'participants-not-stated': (a) => ({
    message: `the number of participants is not stated, so the ${a.floorMinutes} minutes of floor cannot be checked against ${a.requiredMinutesPerParticipant} minutes per participant`,
    remedy: SEATS_EN,
  }),
  'open-expected-not-stated': (a) => ({
    message: `the meeting is open, but how many are expected is not stated, so the ${a.floorMinutes} minutes of floor cannot be checked against ${a.requiredMinutesPerParticipant} minutes per participant`,
    remedy: SEATS_EN,
  }),
  'floor-per-participant-too-small': (a) => {
    const lengthRemedy =
      a.agendaMinutes !== null
        ? `add ${a.neededFloor - a.floorMinutes} minutes of floor time (a meeting of ${a.neededMeeting} minutes, ${hoursAndMinutes(a.neededMeeting)})`
        : `make the meeting ${a.neededMeeting} minutes long (${hoursAndMinutes(a.neededMeeting)})`;
    return {
      message: `${a.floorMinutes} minutes of floor for ${a.participants} participants is ${String(oneDecimal(a.floorMinutes / a.participants))} minutes each; ${a.requiredMinutesPerParticipant} are needed`,
      remedy: `${lengthRemedy}, or plan for at most ${a.maxParticipants} participants`,
    };
  },
};

const minutes = (n: number, w: Words) => w.count(n, { one: 'minute', other: 'minutes' });
const minutos = (n: number, w: Words) => w.count(n, { one: 'minuto', other: 'minutos' });
const percent = (n: number, w: Words) => `${w.number(n)} %`;

const othersFr = (a: Untimed, w: Words) => (a.untimedSessions > 1 ? ` (de même pour ${w.count(a.untimedSessions - 1, { one: 'autre séance', other: 'autres séances' })})` : '');
const othersEs = (a: Untimed, w: Words) =>
  a.untimedSessions > 1 ? ` (tampoco para ${a.untimedSessions === 2 ? 'otra sesión' : `otras ${w.number(a.untimedSessions - 1)} sesiones`})` : '';

const SEATS_FR = 'indiquer le nombre de participants attendus (`invitees.expected`) ou de places (`admission.seats`, ou `seats` pour chaque groupe)';
const SEATS_ES = 'indicar cuántos participantes se esperan (`invitees.expected`) o las plazas (`admission.seats`, o `seats` para cada grupo)';

export const translations: RuleTranslations<Args> = {
  fr: {
    criterion: 'Temps alloué',
    description: 'Le temps prévu permet aux participants de s’exprimer et de se répondre : au moins la moitié ouverte aux interventions, et 5 minutes de parole par participant.',
    options: {
      minFloorShare: 'Part minimale de la réunion ouverte aux interventions des participants (les points de l’ordre du jour ouverts à la salle).',
      minutesPerParticipant: 'Minutes de parole minimales par participant : une brève déclaration et le temps de répondre.',
    },
    sources: [
      'Forums publics de l’ICANN et NETmundial (2014) : des déclarations de 2 à 3 minutes, et du temps pour répondre',
      'Intervention du Bureau de la société civile (2 mai 2005) : « the limited time frame of 3 hours leaves little room for an extensive debate »',
    ],
    get page() {
      return readPageFr();
    },
    messages: {
      'length-not-stated': (a, w) => ({
        message: `la durée de la réunion n’est pas précisée (ni \`duration\` ni \`end\`)${othersFr(a, w)} : impossible de vérifier le temps laissé aux participants`,
        remedy: 'donner à la séance une durée (`duration`, par exemple 3h) ou une fin (`end`)',
      }),
      'hours-not-stated': (a, w) => ({
        message: `les horaires de la séance du ${w.date(a.date)} ne sont pas précisés${othersFr(a, w)} : impossible de vérifier le temps laissé aux participants`,
        remedy: 'donner à chaque séance son heure de début (`start`) et sa durée (`duration`, ou `end`)',
      }),
      'agenda-too-long': (a, w) => {
        const agenda = a.agendaMinutes ?? 0;
        return {
          message: `l’ordre du jour totalise ${minutes(agenda, w)}, soit ${minutes(agenda - a.meetingMinutes, w)} de plus que la réunion, qui dure ${minutes(a.meetingMinutes, w)}`,
          remedy: `retirer ${minutes(agenda - a.meetingMinutes, w)} de l’ordre du jour, ou porter la durée de la réunion à ${minutes(agenda, w)} (${w.duration(agenda)})`,
        };
      },
      'floor-share-too-small': (a, w) => ({
        message: `${w.number(a.floorMinutes)} minutes sur ${w.number(a.meetingMinutes)} (${percent(a.floorPercent, w)}) sont ouvertes aux interventions des participants ; il en faut au moins ${percent(Math.round(a.minFloorShare * 100), w)}`,
        remedy: `ouvrir aux interventions au moins ${w.number(a.neededFloor)} des ${minutes(a.meetingMinutes, w)} (${w.number(a.neededFloor - a.floorMinutes)} de plus)`,
      }),
      'participants-not-stated': (a, w) => ({
        message: `le nombre de participants n’est pas précisé : impossible de rapporter les ${minutes(a.floorMinutes, w)} de parole aux ${minutes(a.requiredMinutesPerParticipant, w)} requises par participant`,
        remedy: SEATS_FR,
      }),
      'open-expected-not-stated': (a, w) => ({
        message: `la réunion est ouverte, mais le nombre de participants attendus n’est pas précisé : impossible de rapporter les ${minutes(a.floorMinutes, w)} de parole aux ${minutes(a.requiredMinutesPerParticipant, w)} requises par participant`,
        remedy: SEATS_FR,
      }),
      'floor-per-participant-too-small': (a, w) => {
        const lengthRemedy =
          a.agendaMinutes !== null
            ? `ajouter ${minutes(a.neededFloor - a.floorMinutes, w)} de temps de parole (une réunion de ${minutes(a.neededMeeting, w)}, soit ${w.duration(a.neededMeeting)})`
            : `porter la durée de la réunion à ${minutes(a.neededMeeting, w)} (${w.duration(a.neededMeeting)})`;
        return {
          message: `${minutes(a.floorMinutes, w)} de parole pour ${w.count(a.participants, { one: 'participant', other: 'participants' })}, soit ${minutes(oneDecimal(a.floorMinutes / a.participants), w)} chacun ; il en faut ${w.number(a.requiredMinutesPerParticipant)}`,
          remedy: w.or([lengthRemedy, `prévoir au plus ${w.count(a.maxParticipants, { one: 'participant', other: 'participants' })}`]),
        };
      },
    },
  },
  es: {
    criterion: 'Tiempo asignado',
    description: 'El tiempo permite que los participantes sean escuchados y se respondan: al menos la mitad abierta al uso de la palabra y 5 minutos de palabra por participante.',
    options: {
      minFloorShare: 'Proporción mínima de la reunión abierta a las intervenciones de los participantes (los puntos del orden del día abiertos a la sala).',
      minutesPerParticipant: 'Minutos mínimos de palabra por participante: una breve declaración y tiempo para responder.',
    },
    sources: [
      'Foros públicos de la ICANN y NETmundial (2014): declaraciones de 2 a 3 minutos y tiempo para responder',
      'Intervención de la Mesa de la Sociedad Civil (2 de mayo de 2005): "the limited time frame of 3 hours leaves little room for an extensive debate"',
    ],
    get page() {
      return readPageEs();
    },
    messages: {
      'length-not-stated': (a, w) => ({
        message: `no se indica la duración de la reunión (no hay \`duration\` ni \`end\`)${othersEs(a, w)}, así que no se puede comprobar el tiempo para los participantes`,
        remedy: 'dar a la sesión una duración (`duration`, por ejemplo 3h) o una hora de fin (`end`)',
      }),
      'hours-not-stated': (a, w) => ({
        message: `no se indica el horario de la sesión del ${w.date(a.date)}${othersEs(a, w)}, así que no se puede comprobar el tiempo para los participantes`,
        remedy: 'dar a cada sesión su hora de inicio (`start`) y su duración (`duration`, o `end`)',
      }),
      'agenda-too-long': (a, w) => {
        const agenda = a.agendaMinutes ?? 0;
        return {
          message: `el orden del día suma ${minutos(agenda, w)}, ${minutos(agenda - a.meetingMinutes, w)} más que la reunión, que dura ${minutos(a.meetingMinutes, w)}`,
          remedy: `recortar ${minutos(agenda - a.meetingMinutes, w)} del orden del día, o alargar la reunión a ${minutos(agenda, w)} (${w.duration(agenda)})`,
        };
      },
      'floor-share-too-small': (a, w) => ({
        message: `${w.number(a.floorMinutes)} de ${minutos(a.meetingMinutes, w)} (${percent(a.floorPercent, w)}) están abiertos a las intervenciones de los participantes; se necesita al menos el ${percent(Math.round(a.minFloorShare * 100), w)}`,
        remedy: `abrir al uso de la palabra al menos ${w.number(a.neededFloor)} de los ${minutos(a.meetingMinutes, w)} (${w.number(a.neededFloor - a.floorMinutes)} más)`,
      }),
      'participants-not-stated': (a, w) => ({
        message: `no se indica el número de participantes, así que no se pueden comparar los ${minutos(a.floorMinutes, w)} de palabra con los ${minutos(a.requiredMinutesPerParticipant, w)} necesarios por participante`,
        remedy: SEATS_ES,
      }),
      'open-expected-not-stated': (a, w) => ({
        message: `la reunión es abierta, pero no se indica cuántos participantes se esperan, así que no se pueden comparar los ${minutos(a.floorMinutes, w)} de palabra con los ${minutos(a.requiredMinutesPerParticipant, w)} necesarios por participante`,
        remedy: SEATS_ES,
      }),
      'floor-per-participant-too-small': (a, w) => {
        const lengthRemedy =
          a.agendaMinutes !== null
            ? `añadir ${minutos(a.neededFloor - a.floorMinutes, w)} de uso de la palabra (una reunión de ${minutos(a.neededMeeting, w)}, ${w.duration(a.neededMeeting)})`
            : `alargar la reunión a ${minutos(a.neededMeeting, w)} (${w.duration(a.neededMeeting)})`;
        return {
          message: `${minutos(a.floorMinutes, w)} de palabra para ${w.count(a.participants, { one: 'participante', other: 'participantes' })} son ${minutos(oneDecimal(a.floorMinutes / a.participants), w)} por persona; se necesitan ${w.number(a.requiredMinutesPerParticipant)}`,
          remedy: w.or([lengthRemedy, `prever como máximo ${w.count(a.maxParticipants, { one: 'participante', other: 'participantes' })}`]),
        };
      },
    },
  },
};
