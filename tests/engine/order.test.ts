// Findings at one position are ordered by rule id with a plain code-unit comparison (src/engine/lint.ts,
// byPosition), which must order every id as localeCompare did before it: reports keep their order.
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../rules/index.js';
import { byPosition } from '../../src/engine/findings.js';
import type { Finding } from '../../src/engine/types.js';

const ENGINE_IDS = ['syntax', 'schema', 'internal-error', 'invalid-options', 'invalid-waiver', 'unused-waiver'];
const ids = [...RULE_IDS, ...ENGINE_IDS];
const at = (rule: string, line = 3, column = 5) => ({ rule, line, column }) as Finding;

describe('the order of findings', () => {
  it('has only rule ids of lowercase words and hyphens, which code-unit order sorts as localeCompare does', () => {
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    for (const a of ids) {
      for (const b of ids) expect(Math.sign(byPosition(at(a), at(b))), `${a} vs ${b}`).toBe(Math.sign(a.localeCompare(b)));
    }
  });

  it('puts line before column before rule', () => {
    const sorted = [at('syntax', 2, 1), at('schema', 1, 9), at('fair-hours', 1, 2), at('agenda-published', 1, 2)].sort(byPosition);
    expect(sorted.map((finding) => `${finding.line}:${finding.column} ${finding.rule}`)).toEqual(['1:2 agenda-published', '1:2 fair-hours', '1:9 schema', '2:1 syntax']);
  });
});
