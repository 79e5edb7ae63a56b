// Limits on what one announcement's result holds, so that a huge or hostile announcement cannot make a report
// of hundreds of megabytes (2,000 sessions in 418 zones made a 207 MB json; 180,000 labels, 3.9 GB of SARIF):
// each rule lists its first findings, and the facts the reports draw keep their first sessions, documents and
// zones. Every rule still checks everything; what a result leaves out is said in one `report-limit` finding.
import type { Locate } from '../announcement/facts.js';
import { engineFinding } from './findings.js';
import type { EngineMessageArgs } from './messages.js';
import type { DocumentFacts, Finding, Position } from './types.js';

/** The rule id of the findings that say what a result leaves out. */
export const REPORT_LIMIT = 'report-limit';

export const REPORT_LIMITS = Object.freeze({
  /** Findings one rule lists for one announcement. */
  findingsPerRule: 100,
  /** Entries the reports draw of each list: sessions, documents, invitee zones. */
  listLength: 1000,
  /** Local times the reports draw of every session in every invitee zone. */
  zoneTimes: 10_000,
});


interface LeftOut {
  first: Finding;
  errors: number;
  warnings: number;
  waived: number;
}

/**
 * At most `perRule` findings of each rule, in their order; for each rule with more, one finding at the first one
 * left out that counts them. It is an error when an error is left out, so the run fails as it would have; it is
 * waived when every finding left out is.
 */
export function limitFindingsPerRule(findings: Finding[], perRule: number = REPORT_LIMITS.findingsPerRule): Finding[] {
  const seen = new Map<string, number>();
  for (const finding of findings) seen.set(finding.rule, (seen.get(finding.rule) ?? 0) + 1);
  let over = false;
  for (const total of seen.values()) if (total > perRule) over = true;
  if (!over) return findings;
  const listed = new Map<string, number>();
  const leftOut = new Map<string, LeftOut>();
  const kept: Finding[] = [];
  for (const finding of findings) {
    const shown = listed.get(finding.rule) ?? 0;
    if (shown < perRule) {
      listed.set(finding.rule, shown + 1);
      kept.push(finding);
      continue;
    }
    let out = leftOut.get(finding.rule);
    if (!out) {
      out = { first: finding, errors: 0, warnings: 0, waived: 0 };
      leftOut.set(finding.rule, out);
    }
    if (finding.waived) out.waived++;
    else if (finding.severity === 'error') out.errors++;
    else out.warnings++;
  }
  for (const [rule, out] of leftOut) {
    const evidence = { limit: 'findingsPerRule' as const, rule, found: seen.get(rule)!, listed: perRule, errors: out.errors, warnings: out.warnings, waived: out.waived };
    const { line, column, endLine, endColumn, path } = out.first;
    const finding = engineFinding(REPORT_LIMIT, 'findings-per-rule', evidence, { line, column, endLine, endColumn, path }, out.errors ? 'error' : 'warn');
    const allWaived = out.errors === 0 && out.warnings === 0;
    kept.push(allWaived ? { ...finding, waived: { ...out.first.waived!, reason: 'every finding left out is waived' } } : finding);
  }
  return kept;
}

/**
 * The facts the reports draw, within the list and zone-time limits, and a warning for each list cut short. The
 * rules have read every entry; only the drawing is shorter.
 */
export function limitFacts(facts: DocumentFacts, locate: Locate): { facts: DocumentFacts; findings: Finding[] } {
  const findings: Finding[] = [];
  const { listLength, zoneTimes } = REPORT_LIMITS;
  const cut = (evidence: EngineMessageArgs['list-cut'], at: Position) => findings.push(engineFinding(REPORT_LIMIT, 'list-cut', evidence, at));
  let { documents, sessions, inviteeZones } = facts;
  if (documents.length > listLength) {
    cut({ limit: 'listLength', list: 'documents', total: documents.length, drawn: listLength, zones: null }, locate(['documents', listLength]));
    documents = documents.slice(0, listLength);
  }
  if (sessions.length > listLength) {
    cut({ limit: 'listLength', list: 'sessions', total: sessions.length, drawn: listLength, zones: null }, locate(['meeting', 'sessions', listLength]));
    sessions = sessions.slice(0, listLength);
  }
  if (inviteeZones && inviteeZones.length > listLength) {
    cut({ limit: 'listLength', list: 'invitee-zones', total: inviteeZones.length, drawn: listLength, zones: null }, locate(['invitees']));
    inviteeZones = inviteeZones.slice(0, listLength);
    sessions = sessions.map((session) => ({ ...session, zones: session.zones.slice(0, listLength) }));
  }
  const zonesPerSession = inviteeZones?.length ?? 0;
  if (zonesPerSession > 0 && sessions.length * zonesPerSession > zoneTimes) {
    const withZones = Math.max(1, Math.floor(zoneTimes / zonesPerSession));
    cut({ limit: 'zoneTimes', list: 'sessions', total: sessions.length, drawn: withZones, zones: zonesPerSession }, locate(['meeting', 'sessions', withZones]));
    sessions = sessions.map((session, index) => (index < withZones ? session : { ...session, zones: [] }));
  }
  if (documents === facts.documents && sessions === facts.sessions && inviteeZones === facts.inviteeZones) return { facts, findings };
  return { facts: { ...facts, documents, sessions, inviteeZones }, findings };
}
