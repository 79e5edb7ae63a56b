// Each limit of LoadLimits stops a resource attack early and is a finding that names it; the documents
// before a limit are still checked. --max-file-size moves the size limit.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { LineCounter, parseDocument, Parser, type YAMLMap } from 'yaml';
import { DEFAULT_LOAD_LIMITS, firstInvalidUtf8, formatSize, loadAnnouncements, locator, parseSize } from '../../src/announcement/load.js';
import { lintText } from '../../src/index.js';
import { fixture, PASSING, runCli } from '../helpers.js';

const AS_OF = '2026-01-05';
const good = fixture(PASSING);
const findingsOf = (text: string, limits = {}) =>
  lintText(text, { asOf: AS_OF, limits }).results.map((r) => r.findings.map((f) => `${f.rule} ${f.line}:${f.column} ${f.message}`));

describe('load limits', () => {
  it('defaults: 10 MB, 100 levels, 100 aliases, and every document of a file', () => {
    expect(DEFAULT_LOAD_LIMITS).toEqual({ maxFileSize: 10 * 1024 * 1024, maxDepth: 100, maxAliasCount: 100, maxDocuments: Infinity });
  });

  it('a file of 2,000 announcements is linted whole by default; --max-documents N checks the first N', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'invitelint-documents-'));
    writeFileSync(path.join(dir, 'many.yaml'), Array.from({ length: 2000 }, () => good).join('---\n'));
    const whole = runCli(['many.yaml', '--as-of', AS_OF, '--no-config-lookup', '-f', 'json'], { cwd: dir });
    expect(whole.stderr).toBe('');
    expect(whole.status).toBe(0);
    const report = JSON.parse(whole.stdout) as { results: { document: number; findings: unknown[] }[]; summary: { documents: number } };
    expect(report.summary.documents).toBe(2000);
    expect(report.results.map((r) => r.document)).toEqual(Array.from({ length: 2000 }, (_, i) => i));
    expect(report.results.every((r) => r.findings.length === 0)).toBe(true);

    const cut = runCli(['many.yaml', '--as-of', AS_OF, '--no-config-lookup', '-f', 'json', '--max-documents', '10'], { cwd: dir });
    expect(cut.status).toBe(1);
    const cutReport = JSON.parse(cut.stdout) as { results: { document: number; findings: { message: string }[] }[] };
    expect(cutReport.results).toHaveLength(11);
    expect(cutReport.results[10]!.findings.map((f) => f.message)).toEqual([
      'the file holds more than 10 documents (the maxDocuments limit); the documents from here on are not checked',
    ]);
    for (const value of ['0', 'ten', '1.5', '-3']) {
      const bad = runCli(['many.yaml', '--max-documents', value], { cwd: dir });
      expect(bad.status).toBe(2);
      expect(bad.stderr).toBe(`invitelint: --max-documents ${value}: expected a whole number, 1 or more\n`);
    }
    rmSync(dir, { recursive: true, force: true });
  }, 180_000); // 2,000 documents through the CLI: slow on a loaded machine, and no timing is asserted

  it('the library takes Infinity for maxDocuments and no other limit', () => {
    expect(lintText(good, { asOf: AS_OF, limits: { maxDocuments: Infinity } }).results[0]!.findings).toEqual([]);
    expect(lintText(good, { asOf: AS_OF, limits: { maxDepth: Infinity } }).results[0]!.findings.map((f) => f.message)).toEqual([
      'limits.maxDepth: expected a whole number from 1 to 500, not Infinity',
    ]);
  });

  it('maxFileSize: a text over the limit is not parsed; one at the limit is', () => {
    const text = `${good}# ${'x'.repeat(100)}\n`;
    const size = Buffer.byteLength(text);
    expect(findingsOf(text, { maxFileSize: size - 1 })).toEqual([
      [`syntax 1:1 the file is larger than ${formatSize(size - 1)} (the maxFileSize limit) and is not checked; an announcement is a few kilobytes (raise the limit with --max-file-size)`],
    ]);
    expect(findingsOf(text, { maxFileSize: size })).toEqual([[]]);
    // Counted in UTF-8 bytes, not characters: "é" is two.
    expect(findingsOf(`${good}# ${'é'.repeat(50)}\n`, { maxFileSize: Buffer.byteLength(good) + 60 })[0]![0]).toContain('maxFileSize');
  });

  it('maxDepth: nesting beyond the limit is reported where it goes over, in flow and block style', () => {
    expect(findingsOf(`${'['.repeat(4)}${']'.repeat(4)}\n`, { maxDepth: 3 })).toEqual([
      ['syntax 1:4 the document nests mappings and lists more than 3 levels deep (the maxDepth limit); an announcement needs only a few'],
    ]);
    expect(findingsOf('a:\n  b:\n    c:\n      d: 1\n', { maxDepth: 3 })[0]![0]).toMatch(/^syntax 4:\d+ .*more than 3 levels deep \(the maxDepth limit\)/);
    // At the limit it parses (and is then no announcement).
    expect(findingsOf('a:\n  b:\n    c: 1\n', { maxDepth: 3 })[0]![0]).toMatch(/^schema /);
  });

  it.each([
    ['flow lists', '['.repeat(50_000), 101],
    ['flow mappings', '{a: '.repeat(50_000), 401],
    ['block lists', '- '.repeat(50_000), 201],
    ['closed flow lists', `${'['.repeat(50_000)}${']'.repeat(50_000)}`, 101],
  ])('maxDepth: 50,000 levels of %s are one finding, not a stack overflow, and parsing stops at the level that goes over', (_what, text, column) => {
    // What the parser is given, lexeme by lexeme: reading on to the end would take 50,000 and more.
    const lexemes = vi.spyOn(Parser.prototype, 'next');
    try {
      expect(findingsOf(text)).toEqual([[`syntax 1:${column} the document nests mappings and lists more than 100 levels deep (the maxDepth limit); an announcement needs only a few`]]);
      expect(lexemes.mock.calls.length).toBeLessThanOrEqual(10 * (DEFAULT_LOAD_LIMITS.maxDepth + 1));
    } finally {
      lexemes.mockRestore();
    }
  });

  it('maxAliasCount: more alias nodes than the limit, or an alias that expands past it', () => {
    expect(findingsOf('x: &x 1\nlist: [*x, *x, *x]\n', { maxAliasCount: 2 })).toEqual([
      ['syntax 2:16 the document uses more than 2 aliases (the maxAliasCount limit); write the values out instead'],
    ]);
    // Nine aliases, within 20; but each level triples what the one above expands to.
    const laughs = 'a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: &c [*b, *b, *b]\nd: [*c, *c, *c]\n';
    expect(findingsOf(laughs, { maxAliasCount: 20 })).toEqual([
      ['syntax 1:1 an alias expands to more than 20 values (the maxAliasCount limit); write the values out instead'],
    ]);
    expect(findingsOf(laughs)[0]![0]).toMatch(/^schema /); // within the default of 100: loaded, and then no announcement
  });

  it('maxDocuments: the documents before the limit are checked, then one finding where the rest begin', () => {
    const text = Array.from({ length: 5 }, () => good).join('---\n');
    const results = lintText(text, { asOf: AS_OF, limits: { maxDocuments: 3 } }).results;
    expect(results.map((r) => r.document)).toEqual([0, 1, 2, 3]);
    expect(results.slice(0, 3).map((r) => r.findings)).toEqual([[], [], []]);
    const markers = text.split('\n').flatMap((line, i) => (line === '---' ? [i + 1] : []));
    const lineOfFourth = markers[2]!; // the fourth document begins at the third `---`
    expect(results[3]!.findings.map((f) => `${f.line} ${f.message}`)).toEqual([
      `${lineOfFourth} the file holds more than 3 documents (the maxDocuments limit); the documents from here on are not checked`,
    ]);
  });

  it('a document lists at most 200 syntax or schema problems, then counts the rest', () => {
    const [findings] = findingsOf(Array.from({ length: 300 }, () => 'a: 1').join('\n')) as [string[]];
    expect(findings).toHaveLength(201);
    expect(findings[199]).toBe('syntax 201:1 the field `a` appears twice; each field may be given once');
    expect(findings[200]).toBe('syntax 201:1 99 more problems in this document are not listed; fix these first');
    // Duplicates are found by the loader's one pass: yaml's own check, which compares every key with every other, is off.
    expect(findings.filter((finding) => finding.includes('Map keys must be unique'))).toEqual([]);
    const [unknown] = findingsOf(`${good}${Array.from({ length: 20_000 }, (_, i) => `k${i}: ${i}`).join('\n')}\n`) as [string[]];
    expect(unknown).toHaveLength(201);
    expect(unknown[0]).toBe(`schema ${good.split('\n').length}:1 unknown field \`k0\` in the announcement`);
  });

  it('locating every key of a mapping of 20,000 reads each of its items a bounded number of times, not once per key', () => {
    const count = 20_000;
    const text = `${Array.from({ length: count }, (_, i) => `k${i}: ${i}`).join('\n')}\n`;
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
    const map = doc.contents as YAMLMap;
    let reads = 0;
    map.items = new Proxy(map.items, {
      get(items, property, receiver) {
        if (typeof property === 'string' && /^\d+$/.test(property)) reads++;
        return Reflect.get(items, property, receiver) as unknown;
      },
    });
    const locate = locator(doc, lineCounter, text);
    for (let i = 0; i < count; i++) {
      const present = locate([`k${i}`]);
      const missing = locate([`k${i}`, 'below']);
      if (i === count - 1) {
        expect(present).toEqual({ line: count, column: 1, endLine: count, endColumn: 14, path: `k${i}` });
        expect(missing).toEqual({ line: count, column: 1, endLine: count, endColumn: 14, path: `k${i}.below` });
      }
    }
    expect(reads).toBeGreaterThan(0);
    expect(reads).toBeLessThanOrEqual(2 * count);
  });

  it('a file of 50 MB is refused by size at once, and --max-file-size moves the limit', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'invitelint-size-'));
    writeFileSync(path.join(dir, 'huge.yaml'), `${good}# ${'x'.repeat(50 * 1024 * 1024)}\n`);
    writeFileSync(path.join(dir, 'small.yaml'), good);
    const run = runCli(['huge.yaml', 'small.yaml', '--as-of', AS_OF, '--no-config-lookup', '-f', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const results = (JSON.parse(run.stdout) as { results: { file: string; findings: { rule: string; message: string }[] }[] }).results;
    expect(results.map((r) => [r.file, r.findings.map((f) => f.message)])).toEqual([
      ['huge.yaml', ['the file is larger than 10 MB (the maxFileSize limit) and is not checked; an announcement is a few kilobytes (raise the limit with --max-file-size)']],
      ['small.yaml', []],
    ]);
    const small = runCli(['small.yaml', '--as-of', AS_OF, '--no-config-lookup', '--max-file-size', '1KB'], { cwd: dir });
    expect(small.status).toBe(1);
    expect(small.stdout).toContain('the file is larger than 1 KB (the maxFileSize limit)');
    expect(runCli(['small.yaml', '--as-of', AS_OF, '--no-config-lookup', '--max-file-size', '1MB'], { cwd: dir }).status).toBe(0);
    const bad = runCli(['small.yaml', '--max-file-size', 'lots'], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('invitelint: --max-file-size lots: expected a size such as 10MB, 512KB or 2000000 (bytes)\n');
    rmSync(dir, { recursive: true, force: true }); // 50 MB
  });

  it('standard input has the same limits', () => {
    const run = runCli(['-', '--as-of', AS_OF, '--no-config-lookup', '--max-file-size', '100'], { input: good });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('the file is larger than 100 bytes (the maxFileSize limit)');
  });

  it('sizes are read and shown in powers of 1024', () => {
    expect(['10MB', '10 mb', '512KB', '512k', '2000000', '1.5MB', '1GiB', '7 bytes'].map(parseSize)).toEqual([
      10 * 1024 ** 2,
      10 * 1024 ** 2,
      512 * 1024,
      512 * 1024,
      2_000_000,
      1.5 * 1024 ** 2,
      1024 ** 3,
      7,
    ]);
    expect(['', 'lots', '-1MB', '10 TB', '1e9'].map(parseSize)).toEqual([null, null, null, null, null]);
    expect([1, 300, 1024, 10 * 1024 ** 2, 1536 * 1024].map(formatSize)).toEqual(['1 byte', '300 bytes', '1 KB', '10 MB', '1.5 MB']);
  });
});

describe('UTF-8', () => {
  const bytes = (...values: number[]) => Uint8Array.from(values);
  it.each([
    ['ASCII', bytes(0x61, 0x62), -1],
    ['two, three and four byte sequences', Buffer.from('é会🙂'), -1],
    ['a lone continuation byte', bytes(0x61, 0x80), 1],
    ['an overlong encoding', bytes(0xc0, 0xaf), 0],
    ['an overlong three-byte encoding', bytes(0xe0, 0x80, 0xaf), 0],
    ['a surrogate', bytes(0xed, 0xa0, 0x80), 0],
    ['above U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['a sequence cut short at the end', bytes(0x61, 0xe4, 0xbc), 1],
    ['a sequence cut short by ASCII', bytes(0xe4, 0x61, 0x62), 0],
    ['0xFF', bytes(0x61, 0x62, 0xff), 2],
  ])('%s', (_what, input, expected) => {
    expect(firstInvalidUtf8(input)).toBe(expected);
  });

  it('the finding gives the line and the column of the bad byte, counting characters as an editor does', () => {
    const input = Buffer.concat([Buffer.from('\ufefftitle: é\ncity: Genè'), Buffer.from([0xe8]), Buffer.from('ve\n')]);
    const [loaded] = loadAnnouncements(input);
    expect(loaded!.problems).toEqual([
      {
        rule: 'syntax',
        message: 'the file is not valid UTF-8: byte 0xE8 cannot be read as text (binary data, or another encoding): save it as UTF-8',
        at: { line: 2, column: 11, endLine: 2, endColumn: 12, path: '' },
        messageId: 'invalid-utf8',
        evidence: { byte: 'E8' },
      },
    ]);
  });
});
