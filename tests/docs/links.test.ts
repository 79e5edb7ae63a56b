// The README and docs/ are read on GitHub and in the clone: every relative link must reach a file (and, for
// a Markdown file, the heading its anchor names), and nothing in the project may lean on files outside it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

function markdownFiles(): string[] {
  const docs = readdirSync(path.join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => path.join('docs', file));
  return ['README.md', 'CHANGELOG.md', ...docs];
}

/** Link targets outside code: `[text](target)` and `![alt](target)`, without fenced blocks or code spans. */
export function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1]!);
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, each space a hyphen. */
export function headingAnchors(markdown: string): Set<string> {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '');
  return new Set(
    [...prose.matchAll(/^#{1,6} (.+)$/gm)].map((match) =>
      match[1]!
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replace(/ /g, '-'),
    ),
  );
}

describe('links in README.md and docs/', () => {
  it('finds the files and the links it checks', () => {
    const files = markdownFiles();
    expect(files).toEqual(expect.arrayContaining(['README.md', 'CHANGELOG.md', path.join('docs', 'format.md'), path.join('docs', 'cli.md')]));
    expect(linkTargets(readFileSync(path.join(ROOT, 'README.md'), 'utf8'))).toContain('docs/format.md');
    expect(linkTargets('see [a](b.md) `[c](d.md)`\n```\n[e](f.md)\n```\n![g](h.png "title")')).toEqual(['b.md', 'h.png']);
    expect([...headingAnchors('# The rules, version 1\n### `fair-hours` — Fair hours\n')]).toEqual(['the-rules-version-1', 'fair-hours--fair-hours']);
  });

  for (const file of markdownFiles()) {
    it(`${file}: every relative link reaches a file, and every anchor a heading`, () => {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      const broken: string[] = [];
      for (const target of linkTargets(text)) {
        if (/^[a-z][a-z+.-]*:/i.test(target)) continue; // https:, mailto: and the like
        const [filePart, anchor] = target.split('#') as [string, string | undefined];
        const resolved = filePart === '' ? path.join(ROOT, file) : path.resolve(ROOT, path.dirname(file), decodeURIComponent(filePart));
        if (!resolved.startsWith(ROOT + path.sep) || !existsSync(resolved)) {
          broken.push(`${target}: no such file`);
          continue;
        }
        if (anchor !== undefined && resolved.endsWith('.md') && !headingAnchors(readFileSync(resolved, 'utf8')).has(anchor)) {
          broken.push(`${target}: no heading for #${anchor}`);
        }
      }
      expect(broken).toEqual([]);
    });
  }
});

describe('the project stands on its own', () => {
  const outside = ['..', 'shared'].join('/');
  const skipped = new Set(['node_modules', 'dist', '.git', 'coverage']);

  function projectFiles(dir = ROOT): string[] {
    return readdirSync(dir).flatMap((name) => {
      if (skipped.has(name)) return [];
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? projectFiles(full) : [full];
    });
  }

  it(`no file points at ${outside}`, () => {
    const files = projectFiles();
    expect(files.length).toBeGreaterThan(100);
    const pointing = files.filter((file) => readFileSync(file, 'latin1').includes(outside)).map((file) => path.relative(ROOT, file));
    expect(pointing).toEqual([]);
  });
});
