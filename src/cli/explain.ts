// `invitelint explain [RULE]`: the rule's own page, rendered for the terminal (docs/cli.md); without a rule,
// the rules one can ask about.
import { findRule, RULE_IDS, RULES } from '../../rules/index.js';
import { nearest } from '../announcement/suggest.js';
import { renderPage } from '../report/page.js';
import { terminalSafe } from '../report/sanitize.js';
import { useColor } from './color.js';
import { EXIT } from './exit.js';

/** Each rule's id and criterion, and how to see one's page. */
export function ruleChoices(): string {
  const width = Math.max(...RULE_IDS.map((id) => id.length));
  return [
    'invitelint explain RULE shows a rule\'s page: what it checks, its options, the norms, examples. The rules:',
    '',
    ...RULES.map((rule) => `  ${rule.meta.id.padEnd(width)}  ${rule.meta.criterion}`),
    '',
    `For example: invitelint explain ${RULE_IDS[0]}`,
    '',
  ].join('\n');
}

export function runExplain(id: string | undefined, options: { color?: boolean }): number {
  if (id === undefined) {
    process.stdout.write(ruleChoices());
    return EXIT.ok;
  }
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
