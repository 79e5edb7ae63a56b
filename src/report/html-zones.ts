// The time-zone strip for fair hours: for each session, each invitee zone's local time drawn on a 24-hour
// bar against the acceptable window (fair-hours' `earliest` and `latest`), with the verdict in words.
import type { DocumentFacts, DocumentResult, ZoneTime } from '../engine/types.js';
import { escapeHtml } from './html-escape.js';
import { htmlText, type HtmlText } from './html-text.js';

const STRIP_WIDTH = 240;
const HOUR = STRIP_WIDTH / 24;

const minutesOf = (clock: string) => {
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
};

const num = (value: number) => (Math.round(value * 10) / 10).toString();

function strip(zone: ZoneTime, earliest: number, latest: number, inside: boolean, label: string): string {
  const x = (minute: number) => num((minute / 60) * HOUR);
  const bars: string[] = [];
  const endOnDay = Math.min(zone.endMinute, 1440);
  bars.push(`<rect x="${x(zone.startMinute)}" y="3" width="${num(Math.max(2, ((endOnDay - zone.startMinute) / 60) * HOUR))}" height="12" rx="2" class="${inside ? 'span-in' : 'span-out'}"/>`);
  // A session that runs past local midnight continues at the left of the strip, on the next day.
  if (zone.endMinute > 1440) {
    bars.push(`<rect x="0" y="3" width="${num(Math.max(2, ((zone.endMinute - 1440) / 60) * HOUR))}" height="12" rx="2" class="span-out next-day"/>`);
  }
  const ticks = [6, 12, 18].map((hour) => `<line x1="${hour * HOUR}" y1="0" x2="${hour * HOUR}" y2="18" class="hour"/>`);
  return [
    `<svg viewBox="0 0 ${STRIP_WIDTH} 18" width="${STRIP_WIDTH}" height="18" role="img" aria-label="${escapeHtml(label)}" xmlns="http://www.w3.org/2000/svg">`,
    `<title>${escapeHtml(label)}</title>`,
    `<rect x="0" y="0" width="${STRIP_WIDTH}" height="18" class="night"/>`,
    `<rect x="${x(earliest)}" y="0" width="${x(latest - earliest)}" height="18" class="day-window"/>`,
    ...ticks,
    ...bars,
    `</svg>`,
  ].join('');
}

/** The strip for every session, or null when fair hours do not apply (in person, no zones, rule off). */
export function zoneStripHtml(result: DocumentResult, facts: DocumentFacts, h: HtmlText = htmlText()): string | null {
  const criterion = result.criteria.find((c) => c.rule === 'fair-hours');
  const evidence = criterion?.evidence;
  if (!criterion || criterion.status === 'off' || !evidence || !facts.inviteeZones?.length) return null;
  const earliestClock = String(evidence['earliest']);
  const latestClock = String(evidence['latest']);
  const earliest = minutesOf(earliestClock);
  const latest = minutesOf(latestClock);
  const window = `${h.time(earliestClock)}–${h.time(latestClock)}`;
  const zoneName = facts.meetingZone ?? h.meetingClock;
  // Sessions past the zoneTimes limit carry no local times (their report-limit finding says so): no table.
  const tables = facts.sessions.flatMap((session, index) => (session.zones.length === 0 ? [] : [sessionTable(session, index)]));
  return tables.join('\n');

  function sessionTable(session: DocumentFacts['sessions'][number], index: number): string {
    const name = { index, count: facts.sessions.length };
    const until = session.end ? `–${h.time(session.end.slice(11))}` : '';
    const rows = session.zones.map((zone) => {
      const inside = zone.startMinute >= earliest && zone.endMinute <= latest;
      const sameDay = zone.end.slice(0, 10) === zone.start.slice(0, 10);
      const until = zone.endMinute === 1440 ? h.time('24:00') : sameDay ? h.time(zone.end.slice(11)) : h.stamp(zone.end);
      const local = `${h.stamp(zone.start)}–${until}`;
      const verdict = inside ? `<span class="status status-pass">✔ ${h.within}</span>` : `<span class="status status-fail">✖ ${h.outside}</span>`;
      const label = h.stripLabel(zone.zone, local, inside, window);
      return `<tr><th scope="row">${escapeHtml(zone.zone)}</th><td>${escapeHtml(local)}</td><td>${verdict}</td><td>${strip(zone, earliest, latest, inside, label)}</td></tr>`;
    });
    return [
      `<table class="zones">`,
      `<caption>${escapeHtml(h.stripCaption(name, session.start, until, zoneName, window))}</caption>`,
      `<thead><tr><th scope="col">${h.zoneColumns.zone}</th><th scope="col">${h.zoneColumns.local}</th><th scope="col">${h.zoneColumns.fairHours}</th><th scope="col">${h.zoneColumns.hours}</th></tr></thead>`,
      `<tbody>${rows.join('')}</tbody>`,
      `</table>`,
    ].join('\n');
  }
}
