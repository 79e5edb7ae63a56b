// What one announcement's result may hold (issue 23, item 5): each rule's first 100 findings, the first 1,000
// sessions, documents and zones, 10,000 local times; what is left out is counted by one report-limit finding,
// so that 180,000 labels or 2,000 sessions in 418 zones no longer make a report of hundreds of megabytes.
import { describe, expect, it } from 'vitest';
import { OLD_ZONE_NAMES } from '../../src/announcement/zones.js';
import { limitFindingsPerRule, REPORT_LIMIT, REPORT_LIMITS } from '../../src/engine/limits.js';
import type { Finding } from '../../src/engine/types.js';
import { lintText } from '../../src/index.js';
import { FORMAT_NAMES, loadFormatter } from '../../src/report/format.js';
import { fixture, PASSING, WSIS_2005 } from '../helpers.js';
import { CONTEXT } from './reports.js';

const AS_OF = '2005-04-18';

describe('findings per rule', () => {
  // 80,000 labels that each claim criteria the 2005 invitation fails: one honest-labels error each.
  const labels = Array.from({ length: 80_000 }, (_, i) => `  - open consultation ${i}`).join('\n');
  const text = fixture(WSIS_2005).replace(/^labels:.*$/m, `labels:\n${labels}`);
  const report = lintText(text, { asOf: AS_OF, filePath: 'labels.yaml' });
  const [result] = report.results;

  it('lists the first 100 of a rule, and counts the rest in one report-limit error at the first left out', () => {
    const honest = result!.findings.filter((finding) => finding.rule === 'honest-labels');
    expect(honest).toHaveLength(REPORT_LIMITS.findingsPerRule);
    const limit = result!.findings.filter((finding) => finding.rule === REPORT_LIMIT);
    expect(limit).toHaveLength(1);
    expect(limit[0]).toMatchObject({
      severity: 'error',
      path: 'labels[100]',
      message: 'honest-labels has 80,000 findings in this announcement: the first 100 are listed and 79,900 more (79,900 errors) are left out (the findingsPerRule limit)',
      evidence: { limit: 'findingsPerRule', rule: 'honest-labels', found: 80_000, listed: 100, errors: 79_900, warnings: 0, waived: 0 },
    });
    expect(result!.errorCount).toBe(result!.findings.filter((finding) => finding.severity === 'error' && !finding.waived).length);
  });

  it.each(FORMAT_NAMES)('is written by %s with the limit finding', async (format) => {
    const output = (await loadFormatter(format))(report, CONTEXT);
    expect(output).toContain('findingsPerRule');
    expect(output.length).toBeLessThan(2_000_000);
  });

  const finding = (line: number, severity: Finding['severity'], waived: Finding['waived'] = null): Finding => ({
    rule: 'fair-hours',
    severity,
    message: `finding ${line}`,
    messageId: 'fair-hours',
    line,
    column: 1,
    endLine: line,
    endColumn: 2,
    path: `meeting.sessions[${line}]`,
    evidence: {},
    remedy: null,
    source: null,
    waived,
  });

  it('leaves a rule within the limit as it is, and waives the limit finding when all it counts is waived', () => {
    const within = Array.from({ length: 100 }, (_, i) => finding(i + 1, 'warn'));
    expect(limitFindingsPerRule(within)).toBe(within);
    const waiver = { reason: 'closed session', origin: 'config' as const, waiver: 'fair-hours' };
    const over = [...within, finding(101, 'warn', waiver), finding(102, 'warn', waiver)];
    const [limit] = limitFindingsPerRule(over).slice(100);
    expect(limit).toMatchObject({ rule: REPORT_LIMIT, severity: 'warn', line: 101, waived: { reason: 'every finding left out is waived', origin: 'config' } });
    expect(limit!.message).toContain('2 more (2 waived)');
    const warned = limitFindingsPerRule([...within, finding(101, 'warn')]);
    expect(warned[100]).toMatchObject({ severity: 'warn', waived: null });
  });
});

describe('the facts the reports draw', () => {
  // Every zone Intl lists, under its current name (announcements may not use the old names ICU lists).
  const zones = Intl.supportedValuesOf('timeZone').map((zone) => OLD_ZONE_NAMES[zone] ?? zone);
  const sessions = Array.from({ length: 30 }, (_, i) => `    - { start: 2026-03-${String(16 + (i % 10)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00, duration: 1h }`);
  const documents = Array.from({ length: 1001 }, (_, i) => `  - { title: Paper ${i + 1}, published: 2026-02-16 }`);
  const text = fixture(PASSING)
    .replace('  start: 2026-03-16T13:00\n', `  sessions:\n${sessions.join('\n')}\n`)
    .replace('  duration: 3h\n', '')
    .replace('  regions: [europe, africa]\n', `  regions: [europe, africa]\n  timezones: [${zones.join(', ')}]\n`)
    .replace(/^documents:\n.*\n/m, `documents:\n${documents.join('\n')}\n`);
  const [result] = lintText(text, { asOf: '2026-01-05' }).results;
  const facts = result!.facts!;

  it('keep 1,000 documents and 10,000 local times, each cut said by a report-limit warning', () => {
    expect(facts.documents).toHaveLength(REPORT_LIMITS.listLength);
    const zonesPerSession = facts.inviteeZones!.length;
    expect(zonesPerSession * facts.sessions.length).toBeGreaterThan(REPORT_LIMITS.zoneTimes);
    const drawn = facts.sessions.reduce((sum, session) => sum + session.zones.length, 0);
    expect(drawn).toBeLessThanOrEqual(REPORT_LIMITS.zoneTimes);
    expect(facts.sessions[0]!.zones).toHaveLength(zonesPerSession);
    expect(facts.sessions.at(-1)!.zones).toEqual([]);
    const limits = result!.findings.filter((finding) => finding.rule === REPORT_LIMIT);
    expect(limits.map((finding) => [finding.severity, finding.evidence['limit'], finding.message])).toEqual([
      ['warn', 'zoneTimes', `the reports draw the first ${Math.floor(REPORT_LIMITS.zoneTimes / zonesPerSession)} of 30 sessions in each of the ${zonesPerSession} invitee zones (the zoneTimes limit); every one is checked`],
      ['warn', 'listLength', 'the reports draw the first 1,000 of 1,001 documents (the listLength limit); every one is checked'],
    ]);
  });

  it('still check every entry: fair hours judges all 30 sessions', () => {
    const fairHours = result!.findings.filter((finding) => finding.rule === 'fair-hours');
    expect(fairHours.some((finding) => finding.message.startsWith('session 30 '))).toBe(true);
  });

  it('draw a zone table only for the sessions that keep their local times', async () => {
    const html = (await loadFormatter('html'))({ ...lintText(text, { asOf: '2026-01-05' }) }, CONTEXT);
    expect(html.match(/<table class="zones">/g)).toHaveLength(facts.sessions.filter((session) => session.zones.length > 0).length);
  });
});
