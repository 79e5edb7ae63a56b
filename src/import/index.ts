// `invitelint import`: a received invitation (.eml with its calendar, or .ics) as a draft announcement in
// format v2. It fills what the invitation states, says for each field where it came from, and lists at the top
// what no invitation holds, to state: linting the draft reports those as not stated, never as passed.
import { readCalendar, type ImportProblem } from './calendar.js';
import { writeDraft, type SourceMap } from './draft.js';
import { readMail } from './mail.js';

export { MAX_SESSIONS, type ImportProblem } from './calendar.js';
export type { SourceMap, SourceMapEntry, SourceRef } from './draft.js';
export { remapFinding } from './remap.js';

export interface ImportResult {
  /** The draft announcement, YAML with a comment on each filled field; null when nothing could be imported. */
  yaml: string | null;
  /** The facts to state, one sentence each (also listed at the top of `yaml`). */
  toState: string[];
  /** Each filled field's line in `yaml` and the source line it came from. */
  sourceMap: SourceMap;
  /** Why nothing could be imported (with the source line); empty when `yaml` is there. */
  problems: ImportProblem[];
}

export interface ImportOptions {
  /** The file's name, for the draft's first comment and to tell .eml from .ics. */
  fileName: string;
  /** Refuse input larger than this (bytes); default 10 MB, as for announcements. */
  maxFileSize?: number;
}

export const DEFAULT_MAX_IMPORT_SIZE = 10 * 1024 * 1024;

/** Files the import reads: by their name. */
export function isInvitationFile(file: string): boolean {
  return /\.(ics|eml)$/i.test(file);
}

/** Whether the bytes begin (after a byte-order mark and blank lines) as an iCalendar file does. */
function looksLikeCalendar(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  return head.toUpperCase().startsWith('BEGIN:VCALENDAR');
}

function failed(fileName: string, problem: ImportProblem): ImportResult {
  return { yaml: null, toState: [], sourceMap: { file: fileName, entries: [] }, problems: [problem] };
}

/** Reads an invitation into a draft announcement. Never throws for any input: what cannot be read is a problem. */
export async function importInvitation(source: Uint8Array | string, options: ImportOptions): Promise<ImportResult> {
  const bytes = typeof source === 'string' ? new TextEncoder().encode(source) : source;
  const limit = options.maxFileSize ?? DEFAULT_MAX_IMPORT_SIZE;
  if (bytes.byteLength > limit) {
    return failed(options.fileName, { message: `the file is larger than ${Math.round(limit / 1024 / 1024)} MB (the maxFileSize limit) and is not read; an invitation is a few kilobytes`, line: 1 });
  }
  const calendarFile = looksLikeCalendar(bytes) || (/\.(ics|ical|ifb|icalendar)$/i.test(options.fileName) && !/\.eml$/i.test(options.fileName));
  if (calendarFile) {
    const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
    const read = readCalendar(text, { lineOf: (line) => line, label: (name) => name }, null);
    if ('problem' in read) return failed(options.fileName, read.problem);
    const { yaml, sourceMap } = writeDraft(read.draft, options.fileName, 'ics');
    return { yaml, toState: read.draft.toState, sourceMap, problems: [] };
  }
  const mail = await readMail(bytes);
  if ('problem' in mail) return failed(options.fileName, mail.problem);
  const read = readCalendar(mail.text, mail.place, mail.mail);
  if ('problem' in read) return failed(options.fileName, read.problem);
  const { yaml, sourceMap } = writeDraft(read.draft, options.fileName, 'eml');
  return { yaml, toState: read.draft.toState, sourceMap, problems: [] };
}
