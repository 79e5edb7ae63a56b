// The draft announcement an invitation yields, and its YAML: every filled field carries a comment saying where
// it came from, and the facts no invitation holds are listed at the top, to state.

/** Where a value came from: the source's line (null when none) and what was read there, in words. */
export interface SourceRef {
  line: number | null;
  what: string;
}

export interface Filled<T> {
  value: T;
  from: SourceRef;
  /** Set when the value is read from a hint rather than stated: why it is taken to be so. */
  inferred?: string;
}

export interface DraftSession {
  name?: Filled<string>;
  date?: Filled<string>;
  start?: Filled<string>;
  end?: Filled<string>;
  duration?: Filled<string>;
}

export interface DraftDocument {
  title: Filled<string>;
  published: Filled<string>;
  url?: Filled<string>;
}

export interface Draft {
  title?: Filled<string>;
  convener?: Filled<string>;
  issued?: Filled<string>;
  revision?: { kind: Filled<'changed' | 'cancelled'>; number: Filled<number> };
  sessions: DraftSession[];
  timezone?: Filled<string>;
  venue?: { name?: Filled<string>; city: Filled<string>; country: Filled<string> };
  online?: Filled<true>;
  channels?: Filled<string[]>;
  interventions?: Filled<string[]>;
  documents: DraftDocument[];
  /** The facts to state, one sentence each, beginning with the field. */
  toState: string[];
}

/** One filled field: its YAML path and line in the draft, and where in the source it came from. */
export interface SourceMapEntry {
  path: string;
  yamlLine: number;
  source: SourceRef;
}

export interface SourceMap {
  /** The file the draft was imported from, as it was named. */
  file: string;
  entries: SourceMapEntry[];
}

// What JSON.stringify leaves raw in a string and a terminal or a reader could be misled by: C1 and bidi
// controls and the Unicode line separators. YAML's double-quoted style reads \uXXXX back.
const UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** A YAML double-quoted scalar that holds `text` exactly and prints nothing a terminal acts on. */
export function quoted(text: string): string {
  return JSON.stringify(text).replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Untrusted text made fit for a one-line comment: no control or bidi character, no line break, and no
 * `invitelint-` directive (a waiver written into the invitation must not become one in the draft); cut at `most`.
 */
export function commentText(text: string, most = 400): string {
  const flat = text
    .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g, ' ')
    .replace(/invitelint-/gi, 'invitelint ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > most ? `${flat.slice(0, most - 1)}…` : flat;
}

function describe(filled: Filled<unknown>): string {
  const where = filled.from.line === null ? filled.from.what : `${filled.from.what}, line ${filled.from.line}`;
  return filled.inferred ? `inferred: ${filled.inferred} (${where})` : `from ${where}`;
}

/** Writes the draft as YAML (format v2) and the map from its lines back to the source. */
export function writeDraft(draft: Draft, file: string, kind: 'ics' | 'eml'): { yaml: string; sourceMap: SourceMap } {
  const lines: string[] = [];
  const entries: SourceMapEntry[] = [];
  const field = (indent: string, key: string, value: string, filled: Filled<unknown>, path: string) => {
    lines.push(`${indent}${key}: ${value}  # ${describe(filled)}`);
    entries.push({ path, yamlLine: lines.length, source: filled.from });
  };
  const plain = (line: string) => lines.push(line);

  plain(`# Draft announcement imported by \`invitelint import\` from ${commentText(file)} (${kind === 'eml' ? 'an e-mail' : 'an iCalendar file'}).`);
  plain('# Each filled field says where it came from; "inferred" marks a fact read from a hint, not stated.');
  if (draft.toState.length > 0) {
    plain('# To state: an invitation e-mail or calendar does not hold these facts, so they are left out and');
    plain('# linting reports them as not stated until you add them:');
    for (const fact of draft.toState) plain(`#   - ${commentText(fact)}`);
  }
  plain('format_version: 2');
  if (draft.title) field('', 'title', quoted(draft.title.value), draft.title, 'title');
  if (draft.convener) {
    plain('convener:');
    field('  ', 'name', quoted(draft.convener.value), draft.convener, 'convener.name');
  }
  if (draft.issued) field('', 'issued', draft.issued.value, draft.issued, 'issued');
  if (draft.revision) {
    plain('revision:');
    field('  ', 'kind', draft.revision.kind.value, draft.revision.kind, 'revision.kind');
    field('  ', 'number', String(draft.revision.number.value), draft.revision.number, 'revision.number');
  }
  const single = draft.sessions.length === 1 && !draft.sessions[0]!.name && !draft.sessions[0]!.date ? draft.sessions[0]! : null;
  if (draft.sessions.length > 0 || draft.timezone || draft.venue || draft.online) {
    plain('meeting:');
    if (single) writeSession(single, '  ', 'meeting');
    else if (draft.sessions.length > 0) {
      plain('  sessions:');
      draft.sessions.forEach((session, index) => writeSession(session, '    ', `meeting.sessions[${index}]`, true));
    }
    if (draft.timezone) field('  ', 'timezone', draft.timezone.value, draft.timezone, 'meeting.timezone');
    if (draft.venue) {
      plain('  venue:');
      if (draft.venue.name) field('    ', 'name', quoted(draft.venue.name.value), draft.venue.name, 'meeting.venue.name');
      field('    ', 'city', quoted(draft.venue.city.value), draft.venue.city, 'meeting.venue.city');
      field('    ', 'country', draft.venue.country.value, draft.venue.country, 'meeting.venue.country');
    } else if (draft.online) field('  ', 'online', 'true', draft.online, 'meeting.online');
  }
  // A remote block needs `participation`, which no invitation states: what the invitation says about the remote
  // side is kept as comments, to uncomment once participation is written.
  if (draft.channels || draft.interventions) {
    plain('# remote: write `participation: speak` or `listen` (to state), then uncomment what the invitation says:');
    plain('#   participation: ...');
    if (draft.channels) plain(`#   channels: [${draft.channels.value.join(', ')}]  # ${describe(draft.channels)}`);
    if (draft.interventions) plain(`#   interventions: [${draft.interventions.value.join(', ')}]  # ${describe(draft.interventions)}`);
  }
  if (draft.documents.length > 0) {
    plain('documents:');
    draft.documents.forEach((document, index) => {
      const at = `documents[${index}]`;
      field('  - ', 'title', quoted(document.title.value), document.title, `${at}.title`);
      field('    ', 'published', document.published.value, document.published, `${at}.published`);
      if (document.url) field('    ', 'url', quoted(document.url.value), document.url, `${at}.url`);
    });
  }
  return { yaml: `${lines.join('\n')}\n`, sourceMap: { file, entries } };

  function writeSession(session: DraftSession, indent: string, path: string, listed = false) {
    let first = listed;
    const next = () => {
      const prefix = first ? `${indent.slice(2)}- ` : indent;
      first = false;
      return prefix;
    };
    if (session.name) field(next(), 'name', quoted(session.name.value), session.name, `${path}.name`);
    if (session.date) field(next(), 'date', session.date.value, session.date, `${path}.date`);
    if (session.start) field(next(), 'start', session.start.value, session.start, `${path}.start`);
    if (session.end) field(next(), 'end', session.end.value, session.end, `${path}.end`);
    else if (session.duration) field(next(), 'duration', session.duration.value, session.duration, `${path}.duration`);
  }
}
