// Formats that hold whatever the engine hands them (issue 23, item 4): no spread of an unbounded list into
// one call's arguments (V8 puts every argument on the stack: 80,000 labels overflowed it), and a bug that
// makes a formatter throw on one result costs that result only, not the other files' report.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/engine/report.js';
import type { DocumentResult, Finding } from '../../src/engine/types.js';
import { FORMAT_NAMES, loadFormatter } from '../../src/report/format.js';
import { formatReport } from '../../src/report/format-report.js';
import { ROOT, WSIS_2005 } from '../helpers.js';
import { AS_OF, CONTEXT, lintFixture } from './reports.js';

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|mjs|js)$/.test(name) && !/\.test\.ts$/.test(name) ? [full] : [];
  });
}

// A spread in a call's arguments: `list.push(...x)`, `Math.max(0, ...x)`, `String.fromCharCode(...x)`.
const CALL_SPREAD = /\b(?:push|unshift|max|min|fromCharCode|fromCodePoint)\((?:[^()[\]{}]*,\s*)?\.\.\./;

describe('no spread of a list into call arguments', () => {
  it('appears nowhere in src/ or rules/', () => {
    const offenders = [...sourceFiles(path.join(ROOT, 'src')), ...sourceFiles(path.join(ROOT, 'rules'))].flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (CALL_SPREAD.test(line) ? [`${path.relative(ROOT, file)}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(offenders).toEqual([]);
  });
});

/** A result with `count` findings, as a formatter could be given by a library user (the engine caps its own). */
function withFindings(result: DocumentResult, count: number): DocumentResult {
  const [first] = result.findings as [Finding];
  const findings = Array.from({ length: count }, (_, i) => ({ ...first, line: i + 1, endLine: i + 1, message: `finding ${i + 1}` }));
  return { ...result, findings, errorCount: count, warningCount: 0, waivedCount: 0 };
}

describe('a result with 150,000 findings', () => {
  const [wsis] = lintFixture(WSIS_2005) as [DocumentResult];
  const report = buildReport([withFindings(wsis, 150_000)], AS_OF);

  it.each(['stylish', 'markdown', 'html', 'github', 'junit'] as const)('is written in full by %s', async (format) => {
    const output = (await loadFormatter(format))(report, CONTEXT);
    expect(output).toContain('finding 150000');
  }, 60_000);
});

describe('a formatter that throws on one result', () => {
  const good = lintFixture(WSIS_2005, { filePath: 'notices/good.yaml' });
  const [broken] = lintFixture(WSIS_2005, { filePath: 'notices/broken.yaml' }) as [DocumentResult];
  // A bug stood in for by a finding whose message cannot be read.
  const trap = Object.defineProperty({ ...broken.findings[0]! }, 'message', {
    enumerable: true,
    get() {
      throw new Error('boom');
    },
  });
  const report = buildReport([{ ...broken, findings: [trap, ...broken.findings.slice(1)] }, ...good], AS_OF);

  it.each(FORMAT_NAMES)('%s: writes the other files and names the one it failed on', async (format) => {
    const { output, problems } = formatReport(await loadFormatter(format), report, CONTEXT);
    expect(problems).toEqual([`notices/broken.yaml: internal error while writing the report: boom`]);
    expect(output).toContain('notices/good.yaml');
    expect(output).toContain('internal error while writing the report of this announcement (boom)');
  });

  it('changes nothing when no result makes it throw', async () => {
    const clean = buildReport(good, AS_OF);
    const formatter = await loadFormatter('stylish');
    expect(formatReport(formatter, clean, CONTEXT)).toEqual({ output: formatter(clean, CONTEXT), problems: [] });
  });
});
