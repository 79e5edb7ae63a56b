// `invitelint explain RULE`: the rule's own page, rendered for the terminal (cli.md).
import { findRule, RULE_IDS } from '../../rules/index.js';
import { nearest } from '../announcement/suggest.js';
import { renderPage } from '../report/page.js';
import { terminalSafe } from '../report/sanitize.js';
import { useColor } from './color.js';
import { EXIT } from './exit.js';

export function runExplain(id: string, options: { color?: boolean }): number {
  const rule = findRule(id);
  if (!rule) {
    const suggestion = nearest(id, RULE_IDS);
    const hint = suggestion ? `did you mean \`${suggestion}\`?` : '`invitelint rules` lists them all';
    process.stderr.write(`invitelint: unknown rule \`${terminalSafe(id)}\`; ${hint}\n`);
    return EXIT.usage;
  }
  process.stdout.write(renderPage(rule.page, { color: useColor(options.color) }));
  return EXIT.ok;
}
