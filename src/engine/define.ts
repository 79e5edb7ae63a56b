import type * as z from 'zod';
import type { MessageArgs, Rule } from './types.js';

/**
 * Declares a rule with its options' and messages' types checked, and erases them for the catalogue. Its default
 * options are frozen: every run without options shares them.
 */
export function defineRule<Options extends z.ZodObject, Args extends MessageArgs>(rule: Rule<Options, Args>): Rule {
  deepFreeze(rule.meta.defaults);
  return rule as unknown as Rule;
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}
