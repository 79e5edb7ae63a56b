// Every error yaml can report, in words a person who has never read the YAML specification understands.
// yaml's error codes are one typed union (ErrorCode); a code added in a later version gets the general message
// until it is worded here (tests/announcement/yaml-words.test.ts lists the codes of the installed yaml).
import type { ErrorCode } from 'yaml';
import { quoted } from './values.js';

/** The message for one yaml error; `text` is the source at the error's position (what it is about). */
export function yamlInWords(code: ErrorCode, yamlMessage: string, text: string): string {
  const shown = text.trim() === '' ? '' : ` (${quoted(text.trim())})`;
  switch (code) {
    case 'TAB_AS_INDENT':
      return 'this line starts with a tab; YAML needs spaces: indent with spaces only';
    case 'BAD_INDENT':
      if (/sequence items/.test(yamlMessage)) return 'the items of this list do not start in the same column: line up every `- ` of the list';
      if (/Flow (map|sequence)/.test(yamlMessage)) {
        const [open, close] = /Flow map/.test(yamlMessage) ? ['{', '}'] : ['[', ']'];
        return `a \`${open}\` above this line is not closed: end its value with \`${close}\` on the line where it opens`;
      }
      if (/mapping items/.test(yamlMessage)) return 'this line is not in line with the fields beside it: fields of the same group start in the same column';
      return 'this line is indented wrongly: a field inside another is indented more than it, and fields beside each other start in the same column';
    case 'MISSING_CHAR':
      if (/closing "quote/.test(yamlMessage)) return 'a double quotation mark (") is opened but never closed: add the closing " at the end of the value';
      if (/closing 'quote/.test(yamlMessage)) return "a single quotation mark (') is opened but never closed: add the closing ' at the end of the value";
      if (/followed by map values/.test(yamlMessage)) return `this line has no colon after its field name${shown}: write it as \`name: value\``;
      if (/Missing , or :/.test(yamlMessage) || /Missing , between/.test(yamlMessage)) {
        return 'items inside [ ] or { } must be separated by commas';
      }
      if (/space after :/.test(yamlMessage)) return 'inside { }, a colon needs a space after it: write `name: value`';
      if (/Comments must be separated/.test(yamlMessage)) return 'a # starts a comment only after a space: put a space before #, or put the value in quotes';
      if (/without - indicator/.test(yamlMessage)) return 'this line is among the items of a list: start it with `- `';
      if (/Tags and anchors/.test(yamlMessage)) return 'a & or ! name must be followed by a space';
      if (/directives/.test(yamlMessage) || /directives-end marker/.test(yamlMessage)) {
        return 'a line starting with % must be followed by a line `---` before the announcement; the announcement itself starts on the line after `---`';
      }
      return `something is missing here${shown}: check for a missing colon, comma, bracket or quotation mark`;
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (/Nested mappings/.test(yamlMessage)) {
        return 'this value holds a colon followed by a space, which YAML reads as a second field on the same line: put the whole value in quotes';
      }
      return 'a list (`- `) stands where a field name is expected: check how far the list lines are indented';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'a field name must be on one line: the line before probably lacks a colon, or this line is indented differently from its neighbours';
    case 'UNEXPECTED_TOKEN': {
      const found = /Unexpected (\S+)/.exec(yamlMessage)?.[1];
      if (found === ',') return 'a comma outside [ ] or { }: put the value in quotes, or the items in [ ]';
      if (found === ']' || found === '}') return `a closing \`${found}\` without its opening one`;
      if (/Block scalar header/.test(yamlMessage)) return 'after | or > only a digit, + or - may follow on the same line: put the text on the next lines';
      return `YAML does not expect this text here${shown}: put a value that holds special characters in quotes`;
    }
    case 'BAD_SCALAR_START': {
      const character = /start with (?:reserved character )?(.+)$/.exec(yamlMessage)?.[1]?.trim() ?? text.trim()[0] ?? '';
      return `a value cannot start with ${character} unless it is in quotes: write it in "double quotes"`;
    }
    case 'BAD_DQ_ESCAPE':
      return `inside "double quotes" a backslash starts a special character, and this one${shown} is none: write \\\\ for a backslash, or use 'single quotes'`;
    case 'BLOCK_IN_FLOW':
      return 'inside [ ] or { }, write items separated by commas, not lines starting with `- ` or fields on their own lines';
    case 'DUPLICATE_KEY':
      return `this field${shown} appears twice; each field may be given once`;
    case 'KEY_OVER_1024_CHARS':
      return 'a field name is longer than 1024 characters: a field name is a word or two, followed by a colon';
    case 'MULTIPLE_ANCHORS':
      return 'a value can have only one & name (anchor)';
    case 'MULTIPLE_TAGS':
      return 'a value can have only one ! tag (and announcements need none)';
    case 'ALIAS_PROPS':
      return 'a *reference (alias) cannot carry a & name or ! tag';
    case 'BAD_PROP_ORDER':
      return 'a & name or ! tag goes after the `- ` or the colon, not before it';
    case 'BAD_ALIAS':
      return `this & name or * reference${shown} is not valid: it needs a name, which may not end with a colon`;
    case 'MULTIPLE_DOCS':
      return 'a second announcement in the same file needs a line `---` before it';
    case 'BAD_DIRECTIVE':
      return `this % line${shown} is not a directive YAML knows; remove it`;
    case 'NON_STRING_KEY':
      return 'a field name must be plain text';
    case 'BAD_COLLECTION_TYPE':
      return `the ! tag here${shown} does not fit its value; announcements need no tags: remove it`;
    case 'TAG_RESOLVE_FAILED':
      return `the YAML tag${shown} is not part of the announcement format: announcements are plain data, so remove the tag`;
    case 'RESOURCE_EXHAUSTION':
      return 'the references (aliases) here expand to too much text: write the values out instead';
    case 'IMPOSSIBLE':
    default:
      return `YAML cannot read this part of the file${shown}: check the colons, indentation and quotation marks around it`;
  }
}
