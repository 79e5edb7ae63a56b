// Each rule page's examples say what the rule does: its failing example, laid over the passing fixture,
// fails (or is not stated), and its passing example passes. A page that drifts from its rule breaks here.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findRule } from '../../rules/index.js';
import { lintOne, PASSING, statusOf, variant } from '../helpers.js';

const PAGES_CHECKED = ['honest-labels', 'documents-in-advance', 'fair-hours', 'stakeholder-coverage', 'language-access', 'participation-support'];

function example(page: string, heading: string): string {
  const section = page.split(`## ${heading}\n`)[1] ?? '';
  const code = /```yaml\n([\s\S]*?)```/.exec(section);
  if (!code) throw new Error(`no yaml under ${heading}`);
  return code[1]!;
}

/** Dotted paths to every scalar or list in a mapping, so an example changes only the fields it shows. */
function leaves(value: unknown, prefix = ''): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { [prefix]: value };
  return Object.assign({}, ...Object.entries(value).map(([key, inner]) => leaves(inner, prefix ? `${prefix}.${key}` : key)));
}

describe('rule pages', () => {
  it.each(PAGES_CHECKED)('%s: the failing example fails and the passing example passes', (id) => {
    const page = findRule(id)!.page;
    const failing = lintOne(variant(PASSING, leaves(parse(example(page, 'Failing example')))));
    expect(failing.findings.filter((finding) => finding.rule === 'schema')).toEqual([]);
    expect(statusOf(failing, id)).toBe('fail');
    const passing = lintOne(variant(PASSING, leaves(parse(example(page, 'Passing example')))));
    expect(statusOf(passing, id)).toBe('pass');
  });
});
