// fixtures/hostile/: each file and what it must yield. Every one is a finding at a line and column, or a
// clean lint, never a crash; the CLI exits 1 or 0 and writes nothing to standard error.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../rules/index.js';
import { createLinter } from '../../src/engine/linter.js';
import { lintOne, PASSING, ROOT, runCli, fixture } from '../helpers.js';

const AS_OF = '2026-01-05';
const LIMIT_NAMES = /\(the (maxFileSize|maxDepth|maxAliasCount|maxDocuments) limit\)/;

interface Expected {
  /** `rule line:column-endLine:endColumn`, one per finding, per document. */
  documents: string[][];
  /** A part of the first finding's message. */
  message?: string | RegExp;
}

const PASSES: string[] = [];

const CORPUS: Record<string, Expected> = {
  'bom.yaml': { documents: [PASSES] },
  'crlf.yaml': { documents: [PASSES] },
  'empty.yaml': { documents: [['schema 1:1-1:1']], message: 'the file is empty' },
  'only-comments.yaml': { documents: [['schema 1:1-1:1']], message: 'the file is empty' },
  // "Consultation " ends at column 20: the byte 0xE0 is the 21st character of line 2.
  'latin1.yaml': { documents: [['syntax 2:21-2:22']], message: 'the file is not valid UTF-8: byte 0xE0' },
  'utf16.yaml': { documents: [['syntax 1:1-1:1']], message: 'the file is encoded as UTF-16' },
  'binary.yaml': { documents: [['syntax 1:1-1:2']], message: 'the file is not valid UTF-8: byte 0x89' },
  'tabs.yaml': { documents: [['syntax 3:1-3:2']], message: 'line 3 starts with a tab; YAML needs spaces' },
  'malformed.yaml': { documents: [['syntax 3:1-3:2', 'syntax 4:1-4:1']], message: 'a `[` above this line is not closed' },
  // The passing fixture with `issued` given twice: the second one, on line 8, is the finding.
  'duplicate-keys.yaml': { documents: [['syntax 8:1-8:7']], message: 'the field `issued` appears twice' },
  'js-function-tag.yaml': { documents: [['schema 3:8-3:21']], message: 'the YAML tag `!!js/function` is not part of the announcement format' },
  'custom-tag.yaml': { documents: [['schema 3:8-3:13']], message: 'the YAML tag `!exec`' },
  'billion-laughs.yaml': { documents: [['syntax 1:1-7:40']], message: 'an alias expands to more than 100 values (the maxAliasCount limit)' },
  // 101 aliases on line 2: the 101st `*x` starts at column 408 (`list: [` is 7 characters, each `*x, ` 4).
  'many-aliases.yaml': { documents: [['syntax 2:408-2:410']], message: 'the document uses more than 100 aliases (the maxAliasCount limit)' },
  // The 101st `[` is at column 101.
  'deep-flow.yaml': { documents: [['syntax 1:101-1:102']], message: 'more than 100 levels deep (the maxDepth limit)' },
  // The 101st `- ` starts at column 201.
  'deep-compact.yaml': { documents: [['syntax 1:201-1:202']], message: 'more than 100 levels deep (the maxDepth limit)' },
  // Line 101 holds `k100:` indented by 100: its mapping is the 101st level.
  'deep-block.yaml': { documents: [['syntax 101:105-101:106']], message: 'more than 100 levels deep (the maxDepth limit)' },
  'prototype-keys.yaml': { documents: [['schema 3:1-3:30', 'schema 4:1-4:47']], message: 'unknown field `__proto__` in the announcement' },
  'terminal-escapes.yaml': { documents: [['schema 3:1-3:20']], message: 'unknown field `\u001b[41mkey\u001b[0m`' },
  'nul-and-controls.yaml': { documents: [PASSES] },
  'two-good-one-broken.yaml': { documents: [PASSES, ['syntax 73:1-73:2'], PASSES], message: 'a `[` above this line is not closed' },
};

function shape(file: string) {
  const bytes = readFileSync(path.join(ROOT, 'fixtures/hostile', file));
  return createLinter(CATALOGUE).lintDocuments(bytes, { cwd: ROOT, asOf: AS_OF, filePath: file });
}

describe('the hostile corpus', () => {
  it('lists every file in fixtures/hostile', async () => {
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(path.join(ROOT, 'fixtures/hostile')).sort()).toEqual(Object.keys(CORPUS).sort());
  });

  for (const [file, expected] of Object.entries(CORPUS)) {
    it(`${file}: ${expected.documents.map((d) => (d.length ? d.join(', ') : 'clean')).join(' | ')}`, () => {
      const results = shape(file);
      expect(results.map((result) => result.findings.map((f) => `${f.rule} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`))).toEqual(
        expected.documents,
      );
      const first = results.flatMap((result) => result.findings)[0];
      if (expected.message !== undefined) {
        if (typeof expected.message === 'string') expect(first?.message).toContain(expected.message);
        else expect(first?.message).toMatch(expected.message);
      }
      for (const result of results) {
        for (const finding of result.findings) {
          expect(finding.rule).not.toBe('internal-error');
          if (/limit\)/.test(finding.message)) expect(finding.message).toMatch(LIMIT_NAMES);
        }
      }
    });
  }

  it('positions on a CRLF file and on a file with a BOM are those of the same file with LF and no BOM', () => {
    const broken = fixture(PASSING).replace('  participation: speak', '  participation: spaek');
    const plain = lintOne(broken).findings;
    expect(plain.length).toBeGreaterThan(0);
    expect(lintOne(broken.replace(/\n/g, '\r\n')).findings).toEqual(plain);
    expect(lintOne(`\ufeff${broken}`).findings).toEqual(plain);
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(broken.replace(/\n/g, '\r\n'))]);
    expect(createLinter(CATALOGUE).lintDocuments(bytes, { cwd: ROOT, asOf: AS_OF, filePath: '<text>' })[0]!.findings).toEqual(plain);
  });

  it('never runs code from a tag and never pollutes prototypes through keys', () => {
    for (const file of ['js-function-tag.yaml', 'custom-tag.yaml', 'prototype-keys.yaml']) shape(file);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect((Object as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('the CLI reports the whole corpus in one run: exit 1, nothing on standard error, every document once', () => {
    const run = runCli(['fixtures/hostile', '--as-of', AS_OF, '--no-config-lookup', '-f', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { results: { file: string; document: number }[] };
    const expected = Object.entries(CORPUS).flatMap(([file, { documents }]) => documents.map((_, i) => `fixtures/hostile/${file}#${i}`));
    expect(report.results.map((r) => `${r.file}#${r.document}`).sort()).toEqual(expected.sort());
  });
});
