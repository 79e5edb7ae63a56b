// HTML for text we do not control: announcement text is untrusted, so every character that means something
// in HTML is written as an entity, in element content and in attribute values alike.
import { withoutControls } from './sanitize.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as literal HTML: control characters removed, `& < > " '` as entities. Safe in content and quoted attributes. */
export function escapeHtml(text: string): string {
  return withoutControls(text).replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

/** A URL for an `href`: only http(s) URLs from our own catalogue are linked; anything else is no link. */
export function safeHref(url: string | undefined): string | null {
  if (!url || !/^https?:\/\/[^\s<>"']+$/.test(url)) return null;
  return escapeHtml(url);
}
