// The announcement schemas belong to their owner (a linter): each format version is built when first asked for,
// and its checks across fields read zone offsets from the owner's clock (issue 15, item 2: caches owned by the
// linter instance, no module state).
import { describe, expect, it } from 'vitest';
import { ZoneClock } from '../../src/announcement/dates.js';
import { AnnouncementSchemas } from '../../src/announcement/schema.js';
import { createLinter } from '../../src/engine/linter.js';
import { CATALOGUE } from '../../rules/index.js';

/** A v1 announcement whose only problem is a meeting that ends before it starts, in local time at the venue. */
const ENDS_BEFORE_IT_STARTS = {
  title: 'Informal consultations',
  convener: { name: 'ITU Council Working Group on WSIS' },
  meeting: { start: '2005-05-02T15:00', end: '2005-05-02T14:00', timezone: 'Europe/Zurich', venue: { city: 'Geneva', country: 'CH' } },
};

describe('announcement schemas', () => {
  it('are built once per owner and version, and shared with no other owner', () => {
    const schemas = new AnnouncementSchemas();
    expect(schemas.v1).toBe(schemas.v1);
    expect(schemas.v2).toBe(schemas.v2);
    expect(schemas.v2).not.toBe(schemas.v1);
    expect(schemas.for(2)).toBe(schemas.v2);
    for (const version of [1, undefined, '2', 3, null]) expect(schemas.for(version)).toBe(schemas.v1);
    expect(new AnnouncementSchemas().v1).not.toBe(schemas.v1);
  });

  it("read zone offsets for the checks across fields from their owner's clock", () => {
    const clock = new ZoneClock();
    const result = new AnnouncementSchemas(clock).v1.safeParse(ENDS_BEFORE_IT_STARTS);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => (issue as { params?: { messageId?: string } }).params?.messageId)).toEqual(['end-before-start']);
    expect(clock.rememberedZones).toBeGreaterThan(0);
  });

  it("validate a linter's documents with the linter's clock", () => {
    const linter = createLinter(CATALOGUE);
    // JSON is YAML: the announcement as a one-line document.
    const [result] = linter.lintDocuments(JSON.stringify(ENDS_BEFORE_IT_STARTS), { cwd: '/', asOf: '2005-04-18' });
    expect(result!.findings.map((finding) => [finding.rule, finding.messageId])).toEqual([['schema', 'end-before-start']]);
    // The document stops at the schema, before any rule reads a fact: only the schema's check can have asked the clock.
    expect(linter.clock.rememberedZones).toBeGreaterThan(0);
  });
});
