// `npm run docs`: rewrites the tables that repeat the rules' metadata (each rule page's options table, the
// README's criteria table) from the built catalogue. Run it after adding a rule or changing its options; the
// tests fail until it has been run (tests/rules/pages.test.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeRule, RULES } from '../../dist/index.js';
import { updateCriteriaTable, updateOptionsTable } from './doc-tables.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function rewrite(file, update) {
  const before = readFileSync(file, 'utf8');
  const after = update(before);
  if (after !== before) {
    writeFileSync(file, after);
    process.stdout.write(`updated ${path.relative(root, file)}\n`);
  }
}

for (const rule of RULES) {
  rewrite(path.join(root, 'rules', rule.meta.id, 'README.md'), (page) => updateOptionsTable(page, describeRule(rule)));
}
rewrite(path.join(root, 'README.md'), (readme) => updateCriteriaTable(readme, RULES.map(describeRule)));
