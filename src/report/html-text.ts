// The words only the HTML report says, in each locale: its headings, the scorecard's columns, the timeline's labels
// and its sentences in words, the time-zone strip, the legend, captions and labels for assistive technology. The
// words every report shares (statuses, counts, the summary) are in text.ts. English is what html.ts,
// html-timeline.ts and html-zones.ts wrote before they were translated, byte for byte.
import type { Severity } from '../engine/types.js';
import type { Locale } from '../i18n/locale.js';
import { wordsFor, type Words } from '../i18n/words.js';
import { phrases, type DayUnit } from '../i18n/phrases.js';

/** A session of the timeline or the strip: `Meeting` when there is one, `Session 2` when there are several. */
export interface SessionName {
  index: number;
  count: number;
}

export interface HtmlText {
  locale: Locale;
  words: Words;
  /** What goes between a label and its value: `: `, or ` : ` in French. */
  colon: string;
  /** The page's `<title>`: the report and the first titles (already joined and escaped), or none. */
  pageTitle(titles: string): string;
  noAnnouncements: string;
  /** The report's `<h1>`. */
  heading: string;
  /** The scorecard's caption: `Scorecard: 17 criteria`. */
  scorecard(count: number): string;
  columns: { criterion: string; status: string; severity: string; rule: string };
  /** A rule's setting in the scorecard (`error`, `warn`, `off`). */
  setting: Record<Severity | 'off', string>;
  /** The tally's label for assistive technology. */
  byStatus: string;
  /** The label of a waived finding's reason. */
  waivedLabel: string;
  timeline: string;
  fairHours: string;
  nobodyRemote: string;
  remoteNotStated: string;
  noZones: string;
  findings: string;
  noFindings: string;
  rulePages: string;
  /** The paragraph under `Rule pages` (HTML). */
  rulePagesIntro: string;

  // The timeline.
  /** A date on the drawing and in the sentences: `2 May 2005`, `2 mai 2005`. */
  date(iso: string): string;
  /** A date and time: `2 May 2005, 15:00`. */
  stamp(stamp: string): string;
  /** A month's tick: `May 2005`, `mai 2005`. */
  tick(year: number, month: number): string;
  sent(fromIssued: boolean): string;
  registrationDeadline: string;
  /** An event in words: `Invitation sent: 18 April 2005.` */
  eventWords(label: string, date: string): string;
  publishedLabel(title: string): string;
  publishedWords(title: string, date: string): string;
  sessionName(session: SessionName): string;
  sessionLabel(session: SessionName, start: string): string;
  /** A session in words, from its start and end (`YYYY-MM-DD HH:MM`) and the meeting's zone. */
  sessionWords(session: SessionName, start: string, end: string | null, zone: string | null): string;
  decisionLabel(name: string): string;
  decisionWords(name: string, date: string): string;
  /** An event's label on the drawing: the label and its date. */
  eventLabel(label: string, date: string): string;
  noticeLabel(days: number, unit: string): string;
  noticeWords(days: number, unit: string, sendBy: string): string;
  noticeShortLabel(days: number, unit: string): string;
  noticeShortWords(days: number, unit: string): string;
  documentsLabel(days: number): string;
  documentsWords(days: number, publishBy: string): string;
  lateLabel(days: number): string;
  lateWords(title: string, days: number): string;
  outcomeLabel(days: number): string;
  outcomeWords(days: number, holdBy: string): string;
  outcomeShortLabel(days: number): string;
  outcomeShortWords(days: number): string;
  timelineTitle(dates: number, windows: number): string;
  timelineInWords: string;
  requiredWindow: string;
  shortfall: string;

  // The time-zone strip.
  /** A time of day: `05:00`, `5 h 00`. */
  time(hhmm: string): string;
  meetingClock: string;
  stripSessionName(session: SessionName): string;
  within: string;
  outside: string;
  /** The strip's label: `America/Los_Angeles: 16 March 2026, 05:00–08:00, outside 06:00–24:00`. */
  stripLabel(zone: string, local: string, inside: boolean, window: string): string;
  /** The table's caption: the session, when and where it is, and the window. */
  stripCaption(session: SessionName, start: string, until: string, zone: string, window: string): string;
  zoneColumns: { zone: string; local: string; fairHours: string; hours: string };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2005-05-02` as `2 May 2005`. */
function englishDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** `2005-05-02 15:00` as `2 May 2005, 15:00`. */
function englishStamp(stamp: string): string {
  const [date, time] = stamp.split(' ') as [string, string];
  return `${englishDate(date)}, ${time}`;
}

function english(): HtmlText {
  const sessionName = ({ index, count }: SessionName) => (count === 1 ? 'Meeting' : `Session ${index + 1}`);
  return {
    locale: 'en',
    words: wordsFor('en'),
    colon: ': ',
    pageTitle: (titles) => `invitelint report: ${titles}`,
    noAnnouncements: 'no announcements',
    heading: 'invitelint report',
    scorecard: (count) => `Scorecard: ${plural(count, 'criterion').replace(/criterions$/, 'criteria')}`,
    columns: { criterion: 'Criterion', status: 'Status', severity: 'Severity', rule: 'Rule' },
    setting: { error: 'error', warn: 'warn', off: 'off' },
    byStatus: 'Criteria by status',
    waivedLabel: 'Waived',
    timeline: 'Timeline',
    fairHours: 'Fair hours by time zone',
    nobodyRemote: 'Nobody joins remotely, so local hours elsewhere do not apply.',
    remoteNotStated: 'Whether people join remotely is not stated, so local hours elsewhere are not judged.',
    noZones: 'Where the invitees are is not stated (or fair hours is off), so no local times can be shown.',
    findings: 'Findings',
    noFindings: 'No findings.',
    rulePages: 'Rule pages',
    rulePagesIntro: 'What each criterion checks, its options and the norms it rests on: the same pages as <code>invitelint explain RULE</code>.',

    date: englishDate,
    stamp: englishStamp,
    tick: (year, month) => `${MONTHS[month]!.slice(0, 3)} ${year}`,
    sent: (fromIssued) => (fromIssued ? 'Invitation sent' : 'Taken as sent (no issued date)'),
    registrationDeadline: 'Registration deadline',
    eventWords: (label, date) => `${label}: ${englishDate(date)}.`,
    publishedLabel: (title) => `Published: ${title}`,
    publishedWords: (title, date) => `Document published: “${title}”, ${englishDate(date)}.`,
    sessionName,
    sessionLabel: (session, start) => `${sessionName(session)} ${start.slice(11)}`,
    sessionWords(session, start, end, zone) {
      const until = end ? ` to ${end.slice(0, 10) === start.slice(0, 10) ? end.slice(11) : englishStamp(end)}` : '';
      return `${sessionName(session)}: ${englishStamp(start)}${until}${zone ? ` (${zone})` : ''}.`;
    },
    decisionLabel: (name) => `Decision: ${name}`,
    decisionWords: (name, date) => `Decision the meeting feeds into: ${name}, ${englishDate(date)}.`,
    eventLabel: (label, date) => `${label}, ${englishDate(date)}`,
    noticeLabel: (days, unit) => `Notice needed: ${days} ${unit}`,
    noticeWords: (days, unit, sendBy) => `Notice needed: ${days} ${unit}, so the invitation goes out by ${englishDate(sendBy)}.`,
    noticeShortLabel: (days, unit) => `${days} ${unit} short`,
    noticeShortWords: (days, unit) => `The notice is ${days} ${unit} short.`,
    documentsLabel: (days) => `Documents needed: ${plural(days, 'day')} before`,
    documentsWords: (days, publishBy) => `Documents are needed ${plural(days, 'day')} before the meeting, by ${englishDate(publishBy)}.`,
    lateLabel: (days) => `${plural(days, 'day')} late`,
    lateWords: (title, days) => `“${title}” is ${plural(days, 'day')} late.`,
    outcomeLabel: (days) => `Outcome circulated: ${plural(days, 'day')} before the decision`,
    outcomeWords: (days, holdBy) => `The outcome needs ${plural(days, 'day')} to circulate before the decision, so the meeting ends by ${englishDate(holdBy)}.`,
    outcomeShortLabel: (days) => `${plural(days, 'day')} short`,
    outcomeShortWords: (days) => `The time before the decision is ${plural(days, 'day')} short.`,
    timelineTitle: (dates, windows) => `Timeline: ${dates} dates${windows ? `, ${windows} required windows` : ''}`,
    timelineInWords: 'The timeline in words',
    requiredWindow: 'required window',
    shortfall: 'shortfall',

    time: (hhmm) => hhmm,
    meetingClock: 'the meeting’s clock',
    stripSessionName: ({ index, count }) => (count === 1 ? 'The meeting' : `Session ${index + 1}`),
    within: 'within',
    outside: 'outside',
    stripLabel: (zone, local, inside, window) => `${zone}: ${local}, ${inside ? 'within' : 'outside'} ${window}`,
    stripCaption: (session, start, until, zone, window) =>
      `${session.count === 1 ? 'The meeting' : `Session ${session.index + 1}`}, ${englishStamp(start)}${until} ${zone}: local time in each invitee zone against ${window}`,
    zoneColumns: { zone: 'Invitee zone', local: 'Local time', fairHours: 'Fair hours', hours: '00 · 06 · 12 · 18 · 24' },
  };
}

/** The unit of a notice period as the evidence stores it (`days`, `working days`). */
const dayUnit = (unit: string): DayUnit => (unit === 'working days' ? 'working days' : 'days');

/** A month's short name in `locale` (`janv.`, `may`), from Intl: written by hand, it would differ from the locale's own. */
function shortMonths(locale: 'fr' | 'es'): (year: number, month: number) => string {
  let format: Intl.DateTimeFormat | undefined;
  return (year, month) => `${(format ??= new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' })).format(new Date(Date.UTC(year, month, 15)))} ${year}`;
}

function french(): HtmlText {
  const w = wordsFor('fr');
  const p = phrases(w);
  const days = (count: number) => w.count(count, { one: 'jour', other: 'jours' });
  const sessionName = ({ index, count }: SessionName) => (count === 1 ? 'Réunion' : `Séance ${index + 1}`);
  /** `2005-05-02 15:00` as `2 mai 2005 à 15 h 00`. */
  const stamp = (value: string) => w.dateTime(value);
  return {
    locale: 'fr',
    words: w,
    colon: ' : ',
    pageTitle: (titles) => `Rapport invitelint : ${titles}`,
    noAnnouncements: 'aucune annonce',
    heading: 'Rapport invitelint',
    scorecard: (count) => `Tableau des critères : ${w.count(count, { one: 'critère', other: 'critères' })}`,
    columns: { criterion: 'Critère', status: 'Statut', severity: 'Gravité', rule: 'Règle' },
    setting: { error: 'erreur', warn: 'avertissement', off: 'désactivé' },
    byStatus: 'Critères par statut',
    waivedLabel: 'Dérogation',
    timeline: 'Chronologie',
    fairHours: 'Horaires équitables par fuseau horaire',
    nobodyRemote: 'Personne ne participe à distance : les heures locales ailleurs ne comptent donc pas.',
    remoteNotStated: 'L’annonce ne précise pas si l’on peut participer à distance : les heures locales ailleurs ne sont donc pas évaluées.',
    noZones: 'L’annonce ne précise pas où se trouvent les invités (ou la règle des horaires équitables est désactivée) : aucune heure locale ne peut être indiquée.',
    findings: 'Constats',
    noFindings: 'Aucun constat.',
    rulePages: 'Pages des règles',
    rulePagesIntro: 'Ce que vérifie chaque critère, ses options et les normes sur lesquelles il repose : les mêmes pages que <code>invitelint explain RULE</code>.',

    date: w.date,
    stamp,
    tick: shortMonths('fr'),
    sent: (fromIssued) => (fromIssued ? 'Invitation envoyée' : 'Considérée comme envoyée (sans date d’envoi)'),
    registrationDeadline: 'Date limite d’inscription',
    eventWords: (label, date) => `${label} : ${w.date(date)}.`,
    publishedLabel: (title) => `Publié : « ${title} »`,
    publishedWords: (title, date) => `Document publié : « ${title} », le ${w.date(date)}.`,
    sessionName,
    sessionLabel: (session, start) => `${sessionName(session)} ${w.time(start.slice(11))}`,
    sessionWords(session, start, end, zone) {
      const where = zone ? ` (${zone})` : '';
      if (!end) return `${sessionName(session)} : ${stamp(start)}${where}.`;
      if (end.slice(0, 10) === start.slice(0, 10)) {
        return `${sessionName(session)} : ${w.date(start.slice(0, 10))}, de ${w.time(start.slice(11))} à ${w.time(end.slice(11))}${where}.`;
      }
      return `${sessionName(session)} : du ${stamp(start)} au ${stamp(end)}${where}.`;
    },
    decisionLabel: (name) => `Décision : « ${name} »`,
    decisionWords: (name, date) => `Décision à laquelle la réunion contribue : « ${name} », le ${w.date(date)}.`,
    eventLabel: (label, date) => `${label}, ${w.date(date)}`,
    noticeLabel: (count, unit) => `Préavis requis : ${p.days(count, dayUnit(unit))}`,
    noticeWords: (count, unit, sendBy) => `Préavis requis : ${p.days(count, dayUnit(unit))} ; l’invitation doit donc partir au plus tard le ${w.date(sendBy)}.`,
    noticeShortLabel: (count, unit) => `${p.days(count, dayUnit(unit))} ${count < 2 ? 'manquant' : 'manquants'}`,
    noticeShortWords: (count, unit) => `Il manque ${p.days(count, dayUnit(unit))} de préavis.`,
    documentsLabel: (count) => `Documents requis : ${days(count)} avant`,
    documentsWords: (count, publishBy) => `Les documents doivent être publiés ${days(count)} avant la réunion, au plus tard le ${w.date(publishBy)}.`,
    lateLabel: (count) => `${days(count)} de retard`,
    lateWords: (title, count) => `« ${title} » a ${days(count)} de retard.`,
    outcomeLabel: (count) => `Diffusion du résultat : ${days(count)} avant la décision`,
    outcomeWords: (count, holdBy) => `Le résultat doit circuler ${days(count)} avant la décision ; la réunion doit donc se terminer au plus tard le ${w.date(holdBy)}.`,
    outcomeShortLabel: (count) => `${days(count)} ${count < 2 ? 'manquant' : 'manquants'}`,
    outcomeShortWords: (count) => `Il manque ${days(count)} avant la décision.`,
    timelineTitle: (dates, windows) =>
      `Chronologie : ${w.count(dates, { one: 'date', other: 'dates' })}${windows ? `, ${w.count(windows, { one: 'période requise', other: 'périodes requises' })}` : ''}`,
    timelineInWords: 'La chronologie en toutes lettres',
    requiredWindow: 'période requise',
    shortfall: 'insuffisance',

    time: w.time,
    meetingClock: 'heure de la réunion',
    stripSessionName: ({ index, count }) => (count === 1 ? 'La réunion' : `Séance ${index + 1}`),
    within: 'dans la plage',
    outside: 'hors plage',
    stripLabel: (zone, local, inside, window) => `${zone} : ${local}, ${inside ? 'dans la plage' : 'hors de la plage'} ${window}`,
    stripCaption: (session, start, until, zone, window) =>
      `${session.count === 1 ? 'La réunion' : `Séance ${session.index + 1}`}, ${stamp(start)}${until} (${zone}) : heure locale dans chaque fuseau horaire des invités, par rapport à la plage ${window}`,
    zoneColumns: { zone: 'Fuseau des invités', local: 'Heure locale', fairHours: 'Horaires équitables', hours: '00 · 06 · 12 · 18 · 24' },
  };
}

function spanish(): HtmlText {
  const w = wordsFor('es');
  const p = phrases(w);
  const days = (count: number) => w.count(count, { one: 'día', other: 'días' });
  const sessionName = ({ index, count }: SessionName) => (count === 1 ? 'Reunión' : `Sesión ${index + 1}`);
  const stamp = (value: string) => w.dateTime(value);
  /** `faltan 3 días`, `falta 1 día`. */
  const missing = (text: string, count: number) => `${count === 1 ? 'falta' : 'faltan'} ${text}`;
  return {
    locale: 'es',
    words: w,
    colon: ': ',
    pageTitle: (titles) => `Informe de invitelint: ${titles}`,
    noAnnouncements: 'ningún anuncio',
    heading: 'Informe de invitelint',
    scorecard: (count) => `Cuadro de criterios: ${w.count(count, { one: 'criterio', other: 'criterios' })}`,
    columns: { criterion: 'Criterio', status: 'Estado', severity: 'Gravedad', rule: 'Regla' },
    setting: { error: 'error', warn: 'advertencia', off: 'desactivada' },
    byStatus: 'Criterios por estado',
    waivedLabel: 'Exención',
    timeline: 'Cronología',
    fairHours: 'Horarios equitativos por huso horario',
    nobodyRemote: 'Nadie participa a distancia: las horas locales de otros lugares no cuentan.',
    remoteNotStated: 'El anuncio no indica si se puede participar a distancia: las horas locales de otros lugares no se evalúan.',
    noZones: 'El anuncio no indica dónde están los invitados (o la regla de horarios equitativos está desactivada): no se pueden mostrar horas locales.',
    findings: 'Observaciones',
    noFindings: 'Ninguna observación.',
    rulePages: 'Páginas de las reglas',
    rulePagesIntro: 'Qué comprueba cada criterio, sus opciones y las normas en que se basa: las mismas páginas que <code>invitelint explain RULE</code>.',

    date: w.date,
    stamp,
    tick: shortMonths('es'),
    sent: (fromIssued) => (fromIssued ? 'Invitación enviada' : 'Se considera enviada (sin fecha de envío)'),
    registrationDeadline: 'Plazo de inscripción',
    eventWords: (label, date) => `${label}: ${w.date(date)}.`,
    publishedLabel: (title) => `Publicado: “${title}”`,
    publishedWords: (title, date) => `Documento publicado: “${title}”, el ${w.date(date)}.`,
    sessionName,
    sessionLabel: (session, start) => `${sessionName(session)} ${start.slice(11)}`,
    sessionWords(session, start, end, zone) {
      const where = zone ? ` (${zone})` : '';
      if (!end) return `${sessionName(session)}: ${stamp(start)}${where}.`;
      if (end.slice(0, 10) === start.slice(0, 10)) {
        return `${sessionName(session)}: ${w.date(start.slice(0, 10))}, de ${start.slice(11)} a ${end.slice(11)}${where}.`;
      }
      return `${sessionName(session)}: desde el ${stamp(start)} hasta el ${stamp(end)}${where}.`;
    },
    decisionLabel: (name) => `Decisión: “${name}”`,
    decisionWords: (name, date) => `Decisión a la que contribuye la reunión: “${name}”, el ${w.date(date)}.`,
    eventLabel: (label, date) => `${label}, ${w.date(date)}`,
    noticeLabel: (count, unit) => `Antelación necesaria: ${p.days(count, dayUnit(unit))}`,
    noticeWords: (count, unit, sendBy) => `Antelación necesaria: ${p.days(count, dayUnit(unit))}; la invitación debe enviarse a más tardar el ${w.date(sendBy)}.`,
    noticeShortLabel: (count, unit) => missing(p.days(count, dayUnit(unit)), count),
    noticeShortWords: (count, unit) => `${missing(p.days(count, dayUnit(unit)), count).replace(/^f/, 'F')} de antelación.`,
    documentsLabel: (count) => `Documentos necesarios: ${days(count)} antes`,
    documentsWords: (count, publishBy) => `Los documentos deben publicarse ${days(count)} antes de la reunión, a más tardar el ${w.date(publishBy)}.`,
    lateLabel: (count) => `${days(count)} de retraso`,
    lateWords: (title, count) => `“${title}” llega con ${days(count)} de retraso.`,
    outcomeLabel: (count) => `Difusión del resultado: ${days(count)} antes de la decisión`,
    outcomeWords: (count, holdBy) => `El resultado debe circular ${days(count)} antes de la decisión; la reunión debe terminar a más tardar el ${w.date(holdBy)}.`,
    outcomeShortLabel: (count) => missing(days(count), count),
    outcomeShortWords: (count) => `${missing(days(count), count).replace(/^f/, 'F')} antes de la decisión.`,
    timelineTitle: (dates, windows) =>
      `Cronología: ${w.count(dates, { one: 'fecha', other: 'fechas' })}${windows ? `, ${w.count(windows, { one: 'plazo requerido', other: 'plazos requeridos' })}` : ''}`,
    timelineInWords: 'La cronología en texto',
    requiredWindow: 'plazo requerido',
    shortfall: 'déficit',

    time: (hhmm) => hhmm,
    meetingClock: 'hora de la reunión',
    stripSessionName: ({ index, count }) => (count === 1 ? 'La reunión' : `Sesión ${index + 1}`),
    within: 'dentro',
    outside: 'fuera',
    stripLabel: (zone, local, inside, window) => `${zone}: ${local}, ${inside ? 'dentro de' : 'fuera de'} ${window}`,
    stripCaption: (session, start, until, zone, window) =>
      `${session.count === 1 ? 'La reunión' : `Sesión ${session.index + 1}`}, ${stamp(start)}${until} (${zone}): hora local en cada huso horario de los invitados frente a ${window}`,
    zoneColumns: { zone: 'Huso de los invitados', local: 'Hora local', fairHours: 'Horarios equitativos', hours: '00 · 06 · 12 · 18 · 24' },
  };
}

/** The HTML report's own words in `locale`. */
export function htmlText(locale: Locale = 'en'): HtmlText {
  return locale === 'fr' ? french() : locale === 'es' ? spanish() : english();
}
