// The GitHub Action and the pre-commit hook: their definitions are valid, and the action's lint script runs
// as the runner would run it (inputs as environment variables, GITHUB_OUTPUT a file).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PASSING, ROOT, WSIS_2005 } from '../helpers.js';
import { AS_OF } from './reports.js';

interface ActionStep {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}

const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
const lintStep: ActionStep = action.runs.steps.find((step: ActionStep) => step.id === 'lint');

function runLintStep(inputs: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'invitelint-action-'));
  const outputFile = path.join(dir, 'github-output');
  writeFileSync(outputFile, '');
  // Each INPUT_ variable is set from its input, with the input's default where the test gives none.
  const env: Record<string, string> = {};
  for (const [name, expression] of Object.entries(lintStep.env!)) {
    const input = /^\$\{\{ inputs\.([a-z-]+) \}\}$/.exec(expression)![1]!;
    env[name] = inputs[input] ?? action.inputs[input].default;
  }
  const run = spawnSync('bash', ['-e', '-c', lintStep.run!], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env, GITHUB_ACTION_PATH: ROOT, GITHUB_OUTPUT: outputFile, NO_COLOR: '1' },
  });
  return { ...run, outputs: readFileSync(outputFile, 'utf8'), dir };
}

describe('action.yml', () => {
  it('is a composite action whose steps reference only inputs it declares', () => {
    expect(action.runs.using).toBe('composite');
    const text = readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
    const referenced = new Set([...text.matchAll(/inputs\.([a-z-]+)/g)].map((match) => match[1]));
    expect([...referenced].sort()).toEqual(Object.keys(action.inputs).sort());
    expect(action.runs.steps.some((step: ActionStep) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))).toBe(true);
    // Inputs never appear inside a script, only in env, so that no input can inject shell.
    for (const step of action.runs.steps as ActionStep[]) expect(step.run ?? '').not.toContain('${{');
  });

  it('annotates findings, leaves globs to invitelint, and records exit code 1', () => {
    // The shell would expand `**` like `*` (fixtures/*/*.yaml: the passing fixture only); invitelint's globs
    // take `**` as any depth, the 2005 invitation included.
    const run = runLintStep({ paths: `fixtures/**/*.yaml\n  fixtures/${PASSING}`, 'as-of': AS_OF });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^::error file=fixtures/${WSIS_2005},line=12,`, 'm'));
    expect(run.outputs).toBe('exit-code=1\n');
  });

  it('writes SARIF for upload when asked, and records a clean run as 0', () => {
    const sarifFile = path.join(mkdtempSync(path.join(tmpdir(), 'invitelint-sarif-')), 'out.sarif');
    const run = runLintStep({ paths: `fixtures/${PASSING}`, 'as-of': '2026-01-05', 'upload-sarif': 'true', 'sarif-file': sarifFile, preset: 'recommended' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('');
    expect(run.outputs).toBe('exit-code=0\n');
    expect(JSON.parse(readFileSync(sarifFile, 'utf8')).runs[0].results).toEqual([]);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const [hook] = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

  it('runs the package binary on announcement files only', () => {
    expect(hook).toMatchObject({ id: 'invitelint', entry: 'invitelint', language: 'node' });
    expect(Object.keys(pkg.bin)).toContain(hook.entry);
    const files = new RegExp(hook.files);
    for (const file of ['notices/2026-03-consultation.yaml', 'org/announcements/a.yml', 'invitations/x.yaml']) expect(file).toMatch(files);
    for (const file of ['.github/workflows/ci.yml', '.pre-commit-config.yaml', 'notices/readme.md']) expect(file).not.toMatch(files);
  });
});
