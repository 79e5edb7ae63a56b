// The timeline of one announcement as an SVG: invitation sent, registration deadline, documents published,
// each session, the decision it feeds into; the windows the rules require shaded, and each shortfall marked
// in days. Every date comes from the engine (the result's facts and the criteria's evidence); this file only
// places them. The same events are listed in words for those who do not see the drawing.
import { utcMilliseconds } from '../announcement/values.js';
import type { CriterionResult, DocumentFacts, DocumentResult, Evidence } from '../engine/types.js';
import { escapeHtml } from './html-escape.js';
import { htmlText, type HtmlText } from './html-text.js';

const dayNumber = (date: string) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return utcMilliseconds(year, month - 1, day) / 86_400_000;
};

type EventKind = 'sent' | 'deadline' | 'document' | 'session' | 'decision';

interface TimelineEvent {
  date: string;
  kind: EventKind;
  /** Short label on the drawing. */
  label: string;
  /** The sentence in words. */
  words: string;
}

interface TimelineWindow {
  row: number;
  from: string;
  to: string;
  label: string;
  words: string;
  shortfalls: { from: string; to: string; label: string; words: string }[];
}

function evidenceOf(criteria: readonly CriterionResult[], rule: string): Evidence | null {
  const criterion = criteria.find((c) => c.rule === rule);
  return criterion && criterion.status !== 'off' && criterion.evidence ? criterion.evidence : null;
}

function eventsOf(facts: DocumentFacts, h: HtmlText): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const sentLabel = h.sent(facts.sent.fromIssued);
  events.push({ date: facts.sent.date, kind: 'sent', label: sentLabel, words: h.eventWords(sentLabel, facts.sent.date) });
  if (facts.registrationDeadline) {
    events.push({
      date: facts.registrationDeadline,
      kind: 'deadline',
      label: h.registrationDeadline,
      words: h.eventWords(h.registrationDeadline, facts.registrationDeadline),
    });
  }
  for (const document of facts.documents) {
    events.push({
      date: document.published,
      kind: 'document',
      label: h.publishedLabel(document.title),
      words: h.publishedWords(document.title, document.published),
    });
  }
  facts.sessions.forEach((session, index) => {
    const name = { index, count: facts.sessions.length };
    events.push({
      date: session.start.slice(0, 10),
      kind: 'session',
      label: h.sessionLabel(name, session.start),
      words: h.sessionWords(name, session.start, session.end ?? null, facts.meetingZone ?? null),
    });
  });
  if (facts.decision?.date) {
    events.push({
      date: facts.decision.date,
      kind: 'decision',
      label: h.decisionLabel(facts.decision.name),
      words: h.decisionWords(facts.decision.name, facts.decision.date),
    });
  }
  return events.sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
}

function windowsOf(result: DocumentResult, facts: DocumentFacts, h: HtmlText): TimelineWindow[] {
  const windows: TimelineWindow[] = [];
  const notice = evidenceOf(result.criteria, 'notice-period');
  if (notice && typeof notice['sendBy'] === 'string') {
    const unit = String(notice['unit']);
    const shortDays = Number(notice['shortDays'] ?? 0);
    const requiredDays = notice['requiredDays'] as number;
    const sendBy = notice['sendBy'];
    const window: TimelineWindow = {
      row: 0,
      from: sendBy,
      to: facts.startDate,
      label: h.noticeLabel(requiredDays, unit),
      words: h.noticeWords(requiredDays, unit, sendBy),
      shortfalls: [],
    };
    if (shortDays > 0) {
      window.shortfalls.push({ from: sendBy, to: facts.sent.date, label: h.noticeShortLabel(shortDays, unit), words: h.noticeShortWords(shortDays, unit) });
    }
    windows.push(window);
  }
  const documents = evidenceOf(result.criteria, 'documents-in-advance');
  if (documents && typeof documents['publishBy'] === 'string') {
    const publishBy = documents['publishBy'];
    const requiredDays = Number(documents['requiredDays']);
    const window: TimelineWindow = {
      row: 1,
      from: publishBy,
      to: facts.startDate,
      label: h.documentsLabel(requiredDays),
      words: h.documentsWords(requiredDays, publishBy),
      shortfalls: [],
    };
    for (const document of facts.documents) {
      const late = dayNumber(document.published) - dayNumber(publishBy);
      if (late > 0) {
        window.shortfalls.push({ from: publishBy, to: document.published, label: h.lateLabel(late), words: h.lateWords(document.title, late) });
      }
    }
    windows.push(window);
  }
  const engagement = evidenceOf(result.criteria, 'early-engagement');
  if (engagement && typeof engagement['holdBy'] === 'string' && facts.decision?.date) {
    const holdBy = engagement['holdBy'];
    const meetingEnd = String(engagement['meetingEnd']);
    const minDays = Number(engagement['minDaysBeforeDecision']);
    const window: TimelineWindow = {
      row: 2,
      from: holdBy,
      to: facts.decision.date,
      label: h.outcomeLabel(minDays),
      words: h.outcomeWords(minDays, holdBy),
      shortfalls: [],
    };
    const short = dayNumber(meetingEnd) - dayNumber(holdBy);
    if (short > 0) {
      window.shortfalls.push({ from: holdBy, to: meetingEnd, label: h.outcomeShortLabel(short), words: h.outcomeShortWords(short) });
    }
    windows.push(window);
  }
  return windows;
}

const WIDTH = 960;
const MARGIN = 24;
const ROW_TOP = 30;
const ROW_HEIGHT = 24;
const AXIS_Y = ROW_TOP + 3 * ROW_HEIGHT + 14;
const LABEL_TOP = AXIS_Y + 30;
const LABEL_STEP = 16;
const CHARACTER_WIDTH = 6.4;

const MARKERS: Record<EventKind, (x: number) => string> = {
  sent: (x) => `<circle cx="${x}" cy="${AXIS_Y}" r="6" class="ev-sent"/>`,
  deadline: (x) => `<rect x="${x - 5}" y="${AXIS_Y - 5}" width="10" height="10" class="ev-deadline"/>`,
  document: (x) => `<path d="M${x - 5} ${AXIS_Y - 7}h7l3 3v11h-10z" class="ev-document"/>`,
  session: (x) => `<rect x="${x - 4}" y="${AXIS_Y - 9}" width="8" height="18" rx="2" class="ev-session"/>`,
  decision: (x) => `<path d="M${x} ${AXIS_Y - 8}l8 8l-8 8l-8 -8z" class="ev-decision"/>`,
};

const num = (value: number) => (Math.round(value * 10) / 10).toString();

/** Room left between a label and the edge of its bar (or of the drawing). */
const LABEL_PADDING = 4;
/** Narrower than this, a label is left to the list in words rather than cut to a few letters. */
const SHORTEST_LABEL = 40;

/** The width a label is drawn at: `textLength` makes the browser fit it to exactly this, whatever its font. */
const labelWidth = (text: string) => text.length * CHARACTER_WIDTH;

/** `text` cut at a word or character so that it fits `room`, with an ellipsis; null when too little room. */
function fitted(text: string, room: number): string | null {
  if (labelWidth(text) <= room) return text;
  if (room < SHORTEST_LABEL) return null;
  return `${text.slice(0, Math.max(1, Math.floor(room / CHARACTER_WIDTH) - 1)).trimEnd()}…`;
}

/**
 * Where a window's label goes: inside its bar when it fits there, else beside the bar (after it, then before
 * it), else cut to the widest of those places. A label never runs across its bar's edge nor off the drawing.
 */
function placeWindowLabel(text: string, barStart: number, barEnd: number): { text: string; x: number; anchorEnd: boolean; width: number } | null {
  const places = [
    { room: barEnd - barStart - 2 * LABEL_PADDING, x: barStart + LABEL_PADDING, anchorEnd: false },
    { room: WIDTH - MARGIN - barEnd - 2 * LABEL_PADDING, x: barEnd + LABEL_PADDING, anchorEnd: false },
    { room: barStart - MARGIN - 2 * LABEL_PADDING, x: barStart - LABEL_PADDING, anchorEnd: true },
  ];
  const roomy = places.find((place) => labelWidth(text) <= place.room);
  if (roomy) return { text, x: roomy.x, anchorEnd: roomy.anchorEnd, width: labelWidth(text) };
  const widest = places.reduce((best, place) => (place.room > best.room ? place : best));
  const shown = fitted(text, widest.room);
  return shown === null ? null : { text: shown, x: widest.x, anchorEnd: widest.anchorEnd, width: labelWidth(shown) };
}

/** The timeline of one announcement: an SVG with a title and a description, and the same facts in words. */
export function timelineHtml(result: DocumentResult, facts: DocumentFacts, id: string, h: HtmlText = htmlText()): string {
  const events = eventsOf(facts, h);
  const windows = windowsOf(result, facts, h);
  const days = [
    ...events.map((event) => dayNumber(event.date)),
    ...windows.flatMap((window) => [dayNumber(window.from), dayNumber(window.to), ...window.shortfalls.map((s) => dayNumber(s.to))]),
  ];
  let first = Infinity;
  let last = -Infinity;
  for (const day of days) {
    first = Math.min(first, day);
    last = Math.max(last, day);
  }
  const padding = Math.max(2, Math.round((last - first) * 0.04));
  first -= padding;
  last += padding;
  const x = (date: string) => MARGIN + ((dayNumber(date) - first) / (last - first)) * (WIDTH - 2 * MARGIN);

  const parts: string[] = [];
  // Month ticks: at most about a dozen, whatever the span.
  const startDay = new Date(first * 86_400_000);
  const months = Math.max(1, Math.ceil((last - first) / 30 / 12));
  for (let cursor = new Date(Date.UTC(startDay.getUTCFullYear(), startDay.getUTCMonth() + 1, 1)); cursor.getTime() / 86_400_000 <= last; cursor = new Date(Date.UTC(cursor.getUTCFullYear(), cursor.getUTCMonth() + months, 1))) {
    const date = cursor.toISOString().slice(0, 10);
    const at = num(x(date));
    parts.push(`<line x1="${at}" y1="${ROW_TOP - 6}" x2="${at}" y2="${AXIS_Y}" class="tick"/>`);
    parts.push(`<text x="${at}" y="${ROW_TOP - 10}" class="tick-label">${escapeHtml(h.tick(cursor.getUTCFullYear(), cursor.getUTCMonth()))}</text>`);
  }
  for (const window of windows) {
    const top = ROW_TOP + window.row * ROW_HEIGHT;
    const from = x(window.from);
    const width = Math.max(2, x(window.to) - from);
    parts.push(`<rect x="${num(from)}" y="${top}" width="${num(width)}" height="${ROW_HEIGHT - 4}" class="window"/>`);
    for (const shortfall of window.shortfalls) {
      const shortFrom = Math.min(x(shortfall.from), x(shortfall.to));
      const shortWidth = Math.max(2, Math.abs(x(shortfall.to) - x(shortfall.from)));
      parts.push(`<rect x="${num(shortFrom)}" y="${top}" width="${num(shortWidth)}" height="${ROW_HEIGHT - 4}" class="shortfall"/>`);
    }
    const labels = [window.label, ...window.shortfalls.map((s) => s.label)].join(' · ');
    const placed = placeWindowLabel(labels, from, from + width);
    if (placed) {
      parts.push(
        `<text x="${num(placed.x)}" y="${top + ROW_HEIGHT - 9}" class="window-label"${placed.anchorEnd ? ' text-anchor="end"' : ''} textLength="${num(placed.width)}">${escapeHtml(placed.text)}</text>`,
      );
    }
  }
  parts.push(`<line x1="${MARGIN}" y1="${AXIS_Y}" x2="${WIDTH - MARGIN}" y2="${AXIS_Y}" class="axis"/>`);
  // Event labels in rows below the axis, each in the first row where it does not overlap the one before.
  const rowEnds: number[] = [];
  const labelParts: string[] = [];
  for (const event of events) {
    const at = x(event.date);
    const text = h.eventLabel(event.label, event.date);
    const width = labelWidth(text);
    const anchorEnd = at + width > WIDTH - 4;
    const left = anchorEnd ? at - width : at;
    let row = rowEnds.findIndex((end) => end < left - 10);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(0);
    }
    rowEnds[row] = anchorEnd ? at : at + width;
    const y = LABEL_TOP + row * LABEL_STEP;
    parts.push(`<line x1="${num(at)}" y1="${AXIS_Y}" x2="${num(at)}" y2="${y - 10}" class="leader"/>`);
    parts.push(MARKERS[event.kind](Number(num(at))));
    labelParts.push(
      `<text x="${num(at)}" y="${y}" class="event-label ev-text-${event.kind}"${anchorEnd ? ' text-anchor="end"' : ''} textLength="${num(width)}">${escapeHtml(text)}</text>`,
    );
  }
  for (const label of labelParts) parts.push(label);
  const height = LABEL_TOP + Math.max(1, rowEnds.length) * LABEL_STEP;

  const words = [...events.map((event) => event.words), ...windows.flatMap((window) => [window.words, ...window.shortfalls.map((s) => s.words)])];
  const title = h.timelineTitle(events.length, windows.length);
  return [
    `<figure class="timeline">`,
    `<svg viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id}-title">${escapeHtml(title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(words.join(' '))}</desc>`,
    ...parts,
    `</svg>`,
    `<figcaption><details><summary>${h.timelineInWords}</summary><ul>${words.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul></details>`,
    `<p class="legend"><span class="key key-window"></span> ${h.requiredWindow} <span class="key key-shortfall"></span> ${h.shortfall}</p></figcaption>`,
    `</figure>`,
  ].join('\n');
}
