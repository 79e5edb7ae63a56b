// fair-hours' messages, by id, in English, French and Spanish: each renders a finding from its evidence.
import type { Mode } from '../../src/announcement/facts.js';
import type { MessageCatalogue, RuleTranslations } from '../../src/engine/types.js';
import type { Words } from '../../src/i18n/words.js';
import readPageEs from './README.es.md?lazy';
import readPageFr from './README.fr.md?lazy';

/** A session (or the meeting) without what it takes to place it in a day. */
type Unplaced = {
  earliest: string;
  latest: string;
  sessionsWithoutHours: number;
  sessionsWithoutLength: number;
  /** Whether the meeting is one session. */
  singleSession: boolean;
  /** How many sessions besides the first one reported lack their hours or length. */
  moreSessions: number;
};

export type Args = {
  /** Neither `invitees.regions` nor `invitees.timezones`. */
  'zones-not-stated': { mode: Mode };
  /** A timed session without `duration` or `end`. */
  'length-not-stated': Unplaced;
  /** A day without clock hours (format v2 `date`). */
  'hours-not-stated': Unplaced & { date: string };
  /** A session falls outside the window in some invitee zones. */
  'outside-hours': {
    /** The session as instants (ISO 8601, UTC). */
    start: string;
    end: string;
    earliest: string;
    latest: string;
    zonesChecked: number;
    /** Each zone outside, written out as before (JSON consumers read it); messages read the values below. */
    zonesOutside: readonly string[];
    fairestStart?: string;
    fairestZonesOutside?: number;
    /** 1-based number of the session, and how many there are. */
    session: number;
    sessions: number;
    /** The session on its clock: day, start and end `HH:MM`, and the clock's name (`Europe/Zurich`, `UTC+01:00`). */
    localDate: string;
    /** The start's day as written (at its own offset): a zone's span on another day says which. */
    writtenDate: string;
    localStart: string;
    localEnd: string;
    clock: string;
    /** The zones outside, with their local start and end (day and `HH:MM`; an end at midnight is `24:00` on the start day). */
    outsideZones: readonly string[];
    outsideStartDates: readonly string[];
    outsideStartTimes: readonly string[];
    outsideEndDates: readonly string[];
    outsideEndTimes: readonly string[];
    /** What the remedy proposes: starts within the window (`move`), shorter sessions (`split`), or the fairest start (`fairest`). */
    fix: 'move' | 'split' | 'fairest';
    /** `move`: the ranges of starts on the session's clock that fit, from and to (`HH:MM`). */
    rangesFrom: readonly string[];
    rangesTo: readonly string[];
    /** `split`: the session's length and the window's, in minutes. */
    lengthMinutes: number;
    windowMinutes: number;
    /** `fairest`: how the planned start and the fairest treat the zones. */
    fairestMinutesOutside: number | null;
    plannedZonesOutside: number;
    plannedMinutesOutside: number;
    /** A series that does not rotate its hours: the remedy adds that it could. */
    suggestRotation: boolean;
  };
};

type Outside = Args['outside-hours'];

/** The zones outside, one entry each, in the words of `span`. */
function spans(a: Outside, span: (zone: string, from: string, to: string, startDate: string, endDate: string | null, otherDay: boolean) => string): string[] {
  return a.outsideZones.map((zone, i) => {
    const startDate = a.outsideStartDates[i]!;
    const endDate = a.outsideEndDates[i]!;
    const endTime = a.outsideEndTimes[i]!;
    const spansDays = startDate !== endDate && endTime !== '24:00';
    return span(zone, a.outsideStartTimes[i]!, endTime, startDate, spansDays ? endDate : null, startDate !== a.writtenDate);
  });
}

// English -------------------------------------------------------------------------------------------------------

const othersEn = (n: number) => (n > 0 ? ` (nor of ${n} more session${n > 1 ? 's' : ''})` : '');
const zoneCount = (count: number) => `${count} zone${count === 1 ? '' : 's'}`;

export const messages: MessageCatalogue<Args> = {
  'zones-not-stated': () => ({
    message: 'where the invitees are is not stated, so nobody can tell whether the hours suit those who join remotely',
    remedy: 'state `invitees.regions` or `invitees.timezones`',
  }),
  'length-not-stated': (a) => ({
    message: `the length of ${a.singleSession ? 'the meeting' : 'a session'} is not stated${othersEn(a.moreSessions)}, so nobody can tell whether it ends at a fair hour in every invitee zone`,
    remedy: 'give the session a `duration` (e.g. 2h) or an `end`',
  }),
  'hours-not-stated': (a) => ({
    message: `the clock hours of the session on ${a.date} are not stated${othersEn(a.moreSessions)}, so nobody can tell whether they suit those who join remotely`,
    remedy: 'give each session its `start` and `duration` (or `end`)',
  }),
  'outside-hours': (a) => {
    const window = `${a.earliest}–${a.latest}`;
    const name = a.sessions === 1 ? 'the meeting' : `session ${a.session}`;
    const outside = spans(a, (zone, from, to, startDate, endDate, otherDay) =>
      endDate !== null ? `${zone} ${from}–${to} (${startDate} to ${endDate})` : `${zone} ${from}–${to}${otherDay ? ` on ${startDate}` : ''}`,
    );
    let remedy: string;
    if (a.fix === 'move') {
      const ranges = a.rangesFrom.map((from, i) => (from === a.rangesTo[i] ? `at ${from}` : `between ${from} and ${a.rangesTo[i]}`));
      remedy = `start it ${ranges.join(' or ')} ${a.clock} time, which is within ${window} in every invitee zone`;
    } else if (a.fix === 'split') {
      remedy = `a ${a.lengthMinutes}-minute session is longer than the ${a.windowMinutes} minutes of ${window}: split it into sessions of at most ${a.windowMinutes} minutes`;
    } else {
      remedy = `no start on ${a.localDate} is within ${window} in every invitee zone; the fairest is ${a.fairestStart} ${a.clock} time, which leaves ${zoneCount(a.fairestZonesOutside ?? 0)} outside (${a.fairestMinutesOutside} minutes in all) instead of ${a.plannedZonesOutside} (${a.plannedMinutesOutside} minutes)${a.suggestRotation ? ', or rotate the times across the series so that the same zones do not always take the unsociable hours' : ''}`;
    }
    return {
      message: `${name} (${a.localStart}–${a.localEnd} ${a.clock} on ${a.localDate}) falls outside ${window} local time in ${outside.length} of ${a.zonesChecked} invitee zones: ${outside.join(', ')}`,
      remedy,
    };
  },
};

// French --------------------------------------------------------------------------------------------------------

const zonesFr = (n: number, w: Words) => w.count(n, { one: 'fuseau horaire', other: 'fuseaux horaires' });
const othersFr = (n: number, pronoun: string, w: Words) => (n > 0 ? ` (ni ${pronoun} ${n === 1 ? 'd’une autre séance' : `de ${w.number(n)} autres séances`})` : '');

function outsideFr(a: Outside, w: Words) {
  const window = `${w.time(a.earliest)}–${w.time(a.latest)}`;
  const name = a.sessions === 1 ? 'la réunion' : `la séance ${a.session}`;
  const outside = spans(a, (zone, from, to, startDate, endDate, otherDay) =>
    endDate !== null
      ? `${zone} ${w.time(from)}–${w.time(to)} (du ${w.date(startDate)} au ${w.date(endDate)})`
      : `${zone} ${w.time(from)}–${w.time(to)}${otherDay ? ` le ${w.date(startDate)}` : ''}`,
  );
  let remedy: string;
  if (a.fix === 'move') {
    const ranges = a.rangesFrom.map((from, i) => (from === a.rangesTo[i] ? `à ${w.time(from)}` : `entre ${w.time(from)} et ${w.time(a.rangesTo[i]!)}`));
    remedy = `la faire commencer ${w.or(ranges)} (heure ${a.clock}), ce qui tombe dans la plage ${window} dans chaque fuseau horaire des invités`;
  } else if (a.fix === 'split') {
    remedy = `une séance de ${w.duration(a.lengthMinutes)} est plus longue que la plage ${window} (${w.duration(a.windowMinutes)}) : la diviser en séances de ${w.duration(a.windowMinutes)} au plus`;
  } else {
    remedy = `aucune heure de début le ${w.date(a.localDate)} ne tombe dans la plage ${window} dans chaque fuseau horaire des invités ; l’heure la plus équitable est ${w.time(a.fairestStart ?? '')} (heure ${a.clock}), qui laisse ${zonesFr(a.fairestZonesOutside ?? 0, w)} en dehors (${w.duration(a.fairestMinutesOutside ?? 0)} au total) au lieu de ${w.number(a.plannedZonesOutside)} (${w.duration(a.plannedMinutesOutside)})${a.suggestRotation ? ', ou faire tourner les horaires au fil de la série pour que les heures difficiles ne reviennent pas toujours aux mêmes fuseaux' : ''}`;
  }
  return {
    message: `${name} (${w.date(a.localDate)}, ${w.time(a.localStart)}–${w.time(a.localEnd)} ${a.clock}) se tient en dehors de la plage ${window} (heure locale) dans ${zonesFr(outside.length, w)} des invités sur ${w.number(a.zonesChecked)} : ${outside.join(', ')}`,
    remedy,
  };
}

// Spanish -------------------------------------------------------------------------------------------------------

const zonesEs = (n: number, w: Words) => w.count(n, { one: 'huso horario', other: 'husos horarios' });
const othersEs = (n: number, pronoun: string, w: Words) => (n > 0 ? ` (ni ${pronoun} ${n === 1 ? 'otra sesión' : `otras ${w.number(n)} sesiones`})` : '');
/** `a las 15:00` (times keep their two digits: `a las 01:00`). */
const atEs = (time: string) => `a las ${time}`;

function outsideEs(a: Outside, w: Words) {
  const window = `${w.time(a.earliest)}–${w.time(a.latest)}`;
  const name = a.sessions === 1 ? 'la reunión' : `la sesión ${a.session}`;
  const outside = spans(a, (zone, from, to, startDate, endDate, otherDay) =>
    endDate !== null
      ? `${zone} ${w.time(from)}–${w.time(to)} (del ${w.date(startDate)} al ${w.date(endDate)})`
      : `${zone} ${w.time(from)}–${w.time(to)}${otherDay ? ` el ${w.date(startDate)}` : ''}`,
  );
  const where = a.zonesChecked === 1 ? 'en el único huso horario de los invitados' : `en ${w.number(outside.length)} de los ${w.number(a.zonesChecked)} husos horarios de los invitados`;
  let remedy: string;
  if (a.fix === 'move') {
    const ranges = a.rangesFrom.map((from, i) => (from === a.rangesTo[i] ? atEs(w.time(from)) : `entre las ${w.time(from)} y las ${w.time(a.rangesTo[i]!)}`));
    remedy = `hacer que empiece ${w.or(ranges)} (hora de ${a.clock}), lo que queda dentro de la franja ${window} en todos los husos horarios de los invitados`;
  } else if (a.fix === 'split') {
    remedy = `una sesión de ${w.duration(a.lengthMinutes)} es más larga que la franja ${window} (${w.duration(a.windowMinutes)}): dividirla en sesiones de ${w.duration(a.windowMinutes)} como máximo`;
  } else {
    remedy = `ninguna hora de inicio el ${w.date(a.localDate)} queda dentro de la franja ${window} en todos los husos horarios de los invitados; la más equitativa es ${atEs(w.time(a.fairestStart ?? ''))} (hora de ${a.clock}), que deja ${zonesEs(a.fairestZonesOutside ?? 0, w)} fuera (${w.duration(a.fairestMinutesOutside ?? 0)} en total) en lugar de ${w.number(a.plannedZonesOutside)} (${w.duration(a.plannedMinutesOutside)})${a.suggestRotation ? ', o rotar los horarios a lo largo de la serie para que las horas incómodas no recaigan siempre en los mismos husos horarios' : ''}`;
  }
  return {
    message: `${name} (${w.date(a.localDate)}, ${w.time(a.localStart)}–${w.time(a.localEnd)} ${a.clock}) queda fuera de la franja ${window} (hora local) ${where}: ${outside.join(', ')}`,
    remedy,
  };
}

export const translations: RuleTranslations<Args> = {
  fr: {
    criterion: 'Horaires équitables',
    description: 'Chaque séance d’une réunion à laquelle on participe à distance se tient entre 6 h 00 et minuit, heure locale, dans chaque fuseau horaire des invités.',
    options: {
      earliest: 'Heure locale la plus matinale (HH:MM) à laquelle une séance peut commencer dans un fuseau horaire des invités.',
      latest: 'Heure locale la plus tardive (HH:MM, jusqu’à 24:00) à laquelle une séance peut se terminer dans un fuseau horaire des invités.',
    },
    sources: ['Guide du W3C « Organizing a distributed meeting » : des créneaux entre 6 h 00 et minuit pour chaque participant ; faire tourner les horaires quand c’est impossible'],
    get page() {
      return readPageFr();
    },
    messages: {
      'zones-not-stated': () => ({
        message: 'l’invitation ne dit pas où se trouvent les invités : personne ne peut savoir si les horaires conviennent à ceux qui participent à distance',
        remedy: 'indiquer `invitees.regions` ou `invitees.timezones`',
      }),
      'length-not-stated': (a, w) => ({
        message: `la durée ${a.singleSession ? 'de la réunion' : 'd’une séance'} n’est pas précisée${othersFr(a.moreSessions, 'celle', w)} : personne ne peut savoir si elle se termine à une heure raisonnable dans chaque fuseau horaire des invités`,
        remedy: 'donner à la séance une `duration` (par exemple 2h) ou une `end`',
      }),
      'hours-not-stated': (a, w) => ({
        message: `les heures de la séance du ${w.date(a.date)} ne sont pas précisées${othersFr(a.moreSessions, 'celles', w)} : personne ne peut savoir si elles conviennent à ceux qui participent à distance`,
        remedy: 'indiquer pour chaque séance son `start` et sa `duration` (ou son `end`)',
      }),
      'outside-hours': outsideFr,
    },
  },
  es: {
    criterion: 'Horarios equitativos',
    description: 'Cada sesión de una reunión con participación a distancia se celebra entre las 06:00 y la medianoche, hora local, en todos los husos horarios de los invitados.',
    options: {
      earliest: 'Hora local más temprana (HH:MM) a la que puede empezar una sesión en cualquier huso horario de los invitados.',
      latest: 'Hora local más tardía (HH:MM, hasta 24:00) a la que puede terminar una sesión en cualquier huso horario de los invitados.',
    },
    sources: ['Guía del W3C "Organizing a distributed meeting": franjas entre las 06:00 y la medianoche para cada participante; rotar los horarios cuando no es posible'],
    get page() {
      return readPageEs();
    },
    messages: {
      'zones-not-stated': () => ({
        message: 'la invitación no dice dónde están los invitados, por lo que nadie puede saber si los horarios convienen a quienes participan a distancia',
        remedy: 'indicar `invitees.regions` o `invitees.timezones`',
      }),
      'length-not-stated': (a, w) => ({
        message: `no se indica la duración ${a.singleSession ? 'de la reunión' : 'de una sesión'}${othersEs(a.moreSessions, 'la de', w)}, por lo que nadie puede saber si termina a una hora razonable en todos los husos horarios de los invitados`,
        remedy: 'dar a la sesión una `duration` (por ejemplo, 2h) o un `end`',
      }),
      'hours-not-stated': (a, w) => ({
        message: `no se indica el horario de la sesión del ${w.date(a.date)}${othersEs(a.moreSessions, 'el de', w)}, por lo que nadie puede saber si conviene a quienes participan a distancia`,
        remedy: 'indicar para cada sesión su `start` y su `duration` (o su `end`)',
      }),
      'outside-hours': outsideEs,
    },
  },
};
