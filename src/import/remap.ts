// Findings on a draft placed back at the invitation's lines: a finding about a filled field points at the
// property or header it came from; one about a field the invitation does not hold, at line 1.
import type { Finding } from '../engine/types.js';
import type { SourceMap } from './draft.js';

/** The finding at the source line of the field it is about (or of its nearest filled parent), else line 1. */
export function remapFinding(finding: Finding, map: SourceMap): Finding {
  const byLine = map.entries.find((entry) => entry.yamlLine === finding.line);
  // A finding on a field below a filled one (or on a list item) belongs to the nearest entry whose path it extends.
  const byPath =
    byLine ??
    map.entries
      .filter((entry) => finding.path === entry.path || finding.path.startsWith(`${entry.path}.`) || finding.path.startsWith(`${entry.path}[`))
      .sort((a, b) => b.path.length - a.path.length)[0];
  const line = byPath?.source.line ?? 1;
  return { ...finding, line, column: 1, endLine: line, endColumn: 1 };
}
