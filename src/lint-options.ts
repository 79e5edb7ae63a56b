// Reading the library's options without trusting them: whatever a caller passes (null, a number, an object
// whose properties throw when read), lintText reports what it cannot use as invalid-options findings and
// never throws. Each option is read once, into a plain object, so that a getter cannot answer twice.
import { DEFAULT_LOAD_LIMITS, type LoadLimits } from './announcement/load.js';

/** Deepest nesting a caller may allow: the YAML parser's recursion overflows the stack a little over 700. */
export const MAX_DEPTH_CEILING = 500;

/**
 * For each limit, the smallest value that means something (0 aliases: none allowed), the largest, and whether
 * Infinity (no limit) is taken: only for the number of documents, which the file size already bounds.
 */
const LIMIT_RANGES: Record<keyof LoadLimits, { least: number; most: number; unbounded?: true }> = {
  maxFileSize: { least: 1, most: Number.MAX_SAFE_INTEGER },
  maxDepth: { least: 1, most: MAX_DEPTH_CEILING },
  maxAliasCount: { least: 0, most: Number.MAX_SAFE_INTEGER },
  maxDocuments: { least: 1, most: Number.MAX_SAFE_INTEGER, unbounded: true },
};

/** A value as a message can quote it: short, and never by calling anything of its own. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : typeof value === 'function' ? 'a function' : String(value);
}

const cause = (error: unknown) => (error instanceof Error ? error.message : 'an error');

/** The options object's own property `key`, or the problem with reading it. */
export function readOption(options: object, key: string): { value: unknown } | { problem: string } {
  try {
    return { value: (options as Record<string, unknown>)[key] };
  } catch (error) {
    return { problem: `${key}: cannot be read (${cause(error)})` };
  }
}

export interface ReadLimits {
  limits: Partial<LoadLimits> | undefined;
  problems: string[];
}

/**
 * The `limits` option: each one a whole number in its range. NaN would turn a limit off (every comparison with it
 * is false) and an unbounded depth would overflow the parser, so neither is taken.
 */
export function readLimits(given: unknown): ReadLimits {
  if (given === undefined) return { limits: undefined, problems: [] };
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    return { limits: undefined, problems: [`limits: expected an object such as { maxFileSize: 1000000 }, not ${describeValue(given)}`] };
  }
  const problems: string[] = [];
  let keys: string[];
  try {
    keys = Object.keys(given);
  } catch (error) {
    return { limits: undefined, problems: [`limits: cannot be read (${cause(error)})`] };
  }
  const limits: Partial<LoadLimits> = {};
  for (const key of keys) {
    if (!Object.hasOwn(LIMIT_RANGES, key)) {
      problems.push(`limits.${key}: not a limit; the limits are ${Object.keys(DEFAULT_LOAD_LIMITS).join(', ')}`);
      continue;
    }
    const read = readOption(given, key);
    if ('problem' in read) {
      problems.push(`limits.${read.problem}`);
      continue;
    }
    if (read.value === undefined) continue;
    const { least, most, unbounded } = LIMIT_RANGES[key as keyof LoadLimits];
    const value = read.value;
    if (unbounded && value === Number.POSITIVE_INFINITY) {
      limits[key as keyof LoadLimits] = value;
      continue;
    }
    if (typeof value !== 'number' || !Number.isInteger(value) || value < least || value > most) {
      const range = most === Number.MAX_SAFE_INTEGER ? `${least} or more${unbounded ? ' (or Infinity)' : ''}` : `from ${least} to ${most}`;
      problems.push(`limits.${key}: expected a whole number ${range}, not ${describeValue(value)}`);
      continue;
    }
    limits[key as keyof LoadLimits] = value;
  }
  return { limits, problems };
}
