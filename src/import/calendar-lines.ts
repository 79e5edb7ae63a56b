// Where each iCalendar property starts in the text: ical.js keeps no line numbers, so the content lines are
// scanned once here, in the same order as ical.js reads them, and the two are matched by position.

/** One property's first physical line (1-based) and its name, upper-case. */
export interface PropertyLine {
  name: string;
  line: number;
}

/** A component (VCALENDAR, VEVENT, VTIMEZONE...) as the text nests it, with the line of its BEGIN. */
export interface ComponentLines {
  name: string;
  line: number;
  properties: PropertyLine[];
  components: ComponentLines[];
}

export interface ScannedCalendar {
  /** The top-level components (normally one VCALENDAR). */
  components: ComponentLines[];
  /** The first thing that makes the text no calendar, with its line; null when it nests correctly. */
  problem: { message: string; line: number } | null;
}

/** The content-line name: up to the first `;` or `:` (RFC 5545 3.1), upper-case. */
function nameOf(line: string): string {
  const end = line.search(/[;:]/);
  return (end < 0 ? line : line.slice(0, end)).trim().toUpperCase();
}

/** Scans content lines (folded lines are continuations of the one before); never throws. */
export function scanCalendar(text: string): ScannedCalendar {
  const top: ComponentLines[] = [];
  const open: ComponentLines[] = [];
  let problem: ScannedCalendar['problem'] = null;
  let lineNumber = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNumber++;
    const first = text.charCodeAt(start);
    // A folded continuation (space or tab), or an empty line: no property starts here.
    if (first !== 0x20 && first !== 0x09 && end > start) {
      const raw = text.slice(start, Math.min(end, start + 200)).replace(/\r$/, '');
      if (raw.trim() !== '') {
        const name = nameOf(raw);
        const value = raw.slice(raw.indexOf(':') + 1).trim().toUpperCase();
        if (name === 'BEGIN') {
          const component: ComponentLines = { name: value, line: lineNumber, properties: [], components: [] };
          (open.at(-1)?.components ?? top).push(component);
          open.push(component);
        } else if (name === 'END') {
          const closing = open.pop();
          if (!closing || closing.name !== value) {
            problem ??= { message: closing ? `END:${value} closes BEGIN:${closing.name} (line ${closing.line})` : `END:${value} has no BEGIN`, line: lineNumber };
          }
        } else if (open.length > 0) {
          open.at(-1)!.properties.push({ name, line: lineNumber });
        } else {
          problem ??= { message: `a line outside BEGIN:VCALENDAR ... END:VCALENDAR`, line: lineNumber };
        }
      }
    }
    start = end + 1;
  }
  if (open.length > 0) problem ??= { message: `BEGIN:${open[0]!.name} is never ended (no END:${open[0]!.name})`, line: open[0]!.line };
  if (!problem && !top.some((component) => component.name === 'VCALENDAR')) problem = { message: 'no BEGIN:VCALENDAR: this is not an iCalendar file', line: 1 };
  return { components: top, problem };
}
