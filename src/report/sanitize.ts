// Announcement text is untrusted: nothing it contains may drive the terminal or reorder what is shown.

// CSI (ESC [ or 8-bit 0x9B); OSC (ESC ] or 0x9D) and the string sequences DCS, SOS, PM, APC (ESC P, X, ^, _
// or 0x90, 0x98, 0x9E, 0x9F) up to their terminator (BEL or ST) or the end of the text; then any other
// two-character ESC sequence. Whatever is left of a sequence is removed by CONTROL_CHARACTERS below.
const ESCAPE_SEQUENCES =
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\u001b[\]PX^_]|[\u009d\u0090\u0098\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[ -~]?/g;
// C0 and C1 controls except tab and line feed (line breaks are handled by each function).
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Bidirectional controls can make a line read differently from what it holds ("Trojan Source").
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function withoutSequences(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(BIDI_CONTROLS, '');
}

/** Text safe to print on one terminal line: escape sequences and control characters removed, line breaks as spaces. */
export function terminalSafe(text: string): string {
  return withoutSequences(text)
    .replace(/\r\n?|[\n\u0085\u2028\u2029]/g, ' ')
    .replace(CONTROL_CHARACTERS, '')
    .replace(/\t/g, ' ');
}

/**
 * Text for formats that escape line breaks in their own way (GitHub, Markdown, XML, SARIF): escape sequences
 * and control characters removed, tabs kept, every kind of line break made a plain `\n`.
 */
export function withoutControls(text: string): string {
  return withoutSequences(text)
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(CONTROL_CHARACTERS, '');
}

// JSON.stringify escapes C0 controls but not C1 controls, bidi controls or the Unicode line separators.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const HAS_UNSAFE_IN_JSON = new RegExp(UNSAFE_IN_JSON.source);

function escapeUnsafe(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * `value` as indented JSON in which no character can act on a terminal: what JSON.stringify leaves raw is
 * escaped too, so the text parses back to the same data.
 */
export function terminalSafeJson(value: unknown): string {
  const json = JSON.stringify(value, null, 2);
  // Nearly every report has no such character: a test that stops at the first is cheaper than a replace.
  return HAS_UNSAFE_IN_JSON.test(json) ? json.replace(UNSAFE_IN_JSON, escapeUnsafe) : json;
}
