// Limits on what one announcement's result holds, so that a huge or hostile announcement cannot make a report
// of hundreds of megabytes (2,000 sessions in 418 zones made a 207 MB json; 180,000 labels, 3.9 GB of SARIF):
// each rule lists its first findings, and the facts the reports draw keep their first sessions, documents and
// zones. Every rule still checks everything; what a result leaves out is said in one `report-limit` finding.
import type { Locate } from '../announcement/facts.js';
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

export type ReportLimit = keyof typeof REPORT_LIMITS;

/** 180000 as `180,000` (without Intl, whose first use costs a one-file run ~10 ms). */
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function limitFinding(at: Position, severity: Finding['severity'], message: string, evidence: Finding['evidence'], waived: Finding['waived'] = null): Finding {
  return { rule: REPORT_LIMIT, severity, message, messageId: REPORT_LIMIT, ...at, evidence, remedy: null, source: null, waived };
}

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
    const found = seen.get(rule)!;
    const omitted = found - perRule;
    const kinds = [
      out.errors && `${count(out.errors)} error${out.errors === 1 ? '' : 's'}`,
      out.warnings && `${count(out.warnings)} warning${out.warnings === 1 ? '' : 's'}`,
      out.waived && `${count(out.waived)} waived`,
    ].filter(Boolean);
    const message = `${rule} has ${count(found)} findings in this announcement: the first ${count(perRule)} are listed and ${count(omitted)} more (${kinds.join(', ')}) are left out (the findingsPerRule limit)`;
    const evidence = { limit: 'findingsPerRule', rule, found, listed: perRule, errors: out.errors, warnings: out.warnings, waived: out.waived };
    const { line, column, endLine, endColumn, path } = out.first;
    const allWaived = out.errors === 0 && out.warnings === 0;
    kept.push(
      limitFinding(
        { line, column, endLine, endColumn, path },
        out.errors ? 'error' : 'warn',
        message,
        evidence,
        allWaived ? { ...out.first.waived!, reason: 'every finding left out is waived' } : null,
      ),
    );
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
  const cut = (limit: ReportLimit, what: string, total: number, kept: number, at: Position) =>
    findings.push(
      limitFinding(
        at,
        'warn',
        `the reports draw the first ${count(kept)} of ${count(total)} ${what} (the ${limit} limit); every one is checked`,
        { limit, total, drawn: kept },
      ),
    );
  let { documents, sessions, inviteeZones } = facts;
  if (documents.length > listLength) {
    cut('listLength', 'documents', documents.length, listLength, locate(['documents', listLength]));
    documents = documents.slice(0, listLength);
  }
  if (sessions.length > listLength) {
    cut('listLength', 'sessions', sessions.length, listLength, locate(['meeting', 'sessions', listLength]));
    sessions = sessions.slice(0, listLength);
  }
  if (inviteeZones && inviteeZones.length > listLength) {
    cut('listLength', 'invitee zones', inviteeZones.length, listLength, locate(['invitees']));
    inviteeZones = inviteeZones.slice(0, listLength);
    sessions = sessions.map((session) => ({ ...session, zones: session.zones.slice(0, listLength) }));
  }
  const zonesPerSession = inviteeZones?.length ?? 0;
  if (zonesPerSession > 0 && sessions.length * zonesPerSession > zoneTimes) {
    const withZones = Math.max(1, Math.floor(zoneTimes / zonesPerSession));
    cut('zoneTimes', `sessions in each of the ${count(zonesPerSession)} invitee zones`, sessions.length, withZones, locate(['meeting', 'sessions', withZones]));
    sessions = sessions.map((session, index) => (index < withZones ? session : { ...session, zones: [] }));
  }
  if (documents === facts.documents && sessions === facts.sessions && inviteeZones === facts.inviteeZones) return { facts, findings };
  return { facts: { ...facts, documents, sessions, inviteeZones }, findings };
}
