// Golden outputs: the 2005 invitation in every format, byte for byte. When a rule or a format changes on
// purpose (or after `git merge main` brings new rules), regenerate them and review the diff:
//   npx vitest run --config tests/vitest.config.ts tests/report/golden.test.ts -u
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/engine/report.js';
import type { FormatName } from '../../src/report/format.js';
import { WSIS_2005 } from '../helpers.js';
import { AS_OF, lintFixture, render } from './reports.js';

// The six formats of cli.md ("Outputs"), each with its golden file. A format added later adds its line here,
// so that no golden appears unreviewed (and CI, which never writes snapshots, does not fail on a missing one).
const EXTENSIONS: Partial<Record<FormatName, string>> = {
  stylish: 'stylish.txt',
  json: 'json',
  sarif: 'sarif',
  junit: 'junit.xml',
  github: 'github.txt',
  markdown: 'md',
};

const HOW_TO_REGENERATE =
  'golden output differs; if the change is intended, regenerate with ' +
  '`npx vitest run --config tests/vitest.config.ts tests/report/golden.test.ts -u` and review the diff';

describe('golden outputs for the 2005 invitation', () => {
  const report = buildReport(lintFixture(WSIS_2005), AS_OF);

  it.each(Object.keys(EXTENSIONS) as FormatName[])('%s', async (format) => {
    await expect(await render(format, report)).toMatchFileSnapshot(`../golden/wsis-2005.${EXTENSIONS[format]}`, HOW_TO_REGENERATE);
  });
});
