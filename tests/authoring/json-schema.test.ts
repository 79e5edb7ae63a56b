// `invitelint schema`: generated from the zod schema, shipped in schema/, and in agreement with the linter.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, parseDocument, isMap, isPair, isScalar, visit } from 'yaml';
import { parseDateOrDateTime, parseDurationMinutes } from '../../src/announcement/values.js';
import { announcementJsonSchema, schemaText, type JsonSchema } from '../../src/authoring/json-schema.js';
import { ANNOUNCEMENT_TEMPLATE } from '../../src/authoring/template.js';
import { lintText } from '../../src/index.js';
import { fixture, PASSING, PASSING_V1, ROOT, runCli } from '../helpers.js';

const SHIPPED = path.join(ROOT, 'schema/announcement.schema.json');
const shipped = JSON.parse(readFileSync(SHIPPED, 'utf8')) as JsonSchema;
// strict: every keyword must be one ajv knows, so a typo in the metadata cannot pass silently. strictRequired
// is off because `oneOf: [{ required: [venue] }, { required: [online] }]` names properties its parent defines.
const validate: ValidateFunction = new Ajv({ strict: true, strictRequired: false, allErrors: true }).compile(shipped);

/** The data of each document of `text`, as the loader reads it (YAML 1.2 core, dates left as text). */
function documentsOf(text: string): unknown[] {
  return parseAllDocuments(text, { uniqueKeys: true }).map((doc) => doc.toJS());
}

/** Per document: does the linter report a syntax or schema finding? */
function linterAccepts(text: string): { syntax: boolean; schemaMessages: string[] }[] {
  return lintText(text, { asOf: '2026-01-05' }).results.map((result) => ({
    syntax: result.findings.some((finding) => finding.rule === 'syntax'),
    schemaMessages: result.findings.filter((finding) => finding.rule === 'schema').map((finding) => finding.message),
  }));
}

function allFixtures(dir = path.join(ROOT, 'fixtures')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    // fixtures/hostile is built not to load (tests/hostile/corpus.test.ts has what each file yields).
    if (entry.isDirectory()) return entry.name === 'hostile' ? [] : allFixtures(full);
    return /\.ya?ml$/.test(entry.name) ? [path.relative(path.join(ROOT, 'fixtures'), full)] : [];
  });
}

/**
 * Checks of the linter that JSON Schema cannot express (its comments in schema.ts say so): calendar days, zone
 * names, an end after its start, a duration longer than zero. A document whose only schema findings are these
 * may validate; any other schema finding must make the JSON Schema reject the document too.
 */
const BEYOND_JSON_SCHEMA = [/is not a day of the calendar/, /is not a valid date and time/, /is not a known time zone/, /not a time zone name/, /old name of a time zone/, /written as the time zone's name/, /is not after the start/, /must be longer than zero/];

describe('the announcement JSON Schema', () => {
  it('is the shipped schema/announcement.schema.json and what `invitelint schema` prints (regenerate: npm run schema)', () => {
    expect(readFileSync(SHIPPED, 'utf8'), 'schema/ is stale: run `npm run schema`').toBe(schemaText(announcementJsonSchema()));
    const run = runCli(['schema']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(readFileSync(SHIPPED, 'utf8'));
  });

  it('is draft-07, closed at every level, and describes every field', () => {
    expect(shipped.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const undescribed: string[] = [];
    const open: string[] = [];
    const walk = (node: unknown, where: string) => {
      if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${where}[${i}]`));
      if (typeof node !== 'object' || node === null) return;
      const schema = node as JsonSchema;
      if (schema.type === 'object' && schema.properties) {
        if (schema.additionalProperties !== false) open.push(where || '(root)');
        for (const [key, value] of Object.entries(schema.properties as Record<string, JsonSchema>)) {
          if (typeof value.description !== 'string' || value.description.length < 5) undescribed.push(`${where}.${key}`);
        }
      }
      // `if` is the condition that picks the version (format_version: 2), not a shape a document is held to.
      for (const [key, value] of Object.entries(schema)) if (key !== 'if') walk(value, key === 'properties' ? where : `${where}`);
    };
    walk(shipped, '');
    expect(undescribed).toEqual([]);
    expect(open).toEqual([]);
  });

  it.each(allFixtures())('agrees with the linter on every document of fixtures/%s', (name) => {
    const text = fixture(name);
    const verdicts = linterAccepts(text);
    const documents = documentsOf(text);
    expect(documents).toHaveLength(verdicts.length);
    let checked = 0;
    verdicts.forEach((verdict, index) => {
      if (verdict.syntax) return; // not YAML: nothing for a JSON Schema to read
      const valid = validate(documents[index]);
      if (verdict.schemaMessages.length === 0) {
        expect({ document: index, valid, errors: validate.errors ?? null }).toEqual({ document: index, valid: true, errors: null });
      } else if (!verdict.schemaMessages.every((message) => BEYOND_JSON_SCHEMA.some((beyond) => beyond.test(message)))) {
        expect({ document: index, valid }).toEqual({ document: index, valid: false });
      }
      checked += 1;
    });
    expect(checked).toBeGreaterThan(0);
  });

  it('accepts the init template', () => {
    expect(documentsOf(ANNOUNCEMENT_TEMPLATE).map((data) => validate(data))).toEqual([true]);
  });

  it('rejects a misspelt key at every level, as the linter does', () => {
    // Every key of the template (which writes every field outside comments), misspelt one at a time.
    const keys: (string | number)[][] = [];
    visit(parseDocument(ANNOUNCEMENT_TEMPLATE), {
      Pair(_, pair, ancestors) {
        if (!isScalar(pair.key)) return;
        const trail: (string | number)[] = [];
        for (let i = 1; i < ancestors.length; i++) {
          const node = ancestors[i];
          const parent = ancestors[i - 1];
          if (isPair(node) && isScalar(node.key)) trail.push(String(node.key.value));
          else if (isMap(node) && parent && 'items' in parent && !isPair(parent) && !isMap(parent)) trail.push((parent.items as unknown[]).indexOf(node));
        }
        keys.push([...trail, String(pair.key.value)]);
      },
    });
    expect(keys.length).toBeGreaterThan(60);
    const disagreements: string[] = [];
    for (const key of keys) {
      const doc = parseDocument(ANNOUNCEMENT_TEMPLATE);
      const parentPath = key.slice(0, -1);
      const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
      if (!isMap(parent)) throw new Error(`no mapping at ${parentPath.join('.')}`);
      const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key.at(-1))!;
      (pair.key as { value: string }).value = `${String(key.at(-1))}s`;
      const text = doc.toString();
      const linter = linterAccepts(text)[0]!;
      const jsonValid = validate(documentsOf(text)[0]);
      const linterRejectsKey = linter.schemaMessages.some((message) => message.startsWith(`unknown field \`${String(key.at(-1))}s\``));
      if (!linterRejectsKey || jsonValid) disagreements.push(`${key.join('.')}: linter ${linterRejectsKey ? 'rejects' : 'accepts'}, JSON Schema ${jsonValid ? 'accepts' : 'rejects'}`);
    }
    expect(disagreements).toEqual([]);
  });

  const passing = fixture(PASSING_V1);
  it.each([
    ['a day-first date', 'issued: 2026-01-12', 'issued: 02/05/2005'],
    ['a date in words', 'issued: 2026-01-12', 'issued: May 2nd'],
    ['a duration without a unit', 'duration: 3h', 'duration: 180'],
    ['a duration in words', 'duration: 3h', 'duration: three hours'],
    ['a time-zone offset instead of a name', 'timezone: Europe/Zurich', 'timezone: "+01:00"'],
    ['a value outside the value set', 'participation: speak', 'participation: speek'],
    ['YAML 1.2: yes is text, not true', 'captioning: true', 'captioning: yes'],
    ['a lower-case country code', 'country: CH', 'country: ch'],
    ['a language name instead of its code', 'working: [en, fr]', 'working: [English, fr]'],
    ['both a duration and an end', 'duration: 3h', 'duration: 3h\n  end: 2026-03-16T16:00'],
    ['both a venue and online', '  registration_deadline:', '  online: true\n  registration_deadline:'],
    ['neither a venue nor online', '  venue: { name: Palais des Nations, city: Geneva, country: CH }\n', ''],
    ['neither start nor sessions', '  start: 2026-03-16T13:00\n', ''],
    ['sessions and a start', '  duration: 3h\n', '  sessions: [{ start: 2026-03-17T09:00, duration: 2h }]\n'],
    ['a session with both a duration and an end', '  start: 2026-03-16T13:00\n  timezone: Europe/Zurich\n  duration: 3h\n', '  timezone: Europe/Zurich\n  sessions: [{ start: 2026-03-17T09:00, duration: 2h, end: 2026-03-17T11:00 }]\n'],
    ['a missing title', /^title: .*\n/m, ''],
    ['an empty title', /^title: .*$/m, 'title: ""'],
    ['a second format version', 'format_version: 1', 'format_version: 2'],
    ['a fractional number of participants', 'expected: 30', 'expected: 30.5'],
    ['an unknown region', 'regions: [europe, africa]', 'regions: [europe, oceania]'],
  ])('rejects %s, as the linter does', (_name, from, to) => {
    const text = passing.replace(from, to);
    expect(text).not.toBe(passing);
    const linter = linterAccepts(text)[0]!;
    expect(linter.syntax).toBe(false);
    expect(linter.schemaMessages).not.toEqual([]);
    expect(validate(documentsOf(text)[0])).toBe(false);
  });

  it('accepts each alternative form the linter accepts', () => {
    for (const [from, to] of [
      ['duration: 3h', 'end: 2026-03-16T16:00'],
      ['duration: 3h', 'duration: PT2H30M'],
      ['  venue: { name: Palais des Nations, city: Geneva, country: CH }', '  online: true'],
      ['  start: 2026-03-16T13:00\n  timezone: Europe/Zurich\n  duration: 3h\n', '  timezone: Europe/Zurich\n  sessions: [{ start: 2026-03-16T13:00, duration: 90m }, { start: 2026-03-17T09:00+01:00, end: 2026-03-17T10:30+01:00 }]\n'],
      ['issued: 2026-01-12', 'issued: 2026-01-12T09:30Z'],
    ] as const) {
      const text = passing.replace(from, to);
      expect(text).not.toBe(passing);
      expect(linterAccepts(text)[0]).toEqual({ syntax: false, schemaMessages: [] });
      expect({ to, valid: validate(documentsOf(text)[0]) }).toEqual({ to, valid: true });
    }
  });

  it('has date and duration patterns that accept every text the parsers accept', () => {
    // Format v1's forms (`else`); v2 takes the same ones and more.
    const properties = (shipped.else as JsonSchema).properties as Record<string, JsonSchema>;
    const meeting = (properties.meeting as JsonSchema).properties as Record<string, JsonSchema>;
    const datePattern = new RegExp(properties.issued!.pattern as string, 'u');
    const durationPattern = new RegExp(meeting.duration!.pattern as string, 'u');
    const digits = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((v) => String(v).padStart(n, '0'));
    const dateLike = fc
      .tuple(digits(4), digits(2), digits(2), fc.option(fc.tuple(digits(2), digits(2), fc.option(digits(2)), fc.constantFrom('', 'Z', '+02:00', '-05:30', '+1'))))
      .map(([y, m, d, time]) => `${y}-${m}-${d}${time ? `T${time[0]}:${time[1]}${time[2] === null ? '' : `:${time[2]}`}${time[3]}` : ''}`);
    fc.assert(fc.property(dateLike, (text) => parseDateOrDateTime(text) === null || datePattern.test(text)));
    // Durations: the pattern and the parser accept exactly the same texts.
    const durationLike = fc
      .array(fc.constantFrom('P', 'T', 'D', 'H', 'M', 'S', 'h', 'm', '1', '30', '0', ' '), { maxLength: 6 })
      .map((parts) => parts.join(''));
    fc.assert(fc.property(durationLike, (text) => (parseDurationMinutes(text) !== null) === durationPattern.test(text)), { numRuns: 2000 });
  });
});
