// The timeline and the time-zone strip over many made-up announcements: whatever the dates (sent after the
// meeting, documents after it, sessions across midnight, years apart), the drawing has only finite
// coordinates, names every session, and agrees with the fair-hours rule on which zones are outside.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/index.js';
import { render } from './reports.js';

const ZONES = ['Europe/Zurich', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Auckland', 'America/Sao_Paulo'];
const REGIONS = ['africa', 'asia-pacific', 'europe', 'north-america', 'latin-america-caribbean', 'arab-states', 'global'];

const day = (offset: number) => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

const announcement = fc.record({
  issued: fc.option(fc.integer({ min: -400, max: 400 }), { nil: undefined }),
  sessions: fc.array(fc.record({ day: fc.integer({ min: 0, max: 700 }), minute: fc.integer({ min: 0, max: 95 }).map((q) => q * 15), hours: fc.integer({ min: 1, max: 14 }) }), {
    minLength: 1,
    maxLength: 4,
  }),
  zone: fc.constantFrom(...ZONES),
  online: fc.boolean(),
  regions: fc.subarray(REGIONS, { minLength: 0, maxLength: 3 }),
  deadline: fc.option(fc.integer({ min: -100, max: 800 }), { nil: undefined }),
  documents: fc.array(fc.integer({ min: -300, max: 800 }), { maxLength: 3 }),
  decision: fc.option(fc.integer({ min: -100, max: 1200 }), { nil: undefined }),
});

type MadeUp = typeof announcement extends fc.Arbitrary<infer T> ? T : never;

function yamlOf(a: MadeUp): string {
  const lines = ['format_version: 1', 'title: Made up', 'convener: { name: Secretariat }'];
  if (a.issued !== undefined) lines.push(`issued: ${day(a.issued)}`);
  lines.push('meeting:', `  timezone: ${a.zone}`);
  if (a.online) lines.push('  online: true');
  else lines.push('  venue: { city: Geneva, country: CH }');
  if (a.deadline !== undefined) lines.push(`  registration_deadline: ${day(a.deadline)}`);
  lines.push('  sessions:');
  for (const session of a.sessions) lines.push(`    - { start: "${day(session.day)}T${clock(session.minute)}", duration: ${session.hours}h }`);
  if (a.regions.length) lines.push(`invitees: { regions: [${a.regions.join(', ')}] }`);
  if (a.documents.length) {
    lines.push('documents:');
    a.documents.forEach((published, index) => lines.push(`  - { title: "Paper ${index + 1}", published: ${day(published)} }`));
  }
  if (a.decision !== undefined) lines.push(`framework: { feeds_into: { name: Council, date: ${day(a.decision)} } }`);
  return `${lines.join('\n')}\n`;
}

describe('the HTML timeline and time-zone strip over made-up announcements', () => {
  it('draw finite shapes, name every session, and agree with fair-hours', async () => {
    await fc.assert(
      fc.asyncProperty(announcement, async (a) => {
        const report = lintText(yamlOf(a), { asOf: '2026-01-05' });
        const [result] = report.results;
        expect(result!.facts, JSON.stringify(result!.findings)).toBeDefined();
        const html = await render('html', report);
        expect(html).not.toMatch(/NaN|Infinity|undefined/);
        const desc = /<desc id="doc-1-timeline-desc">([^<]*)<\/desc>/.exec(html)![1]!;
        const sessionWords = a.sessions.length === 1 ? ['Meeting: '] : a.sessions.map((_, i) => `Session ${i + 1}: `);
        for (const words of sessionWords) expect(desc).toContain(words);
        const fairHours = result!.criteria.find((c) => c.rule === 'fair-hours')!;
        const outsideRows = (html.match(/<span class="status status-fail">✖ outside<\/span>/g) ?? []).length;
        if (fairHours.status === 'fail') {
          const outside = result!.findings.filter((f) => f.rule === 'fair-hours').reduce((sum, f) => sum + (f.evidence['zonesOutside'] as string[]).length, 0);
          // Sessions already at their fairest start fail nothing, but the strip still shows who is outside.
          if (fairHours.evidence?.['bestAchievable'] === undefined) expect(outsideRows).toBe(outside);
          else expect(outsideRows).toBeGreaterThan(outside);
        } else if (fairHours.evidence?.['bestAchievable'] === undefined) {
          expect(outsideRows).toBe(0);
        } else {
          // No start fits every zone and this one is the fairest: the strip still shows who is outside.
          expect(fairHours.status).toBe('pass');
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
