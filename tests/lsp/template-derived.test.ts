// What the server derives from the template `invitelint init` writes: the rules that read each field (hover)
// and the blocks it can insert (code actions), offered only where the edit is certain.
import { describe, expect, it } from 'vitest';
import { isMap, isSeq, parseAllDocuments, parseDocument, type YAMLMap } from 'yaml';
import { ANNOUNCEMENT_TEMPLATE } from '../../src/authoring/template.js';
import { blockInsertion, templateBlocks, topLevelKey } from '../../src/lsp/blocks.js';
import { fieldAt, templateFields } from '../../src/lsp/fields.js';
import { readSettings } from '../../src/lsp/server.js';
import { lintText } from '../../src/index.js';
import { RULE_IDS } from '../../rules/index.js';
import { fixture, WSIS_2005 } from '../helpers.js';

const insert = (text: string, at: { offset: number; text: string }) => text.slice(0, at.offset) + at.text + text.slice(at.offset);

describe('the fields table', () => {
  const fields = templateFields();

  it('names only rules of the catalogue, and every rule reads some field', () => {
    const named = new Set([...fields.values()].flatMap((field) => field.rules));
    expect([...named].filter((id) => !RULE_IDS.includes(id))).toEqual([]);
    expect(RULE_IDS.filter((id) => !named.has(id))).toEqual([]);
  });

  it('reads the template line by line: a field, its explanation, its rules (list items add up)', () => {
    expect(fields.get('meeting.duration')).toEqual({
      path: 'meeting.duration',
      explanation: '3h, 90m, 1h30m or PT3H; or give `end: 2027-03-15T16:00` instead',
      rules: ['time-allotted'],
    });
    expect(fields.get('invitees.groups.focal_point')?.rules).toEqual(['stakeholder-self-selection']);
    expect(fields.get('title')?.rules).toEqual([]);
  });

  it('finds the innermost field at a position, on its key or on its value in the same line', () => {
    const text = 'meeting:\n  duration: 3h\ninvitees:\n  groups:\n    - stakeholder: governments\n      selection: open\n';
    expect(fieldAt(text, text.indexOf('duration') + 2)?.path).toBe('meeting.duration');
    expect(fieldAt(text, text.indexOf('3h'))?.path).toBe('meeting.duration');
    expect(fieldAt(text, text.indexOf('open'))?.path).toBe('invitees.groups.selection');
    expect(fieldAt(text, 2)?.path).toBe('meeting');
    expect(fieldAt('# only a comment\n', 3)).toBeNull();
    expect(fieldAt('title: [never closed\n', 2)?.path).toBe('title');
  });
});

describe('inserting a block from the template', () => {
  const blocks = templateBlocks();

  it('takes each block of the template with its comments', () => {
    // Every top-level field written as a block mapping or list, and no one-line field.
    const template = parseDocument(ANNOUNCEMENT_TEMPLATE).contents as YAMLMap;
    const written = template.items.filter((pair) => (isMap(pair.value) || isSeq(pair.value)) && !pair.value.flow).map((pair) => String((pair.key as { value: unknown }).value));
    expect([...blocks.keys()]).toEqual(written);
    expect([...blocks.keys()]).toEqual(expect.arrayContaining(['convener', 'meeting', 'remote', 'invitees', 'format', 'framework', 'documents', 'languages', 'support']));
    for (const oneLine of ['title', 'issued', 'labels', 'format_version']) expect(blocks.has(oneLine)).toBe(false);
    expect(blocks.get('support')!.text.split('\n')[0]).toBe(ANNOUNCEMENT_TEMPLATE.split('\n').find((line) => line.startsWith('support:')));
    expect(topLevelKey('invitees.groups[0].selection')).toBe('invitees');
    expect(topLevelKey('documents')).toBe('documents');
  });

  it('adds the block to a document without it, which then states it as the template does and nothing else changes', () => {
    const text = fixture(WSIS_2005);
    const insertion = blockInsertion(text, 0, 'support', blocks)!;
    const edited = insert(text, insertion);
    const [before] = parseAllDocuments(text) as unknown as { toJSON(): Record<string, unknown> }[];
    const [after] = parseAllDocuments(edited) as unknown as { toJSON(): Record<string, unknown> }[];
    expect(after!.toJSON()).toEqual({ ...before!.toJSON(), support: { travel_funding: true, visa_letters: true } });
    expect(edited).toContain('# (optional) support for participants who could not otherwise come [participation-support]');
    const findings = lintText(edited, { asOf: '2005-04-18' }).results[0]!.findings;
    expect(findings.map((finding) => finding.rule)).not.toContain('participation-support');
  });

  it('keeps the line ends of the document, and the other documents of the file as they were', () => {
    const crlf = 'title: a\r\nformat_version: 1\r\n';
    expect(blockInsertion(crlf, 0, 'support', blocks)!.text).toMatch(/^\r\n\r\nsupport:[^\n]*\r\n {2}travel_funding/);
    const two = 'title: first\n---\ntitle: second\n';
    const edited = insert(two, blockInsertion(two, 0, 'support', blocks)!);
    expect(edited.endsWith('---\ntitle: second\n')).toBe(true);
    expect(edited.startsWith('title: first\n\nsupport:')).toBe(true);
  });

  it('offers nothing where the result is not certain', () => {
    expect(blockInsertion(fixture(WSIS_2005), 0, 'remote', blocks)).toBeNull(); // the block is there
    expect(blockInsertion(fixture(WSIS_2005), 0, 'title', blocks)).toBeNull(); // no block in the template
    expect(blockInsertion(fixture(WSIS_2005), 1, 'support', blocks)).toBeNull(); // no such document
    expect(blockInsertion('{ title: a }\n', 0, 'support', blocks)).toBeNull(); // a flow mapping
    expect(blockInsertion('  title: a\n  issued: 2005-04-18\n', 0, 'support', blocks)).toBeNull(); // indented
    expect(blockInsertion('title: [never closed\n', 0, 'support', blocks)).toBeNull(); // does not parse
    expect(blockInsertion('- a list\n', 0, 'support', blocks)).toBeNull();
    expect(blockInsertion('title: a\nnotes: |\n  text\n', 0, 'support', blocks)).not.toBeNull();
  });
});

describe('the settings a client gives', () => {
  it('take a debounce, an as-of date and the lookup and waiver switches when usable, the defaults otherwise', () => {
    const defaults = { debounceMs: 200, asOf: null, configLookup: true, inlineWaivers: true };
    expect(readSettings(undefined)).toEqual(defaults);
    expect(readSettings({ debounceMs: 50, asOf: '2005-04-18', configLookup: false, inlineWaivers: false })).toEqual({
      debounceMs: 50,
      asOf: '2005-04-18',
      configLookup: false,
      inlineWaivers: false,
    });
    expect(readSettings({ debounceMs: -1, asOf: '2005-13-01', configLookup: 'no' })).toEqual(defaults);
    expect(readSettings({ debounceMs: 'soon', asOf: 20050418 })).toEqual(defaults);
  });
});
