// The template `invitelint init` writes: valid format v2, every field present (the rarer ones commented out) and explained.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { AnnouncementSchemas } from '../../src/announcement/schema.js';
import { ANNOUNCEMENT_TEMPLATE, announcementTemplate, schemaRefFrom } from '../../src/authoring/template.js';
import { lintText } from '../../src/index.js';
import { RULE_IDS } from '../../rules/index.js';
import { ROOT } from '../helpers.js';

const announcementSchema = new AnnouncementSchemas().v2;

/** Every field path of the format (`meeting.venue.city`, `invitees.groups.stakeholder`), from the zod schema itself. */
function fieldPaths(schema: z.ZodType, prefix = ''): string[] {
  const def = schema._zod.def as { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType>; in?: z.ZodType };
  if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') return fieldPaths(def.innerType!, prefix);
  if (def.type === 'pipe') return fieldPaths(def.in!, prefix);
  if (def.type === 'array') return fieldPaths(def.element!, prefix);
  if (def.type !== 'object') return [];
  return Object.entries(def.shape!).flatMap(([key, value]) => {
    const here = prefix ? `${prefix}.${key}` : key;
    return [here, ...fieldPaths(value, here)];
  });
}

interface TemplateLine {
  path: string;
  comment: string | null;
  commentedOut: boolean;
}

/** Each key written in the template (also in commented-out alternatives), with its path and end-of-line comment. */
function templateKeys(text: string): TemplateLine[] {
  const lines: TemplateLine[] = [];
  const stack: { indent: number; key: string }[] = [];
  for (const raw of text.split('\n')) {
    const commentedOut = /^\s*#\s+(?:- )?[a-z_{]/.test(raw) && /[a-z_]+:/.test(raw);
    const line = commentedOut ? raw.replace(/#\s/, '') : raw;
    const match = /^(\s*)((?:- )?)(?:([a-z_]+):|\{)(.*)$/.exec(line);
    if (!match) continue;
    const indent = match[1]!.length + match[2]!.length;
    while (stack.length > 0 && stack.at(-1)!.indent >= indent) stack.pop();
    const parent = stack.map((entry) => entry.key);
    const comment = /\s#\s(.*)$/.exec(match[4]!)?.[1] ?? null;
    if (match[3]) {
      stack.push({ indent, key: match[3] });
      lines.push({ path: [...parent, match[3]].join('.'), comment, commentedOut });
    } else {
      // A flow mapping as a list item (`- { start: ..., duration: 3h }`): its keys belong to the list's key.
      for (const flow of `{${match[4]}`.matchAll(/[{,]\s*([a-z_]+):/g)) {
        lines.push({ path: [...parent, flow[1]].join('.'), comment, commentedOut });
      }
    }
  }
  return lines;
}

describe('the announcement template', () => {
  it('parses and validates: no syntax or schema finding, and the example meets every criterion', () => {
    const report = lintText(ANNOUNCEMENT_TEMPLATE, { filePath: 'announcement.yaml', asOf: '2027-01-04' });
    expect(report.results).toHaveLength(1);
    const result = report.results[0]!;
    expect(result.findings.filter((finding) => finding.rule === 'syntax' || finding.rule === 'schema')).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.criteria.map((criterion) => criterion.status)).toEqual(RULE_IDS.map(() => 'pass'));
  });

  it('writes every field of the format, with its alternatives (sessions, end, online) in comments', () => {
    const written = new Set(templateKeys(ANNOUNCEMENT_TEMPLATE).map((line) => line.path));
    const missing = fieldPaths(announcementSchema).filter((field) => !written.has(field) && !ANNOUNCEMENT_TEMPLATE.includes(`\`${field.split('.').at(-1)}: `));
    expect(missing).toEqual([]);
    // The alternatives are named in the comments, in a form that can be uncommented.
    expect(ANNOUNCEMENT_TEMPLATE).toContain('`online: true`');
    expect(ANNOUNCEMENT_TEMPLATE).toContain('`end: 2027-03-15T16:00`');
    expect(written.has('meeting.sessions.start')).toBe(true);
  });

  it('explains each field it writes on its line, names the rules that read it, and marks optional fields', () => {
    const keys = templateKeys(ANNOUNCEMENT_TEMPLATE).filter((line) => !line.commentedOut);
    const unexplained = [...new Set(keys.map((line) => line.path))].filter((field) => keys.every((line) => line.path !== field || line.comment === null));
    expect(unexplained).toEqual([]);
    const named = new Set(keys.flatMap((line) => [...(line.comment ?? '').matchAll(/\[([^\]]+)\]/g)].flatMap((m) => m[1]!.split(/,\s*/))));
    expect([...named].filter((id) => !RULE_IDS.includes(id))).toEqual([]);
    expect(RULE_IDS.filter((id) => !named.has(id))).toEqual([]);
    // The fields marked optional are those that announcement-format.md marks `?`, all optional in the schema too.
    const fields = [...new Set(keys.map((line) => line.path))];
    const marked = (field: string) => keys.find((line) => line.path === field && line.comment !== null)!.comment!.startsWith('(optional)');
    expect(fields.filter(marked).sort()).toEqual([...SPEC_OPTIONAL].sort());
    const optional = new Set(optionalPaths(announcementSchema));
    expect(SPEC_OPTIONAL.filter((field) => !optional.has(field))).toEqual([]);
  });

  it('points its first line at the schema, relative to the file written', () => {
    expect(ANNOUNCEMENT_TEMPLATE.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/announcement.schema.json');
    // As shipped, the line works for whoever edits the template in this repository.
    expect(existsSync(path.join(ROOT, 'src/authoring', '../../schema/announcement.schema.json'))).toBe(true);
    const text = announcementTemplate('https://example.org/s.json');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=https://example.org/s.json');
    expect(text.split('\n').slice(1)).toEqual(ANNOUNCEMENT_TEMPLATE.split('\n').slice(1));
    expect(schemaRefFrom('/p/notices/a.yaml', '/p/node_modules/invitelint/schema/announcement.schema.json')).toBe(
      '../node_modules/invitelint/schema/announcement.schema.json',
    );
    expect(schemaRefFrom(path.join('p', 'a.yaml'), path.join('p', 'schema', 's.json'))).toBe('./schema/s.json');
  });
});

/** The fields that announcement-format.md marks `?` (and that the template writes outside comments). */
const SPEC_OPTIONAL = [
  'convener.within',
  'issued',
  'meeting.venue.name',
  'admission',
  'admission.mode',
  'admission.closes',
  'remote.channels',
  'invitees.description',
  'invitees.open',
  'invitees.expected',
  'invitees.regions',
  'invitees.timezones',
  'invitees.groups',
  'invitees.groups.focal_point',
  'invitees.groups.seats',
  'format.description',
  'agenda',
  'agenda.floor',
  'framework.subject',
  'framework.mandate_reference',
  'framework.feeds_into',
  'documents',
  'documents.url',
  'languages',
  'accessibility',
  'accessibility.captioning',
  'records',
  'support',
  'labels',
];

function optionalPaths(schema: z.ZodType, prefix = ''): string[] {
  const def = schema._zod.def as { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType>; in?: z.ZodType };
  if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') return optionalPaths(def.innerType!, prefix);
  if (def.type === 'pipe') return optionalPaths(def.in!, prefix);
  if (def.type === 'array') return optionalPaths(def.element!, prefix);
  if (def.type !== 'object') return [];
  return Object.entries(def.shape!).flatMap(([key, value]) => {
    const here = prefix ? `${prefix}.${key}` : key;
    return [...(value.safeParse(undefined).success ? [here] : []), ...optionalPaths(value, here)];
  });
}
