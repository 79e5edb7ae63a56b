import type * as z from 'zod';
import type { MessageArgs, Rule } from './types.js';

/** Declares a rule with its options' and messages' types checked, and erases them for the catalogue. */
export function defineRule<Options extends z.ZodObject, Args extends MessageArgs>(rule: Rule<Options, Args>): Rule {
  return rule as unknown as Rule;
}
