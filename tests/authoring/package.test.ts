// The package as another program uses it: `import ... from 'invitelint'` resolves through package.json
// `exports` to the built ESM bundle and its generated type declarations (issue 6, "Library API").
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, ROOT, WSIS_2005 } from '../helpers.js';
import { RULES } from '../../rules/index.js';

// The native compiler (TypeScript 7); the package named typescript is 5.9, kept for its API (dependency-cruiser).
const TSC = path.join(ROOT, 'node_modules/typescript-native/bin/tsc');

beforeAll(() => {
  // The suite's setup builds dist/ with esbuild; the declarations come from tsc (npm run build does both).
  execFileSync(TSC, ['-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'pipe' });
}, 60_000);

describe('the invitelint package', () => {
  it('declares the built ESM bundle and its types in exports', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
      types: string;
      files: string[];
    };
    const main = manifest.exports['.'] as { types: string; import: string };
    expect(main.import).toBe('./dist/index.js');
    expect(main.types).toBe(manifest.types);
    expect(readFileSync(path.join(ROOT, main.types), 'utf8')).toContain('export declare function lintText(');
    for (const folder of [main.import, main.types, './schema/announcement.schema.json'].map((file) => file.split('/')[1]!)) {
      expect(manifest.files).toContain(folder);
    }
  });

  it('is imported by name from node, and lints as the CLI does', () => {
    const script = `
      import { lintText, lintFiles, loadConfig, ruleCatalogue, RULES, VERSION } from 'invitelint';
      import schema from 'invitelint/schema/announcement.schema.json' with { type: 'json' };
      const text = process.argv[1];
      const report = lintText(text, { filePath: 'wsis.yaml', asOf: '2026-01-05' });
      const files = await lintFiles(['fixtures/wsis-2005-informal-consultations.yaml'], { asOf: '2026-01-05' });
      console.log(JSON.stringify({
        errors: report.summary.errors,
        filesErrors: files.summary.errors,
        rules: ruleCatalogue().length,
        ruleObjects: RULES.length,
        loadConfig: typeof loadConfig,
        version: VERSION,
        schemaTitle: schema.title,
      }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, fixture(WSIS_2005)], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr.replace(/.*ExperimentalWarning.*\n|\(Use `node --trace-warnings.*\n/g, '')).toBe('');
    const cli = JSON.parse(
      spawnSync(process.execPath, ['bin/invitelint.js', `fixtures/${WSIS_2005}`, '--as-of', '2026-01-05', '-f', 'json'], { cwd: ROOT, encoding: 'utf8' }).stdout,
    ) as { summary: { errors: number }; tool: { version: string } };
    const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(JSON.parse(run.stdout)).toEqual({
      errors: cli.summary.errors,
      filesErrors: cli.summary.errors,
      rules: RULES.length,
      ruleObjects: RULES.length,
      loadConfig: 'function',
      version,
      schemaTitle: 'invitelint announcement',
    });
    expect(cli.tool.version).toBe(version);
  });

  it('type-checks a TypeScript program that uses it by name, and its types catch misuse', () => {
    // Inside the package folder, so that 'invitelint' resolves by self-reference as it would from node_modules.
    const dir = path.join(ROOT, 'dist/consumer-check');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: false, types: ['node'] },
        files: ['consumer.ts'],
      }),
    );
    writeFileSync(
      path.join(dir, 'consumer.ts'),
      `import { lintText, lintFiles, loadConfig, ruleCatalogue, type LintReport, type Finding, type ResolvedConfig, type RuleDescription } from 'invitelint';
const report: LintReport = lintText('title: x', { filePath: 'a.yaml', asOf: '2026-01-05', config: { extends: ['recommended'] } });
const findings: Finding[] = report.results.flatMap((result) => result.findings);
const lines: number[] = findings.map((finding) => finding.line);
const config: ResolvedConfig = loadConfig('.invitelint.yaml');
const rules: RuleDescription[] = ruleCatalogue();
export const pending: Promise<string[]> = lintFiles(['notices'], { config, cwd: '.' }).then((files) => files.problems);
export { lines, rules };
// @ts-expect-error asOf is a YYYY-MM-DD string, not a Date
lintText('title: x', { asOf: new Date() });
// @ts-expect-error a report's summary has no 'failures'
export const wrong: number = report.summary.failures;
`,
    );
    const run = spawnSync(TSC, ['-p', dir], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 120_000); // a whole compiler run: on a busy machine it takes longer than one test's usual 20 s
});
