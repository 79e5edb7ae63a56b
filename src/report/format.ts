// The output formats by name. Each is loaded only when asked for.
import type { Formatter } from './formatter.js';

export type { FormatContext, Formatter } from './formatter.js';

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown', 'html'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** Each format is loaded only when asked for, to keep start-up short. */
export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish.js')).default;
    case 'json':
      return (await import('./json.js')).default;
    case 'sarif':
      return (await import('./sarif.js')).default;
    case 'junit':
      return (await import('./junit.js')).default;
    case 'github':
      return (await import('./github.js')).default;
    case 'markdown':
      return (await import('./markdown.js')).default;
    case 'html':
      return (await import('./html.js')).default;
  }
}
