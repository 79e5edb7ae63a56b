// The plain reader (src/announcement/plain-yaml.ts) must give what yaml gives, or decline: for every text it
// accepts, the loaded document (announcement, title, problems and their positions), the data, and the position of
// every field, present or missing, equal those of the yaml path. Checked on every fixture, on generated plain
// documents, and on fixtures mutated at random (most mutations leave the subset or make the YAML wrong).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { YamlPath } from '../../src/announcement/facts.js';
import { DEFAULT_LOAD_LIMITS, loadAnnouncements, type LoadedDocument } from '../../src/announcement/load.js';
import { readPlainYaml } from '../../src/announcement/plain-yaml.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(full);
    return entry.name.endsWith('.yaml') ? [full] : [];
  });
}

/** Every path into `value`, and next to each mapping and list a child that is not there. */
function pathsOf(value: unknown, prefix: YamlPath = [], out: YamlPath[] = []): YamlPath[] {
  out.push(prefix);
  if (Array.isArray(value)) {
    value.forEach((item, index) => pathsOf(item, [...prefix, index], out));
    out.push([...prefix, value.length], [...prefix, 'name']);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], out);
    out.push([...prefix, 'no_such_field'], [...prefix, 'no_such_field', 'below'], [...prefix, 0]);
  } else {
    out.push([...prefix, 'below'], [...prefix, 0]);
  }
  return out;
}

/** The same values (Object.is), prototypes and own keys in the same order (a key may be \`constructor\`, so no toStrictEqual). */
function sameData(a: unknown, b: unknown): boolean {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return Object.is(a, b);
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keys = Reflect.ownKeys(a);
  const otherKeys = Reflect.ownKeys(b);
  if (keys.length !== otherKeys.length || keys.some((key, i) => key !== otherKeys[i])) return false;
  return keys.every((key) => sameData((a as Record<PropertyKey, unknown>)[key], (b as Record<PropertyKey, unknown>)[key]));
}

function comparable(docs: LoadedDocument[]) {
  return docs.map(({ index, announcement, title, problems, source }) => ({ index, announcement, title, problems, source }));
}

/** Declined, or read exactly as yaml reads it. Returns whether the plain reader accepted the text. */
function expectSameAsYaml(text: string, maxDepth = DEFAULT_LOAD_LIMITS.maxDepth): boolean {
  const plain = readPlainYaml(text, maxDepth);
  if (!plain) return false;
  const doc = parseDocument(text, { uniqueKeys: false });
  expect(doc.errors.map((error) => error.message), text).toEqual([]);
  expect(doc.warnings.map((warning) => warning.message), text).toEqual([]);
  const data = doc.toJS() as unknown;
  expect(sameData(plain.data, data), `${JSON.stringify(plain.data)} is not ${JSON.stringify(data)}, from\n${text}`).toBe(true);
  const limits = { ...DEFAULT_LOAD_LIMITS, maxDepth };
  const viaPlain = loadAnnouncements(text, limits, 'plain-when-possible');
  const viaYaml = loadAnnouncements(text, limits, 'yaml');
  expect(viaPlain[0]!.yaml, 'the plain path was taken').toBeNull();
  expect(comparable(viaPlain), text).toStrictEqual(comparable(viaYaml));
  for (const at of pathsOf(data)) {
    expect(viaPlain[0]!.locate(at), `${JSON.stringify(at)} in\n${text}`).toStrictEqual(viaYaml[0]!.locate(at));
  }
  return true;
}

describe('the plain YAML reader', () => {
  it('reads every fixture it accepts as yaml does, and accepts the real announcements', () => {
    const accepted: string[] = [];
    for (const file of yamlFiles(FIXTURES)) {
      if (expectSameAsYaml(readFileSync(file, 'utf8'))) accepted.push(path.relative(FIXTURES, file));
    }
    expect(accepted).toContain('wsis-2005-informal-consultations.yaml');
    expect(accepted.filter((file) => file.startsWith('passing/')).length).toBeGreaterThan(0);
  });

  it.each([
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a block scalar', 'a: |\n  text\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a comment line between fields', 'a: 1\n# note\nb: 2\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['a quoted key', '"a": 1\n'],
    ['an escape', 'a: "x\\ty"\n'],
    ['a tab', 'a:\t1\n'],
    ['CRLF line ends', 'a: 1\r\nb: 2\r\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a key yaml reads as null', 'null: 1\n'],
    ['__proto__', '__proto__: 1\n'],
    ['a flow collection over two lines', 'a: [1,\n  2]\n'],
    ['a trailing comma', 'a: [1, 2,]\n'],
    ['a mapping in a compact list item value', 'a: b: c\n'],
    ['a bad indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['a top-level list', '- a\n- b\n'],
    ['an empty text', ''],
    ['only comments', '# nothing\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
  ])('declines %s (yaml reads it)', (_name, text) => {
    expect(readPlainYaml(text, 100)).toBeNull();
  });

  it('locates the fields of a mapping too large to scan (it is indexed) as yaml does', () => {
    const keys = Array.from({ length: 120 }, (_, i) => `field_${i}`);
    const text = `title: many fields\nmeeting:\n${keys.map((key, i) => `  ${key}: ${i}\n`).join('')}${keys.map((key) => `${key}: [x]\n`).join('')}`;
    expect(expectSameAsYaml(text)).toBe(true);
  });

  it('declines a document as deep as the nesting limit, so that yaml reports the limit', () => {
    const text = 'a:\n  b:\n    c:\n      d: 1\n';
    expect(readPlainYaml(text, 100)).not.toBeNull();
    expect(readPlainYaml(text, 4)).toBeNull();
    expect(readPlainYaml(text, 5)).not.toBeNull();
    expectSameAsYaml(text, 5);
  });

  // Scalars whose type the core schema decides, and texts with YAML's indicator characters in them.
  const scalar = fc.oneof(
    {
      weight: 6,
      arbitrary: fc.constantFrom(
        '1', '-1', '+1', '007', '0o17', '0o8', '0x1F', '0xg', '1.5', '-.5', '1.', '.5e3', '1e3', '1E-2', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', 'NaN',
        'true', 'True', 'TRUE', 'tRue', 'false', 'FALSE', 'yes', 'no', 'null', 'Null', 'NULL', '~', '', '2005-05-02', '2005-05-02T15:00', '3h',
        'a:b', 'a#b', '-a', '?a', ':a', 'a]', "it's", 'https://example.org/a?b=c#d', 'Genève', '日本', 'a  b', 'Palais des Nations',
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom('a: b', 'a #b', '- a', 'a,b', '[a]', '{a}', '"q"', "'q'", '@a', '`a', '%a', '!a', '&a', '*a', ' a', 'a ') },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', 'b', ' ', '-', ':', '#', ',', '.', '1', '0', '"', "'", '[', ']', '{', '}', '?', 'é'), maxLength: 8 }) },
  );
  const quote = (text: string, how: number) =>
    how === 0 ? text : how === 1 ? `"${text.replace(/"/g, '')}"` : `'${text.replace(/'/g, "''")}'`;
  const key = fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom('a', 'b', 'c', 'title', 'focal_point', 'x-y', 'n', 'y', 'on', 'off', 'constructor', 'toString') },
    { weight: 1, arbitrary: fc.constantFrom('Null', 'true', '__proto__', 'a b', '1', '.inf') },
  );
  const comment = fc.constantFrom('', '', ' # note', '  #note', '#x');
  const flowValue: fc.Arbitrary<string> = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, fc.tuple(scalar, fc.nat(2)).map(([text, how]) => quote(text, how)), tie('seq'), tie('map')),
    seq: fc.tuple(fc.array(tie('value'), { maxLength: 3 }), fc.constantFrom(', ', ',', ' , ')).map(([items, sep]) => `[${items.join(sep)}]`),
    map: fc.array(fc.tuple(key, tie('value')), { maxLength: 3 }).map((pairs) => `{ ${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')} }`),
  })).value as fc.Arbitrary<string>;
  const inline = fc.oneof(fc.tuple(scalar, fc.nat(2)).map(([text, how]) => quote(text, how)), flowValue);

  type Block = { kind: 'map'; pairs: [string, Block | string][] } | { kind: 'seq'; items: (Block | string)[] };
  const block: fc.Arbitrary<Block> = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, tie('map'), tie('seq')),
    map: fc.array(fc.tuple(key, fc.oneof(inline, tie('node'))), { minLength: 1, maxLength: 4 }).map((pairs) => ({ kind: 'map', pairs })),
    seq: fc.array(fc.oneof(inline, tie('map')), { minLength: 1, maxLength: 3 }).map((items) => ({ kind: 'seq', items })),
  })).map as fc.Arbitrary<Block>;

  function render(node: Block, indent: number, step: number, sameColumnLists: boolean, comments: string[], blank: boolean): string {
    const pad = ' '.repeat(indent);
    const note = () => comments[(indent + node.kind.length) % comments.length] ?? '';
    if (node.kind === 'map') {
      return node.pairs
        .map(([k, v]) => {
          if (typeof v === 'string') return `${pad}${k}: ${v}${note()}\n${blank ? '\n' : ''}`;
          const childIndent = v.kind === 'seq' && sameColumnLists ? indent : indent + step;
          return `${pad}${k}:${note()}\n${render(v, childIndent, step, sameColumnLists, comments, blank)}`;
        })
        .join('');
    }
    return node.items
      .map((item) => {
        if (typeof item === 'string') return `${pad}- ${item}${note()}\n`;
        if (item.kind !== 'map') return '';
        const inner = render(item, indent + 2, step, sameColumnLists, comments, blank);
        return `${pad}- ${inner.slice(indent + 2)}`;
      })
      .join('');
  }

  it('reads generated plain documents as yaml does', () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, fc.oneof(inline, block)), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(1, 2, 4),
        fc.boolean(),
        fc.array(comment, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        fc.constantFrom('', '# header\n', '\n# header\n\n'),
        (pairs, step, sameColumnLists, comments, blank, header) => {
          const text = header + render({ kind: 'map', pairs }, 0, step, sameColumnLists, comments, blank);
          if (expectSameAsYaml(text)) accepted++;
        },
      ),
      { numRuns: 1500 },
    );
    expect(accepted).toBeGreaterThan(200);
  });

  it('reads mutated fixtures as yaml does, or declines them', () => {
    const texts = yamlFiles(FIXTURES).map((file) => readFileSync(file, 'utf8'));
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.nat(texts.length - 1),
        fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom(' ', '  ', '-', ':', '#', '\n', '"', "'", '[', ']', '{', '}', ',', 'a', '0', '.', '- ', ': ', '\n  ')), {
          minLength: 1,
          maxLength: 3,
        }),
        (which, edits) => {
          let text = texts[which]!;
          for (const [at, how, piece] of edits) {
            const offset = at % (text.length + 1);
            if (how === 0) text = text.slice(0, offset) + piece + text.slice(offset);
            else if (how === 1) text = text.slice(0, offset) + text.slice(offset + 1);
            else text = text.slice(0, offset) + piece + text.slice(offset + piece.length);
          }
          if (expectSameAsYaml(text)) accepted++;
        },
      ),
      { numRuns: 1500 },
    );
    expect(accepted).toBeGreaterThan(100);
  });
});
