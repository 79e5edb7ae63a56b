// Announcement text is untrusted: nothing it contains may drive the terminal.

// CSI, OSC (ended by BEL or ST), other ESC sequences, then any remaining C0/C1 control character.
const ESCAPE_SEQUENCES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-Z\\-_]|\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007\u009c]*(?:\u0007|\u009c)?/g;
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Text safe to print on one terminal line: escape sequences and control characters removed, line breaks as spaces. */
export function terminalSafe(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(CONTROL_CHARACTERS, '').replace(/[\n\r\u2028\u2029]+/g, ' ');
}

/**
 * Text for formats that escape line breaks in their own way (GitHub, Markdown, XML, SARIF): escape sequences
 * and control characters removed, tabs kept, every kind of line break made a plain `\n`.
 */
export function withoutControls(text: string): string {
  return text
    .replace(ESCAPE_SEQUENCES, '')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}
