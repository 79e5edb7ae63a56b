// "No locale leaves an English sentence behind": English words that French and Spanish text never needs, found
// outside what a translation keeps as it is (code spans, quotations of norms and of the announcement, URLs).
// Word edges are Unicode-aware: in "podrían" the "an" is inside a word, not the English article.
const ENGLISH =
  /(?<![\p{L}\p{N}])(the|is|are|and|not|of|to|with|before|after|least|meeting|meetings|stated|says|nothing|which|who|when|where|this|that|there|their|should|must|would|only|every|days|hours|weeks|from|for|by|or|it|its|an|has|have|been|was|were|can|cannot|give|next|needed|invitees|remote|venue|send|move|state|say|says|none|any|each)(?![\p{L}\p{N}])/giu;

/** What a translation keeps verbatim: `code`, "quotes", “quotes”, « guillemets », ‘quotes’, URLs. */
function withoutVerbatim(text: string): string {
  return text
    .replace(/`[^`]*`/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/“[^”]*”/g, ' ')
    .replace(/«[^»]*»/g, ' ')
    .replace(/‘[^’]*’/g, ' ')
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/--[a-z-]+/g, ' ');
}

/** The English words left in `text` (empty when there are none). */
export function englishLeft(text: string): string[] {
  return [...withoutVerbatim(text).matchAll(ENGLISH)].map((match) => match[0]);
}
