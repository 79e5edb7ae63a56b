// The README's criteria table is written by hand for readers; it must list the rules the linter has, in
// catalogue order, with their criterion names and default severities, each linked to its page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from '../../src/index.js';
import { ROOT } from '../helpers.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## The criteria'), readme.indexOf('\n## ', readme.indexOf('## The criteria') + 3));
const rows = section
  .split('\n')
  .filter((line) => line.startsWith('| [`'))
  .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, '')));

describe("the README's criteria table", () => {
  it('has a row per rule, in catalogue order, with its criterion and default severity', () => {
    expect(rows.map(([id, criterion, , severity]) => ({ id, criterion, severity }))).toEqual(
      ruleCatalogue().map((rule) => ({ id: `[\`${rule.id}\`](rules/${rule.id}/README.md)`, criterion: rule.criterion, severity: rule.severity })),
    );
  });
});
