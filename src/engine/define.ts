import type * as z from 'zod';
import type { Rule } from './types.js';

/** Declares a rule with its options' types checked, and erases them for the catalogue. */
export function defineRule<Options extends z.ZodObject>(rule: Rule<Options>): Rule {
  return rule as unknown as Rule;
}
