// Writes fixtures/hostile/: announcements that try to break the linter. Run `node tests/hostile/make-corpus.mjs`
// after changing it; the files are committed byte-exact (.gitattributes) and corpus.test.ts holds what each yields.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(root, 'fixtures/hostile');
mkdirSync(out, { recursive: true });
const passing = readFileSync(path.join(root, 'fixtures/passing/inclusive-hybrid-consultation.yaml'), 'utf8');
const write = (name, content) => writeFileSync(path.join(out, name), content);
const lines = (...text) => `${text.join('\n')}\n`;

write('bom.yaml', `\ufeff${passing}`);
write('crlf.yaml', passing.replace(/\n/g, '\r\n'));
write('empty.yaml', '');
write('only-comments.yaml', '# nothing but a comment\n\n');
write(
  'latin1.yaml',
  Buffer.concat([Buffer.from('format_version: 1\ntitle: Consultation '), Buffer.from([0xe0]), Buffer.from(' Gen\xe8ve\n', 'latin1')]),
);
write('utf16.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('format_version: 1\n', 'utf16le')]));
write('binary.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0x00]));
write('tabs.yaml', lines('format_version: 1', 'meeting:', '\tstart: 2026-03-16T13:00'));
write('malformed.yaml', lines('format_version: 1', 'title: [unclosed', 'convener: {name: x'));
write('duplicate-keys.yaml', passing.replace('issued: 2026-01-12\n', 'issued: 2026-01-12\nissued: 2026-01-13\n'));
write('js-function-tag.yaml', passing.replace(/^title: .*$/m, 'title: !!js/function "function () { process.exit(7) }"'));
write('custom-tag.yaml', passing.replace(/^title: (.*)$/m, 'title: !exec $1'));
write(
  'billion-laughs.yaml',
  lines(
    'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
    'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
    'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
    'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
    'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
    'f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
    'g: [*f, *f, *f, *f, *f, *f, *f, *f, *f]',
  ),
);
write('many-aliases.yaml', lines('x: &x 1', `list: [${Array.from({ length: 101 }, () => '*x').join(', ')}]`));
write('deep-flow.yaml', `${'['.repeat(30000)}${']'.repeat(30000)}\n`);
write('deep-block.yaml', Array.from({ length: 120 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' end\n');
write('deep-compact.yaml', `${'- '.repeat(20000)}x\n`);
write(
  'prototype-keys.yaml',
  passing.replace('format_version: 2\n', 'format_version: 2\n__proto__: { polluted: true }\nconstructor: { prototype: { polluted: true } }\n'),
);
write(
  'terminal-escapes.yaml',
  passing
    .replace(/^title: .*$/m, 'title: "Consultation \\e[2J\\e[31mred\\e[0m \\e]8;;https://evil.example\\aclick\\e]8;;\\a \\e]0;pwned\\a \\x9b31m \\u202Eevil\\u202C \\a\\b end"')
    .replace('format_version: 2\n', 'format_version: 2\n"\\e[41mkey\\e[0m": x\n'),
);
write('nul-and-controls.yaml', passing.replace(/^title: .*$/m, 'title: "nul \\0 bell \\a del \\x7f nel \\x85 end"'));
write('two-good-one-broken.yaml', `${passing}---\ntitle: [broken\n---\n${passing}`);
