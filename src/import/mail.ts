// An invitation e-mail (RFC 5322 + MIME) read with postal-mime: its calendar part (text/calendar, or an .ics
// attachment, also inside a forwarded message), its Date, From and Subject headers, and its other attachments.
import PostalMime, { type Attachment, type Email } from 'postal-mime';
import type { CalendarPlace, ImportProblem, MailFacts } from './calendar.js';
import type { SourceRef } from './draft.js';

/** Forwarded messages (message/rfc822 attachments) looked into at most this deep. */
const MAX_FORWARD_DEPTH = 3;
/** MIME parts nested at most this deep: deeper input is refused by postal-mime, with a finding. */
const MAX_NESTING_DEPTH = 64;

export interface MailCalendar {
  text: string;
  place: CalendarPlace;
  mail: MailFacts;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ZONES: Readonly<Record<string, number>> = { UT: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * The Date header as the sender's own local time with its offset (`Tue, 3 Mar 2026 09:14:22 +0100` ->
 * `2026-03-03T09:14:22+01:00`): postal-mime gives UTC, which would lose the day as the sender saw it.
 */
export function mailDate(header: string): string | null {
  const match = /^\s*(?:[a-z]{3},?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,3})?/i.exec(header);
  if (!match) return null;
  const month = MONTHS.indexOf(match[2]!.toLowerCase()) + 1;
  let year = Number(match[3]);
  if (match[3]!.length === 2) year += year < 50 ? 2000 : 1900; // RFC 5322 4.3
  const day = Number(match[1]);
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  const second = Number(match[6] ?? 0);
  if (month === 0 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  const zone = match[7] ?? '-0000';
  let offset: number;
  if (/^[+-]\d{4}$/.test(zone)) offset = (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3)));
  else if (Object.hasOwn(ZONES, zone.toUpperCase())) offset = ZONES[zone.toUpperCase()]!;
  else return null;
  const sign = offset < 0 ? '-' : '+';
  const time = `${pad(hour)}:${pad(minute)}${second ? `:${pad(Math.min(second, 59))}` : ''}`;
  const offsetText = offset === 0 ? 'Z' : `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${time}${offsetText}`;
}

function isCalendarPart(attachment: Attachment): boolean {
  return attachment.mimeType === 'text/calendar' || attachment.mimeType === 'application/ics' || /\.ics$/i.test(attachment.filename ?? '');
}

function bytesOf(content: Attachment['content']): Uint8Array {
  if (typeof content === 'string') return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

async function parseMail(bytes: Uint8Array): Promise<Email> {
  return PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer', maxNestingDepth: MAX_NESTING_DEPTH, maxRfc822NestingDepth: MAX_FORWARD_DEPTH });
}

/**
 * The calendar part of a message and the message that holds it (a forwarded invitation's own headers say when
 * and by whom it was sent), looking into forwarded messages attached to it, at most MAX_FORWARD_DEPTH deep.
 */
async function findCalendar(email: Email, depth: number): Promise<{ part: Attachment; email: Email } | null> {
  const parts = email.attachments.filter(isCalendarPart);
  const invitation = parts.find((part) => part.method !== undefined) ?? parts[0];
  if (invitation) return { part: invitation, email };
  if (depth >= MAX_FORWARD_DEPTH) return null;
  for (const attachment of email.attachments) {
    if (attachment.mimeType !== 'message/rfc822') continue;
    try {
      const found = await findCalendar(await parseMail(bytesOf(attachment.content)), depth + 1);
      if (found) return found;
    } catch {
      // A forwarded message that cannot be read holds no calendar we can use.
    }
  }
  return null;
}

/** The e-mail's lines, as bytes read one to one (so that lines are found whatever the parts' charsets). */
function rawLines(bytes: Uint8Array): string[] {
  // One character per byte (windows-1252, which keeps every line break where it is).
  const text = new TextDecoder('latin1').decode(bytes);
  return text.split('\n').map((line) => line.replace(/\r$/, ''));
}

export async function readMail(bytes: Uint8Array): Promise<MailCalendar | { problem: ImportProblem }> {
  let email: Email;
  try {
    email = await parseMail(bytes);
  } catch (error) {
    return { problem: { message: `the e-mail cannot be read: ${error instanceof Error ? error.message : String(error)}`, line: 1 } };
  }
  const found = await findCalendar(email, 0);
  if (!found) {
    return { problem: { message: 'the e-mail holds no invitation: no text/calendar part and no .ics attachment, so there is nothing to import', line: 1 } };
  }
  const { part } = found;
  const text = new TextDecoder('utf-8').decode(bytesOf(part.content));
  const lines = rawLines(bytes);
  const forwarded = found.email !== email;
  // A header's line: the first line that starts with its name and holds the start of its value (the message
  // holding the calendar may be a forwarded one, whose headers come later in the file).
  const headerLine = (name: string): number | null => {
    const value = found.email.headers.find((header) => header.key === name.toLowerCase())?.value.trim().slice(0, 20) ?? '';
    const index = lines.findIndex((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}:`) && line.includes(value));
    return index < 0 ? null : index + 1;
  };
  const headerFrom = (name: string): SourceRef => ({ line: headerLine(name), what: `the ${forwarded ? 'forwarded ' : ''}e-mail's header ${name}` });

  const mail: MailFacts = { attachments: [] };
  email = found.email;
  const dateHeader = email.headers.find((header) => header.key === 'date')?.value;
  const issued = dateHeader ? mailDate(dateHeader) : null;
  if (issued) mail.issued = { value: issued, from: headerFrom('Date') };
  const from = email.from && 'name' in email.from ? email.from.name.trim() : '';
  if (from) mail.convener = { value: from, from: headerFrom('From'), inferred: 'the sender of the e-mail (the calendar names no ORGANIZER)' };
  const subject = email.subject?.trim();
  if (subject) mail.title = { value: subject, from: headerFrom('Subject') };
  for (const attachment of email.attachments) {
    if (attachment === part || isCalendarPart(attachment) || attachment.mimeType === 'message/rfc822' || attachment.disposition !== 'attachment' || !attachment.filename) continue;
    const name = attachment.filename;
    const index = lines.findIndex((line) => line.includes(name));
    mail.attachments.push({ title: name, from: { line: index < 0 ? null : index + 1, what: `the e-mail's attachment` } });
  }
  return { text, place: placeIn(lines, text), mail };
}

/**
 * Where the calendar's lines are in the e-mail. A part sent as it is (7bit, 8bit) or quoted-printable keeps its
 * property names at the start of lines: each content line is found by its name, in order, after the part's
 * BEGIN:VCALENDAR. A base64 part keeps nothing readable: every property is placed at the part's header.
 */
function placeIn(lines: string[], calendar: string): CalendarPlace {
  const begin = lines.findIndex((line) => line.trim().toUpperCase() === 'BEGIN:VCALENDAR');
  if (begin >= 0) {
    const map = new Map<number, number>();
    const calendarLines = calendar.split('\n');
    let at = begin;
    calendarLines.forEach((line, index) => {
      if (/^[ \t]/.test(line) || line.trim() === '') return;
      const name = line.slice(0, Math.max(0, line.search(/[;:]/))).toUpperCase();
      if (!name) return;
      // The next e-mail line that starts with this property's name (in at most 200 lines: a QP part wraps lines).
      for (let look = at; look < Math.min(lines.length, at + 200); look++) {
        const raw = lines[look]!.toUpperCase();
        if (raw.startsWith(name) && /[;:=]/.test(raw.charAt(name.length))) {
          map.set(index + 1, look + 1);
          at = look + 1;
          return;
        }
      }
    });
    return {
      lineOf: (line) => map.get(line) ?? null,
      label: (name) => `${name} in the calendar part`,
    };
  }
  const header = lines.findIndex((line) => /content-type:\s*(text\/calendar|application\/ics)/i.test(line) || /filename\*?=.*\.ics/i.test(line));
  const partLine = header < 0 ? null : header + 1;
  return {
    lineOf: () => partLine,
    label: (name, line) => `${name} (line ${line} of the encoded calendar part)`,
  };
}
