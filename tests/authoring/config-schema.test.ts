// `invitelint schema --config`: the config file's JSON Schema, generated from the config's zod schema, shipped
// in schema/, and in agreement with the config loader (parseConfig) on what is valid.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configJsonSchema, schemaText, type JsonSchema } from '../../src/authoring/json-schema.js';
import { parseConfig } from '../../src/index.js';
import { RULE_IDS } from '../../rules/index.js';
import { ROOT, runCli } from '../helpers.js';

const SHIPPED = path.join(ROOT, 'schema/config.schema.json');
const shipped = JSON.parse(readFileSync(SHIPPED, 'utf8')) as JsonSchema;
const validate: ValidateFunction = new Ajv({ strict: true, strictRequired: false, allErrors: true }).compile(shipped);

/** The example of cli.md, "Configuration". */
const EXAMPLE = `extends: [recommended, w3c]
rules:
  notice-period: [error, { inPersonDays: 42 }]
  language-access: off
  fair-hours: warn
waivers:
  - rule: remote-access
    files: ["notices/closed/*.yaml"]
    reason: Closed session under rule 61 of the rules of procedure
    expires: 2027-06-30
`;

function verdicts(text: string): { loader: boolean; jsonSchema: boolean } {
  return { loader: parseConfig(text, '.invitelint.yaml').problems.length === 0, jsonSchema: validate(parse(text) ?? {}) };
}

describe('the config file JSON Schema', () => {
  it('is the shipped schema/config.schema.json and what `invitelint schema --config` prints', () => {
    expect(readFileSync(SHIPPED, 'utf8'), 'schema/ is stale: run `npm run schema`').toBe(schemaText(configJsonSchema()));
    const run = runCli(['schema', '--config']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(readFileSync(SHIPPED, 'utf8'));
  });

  it('names every rule, with its options and their defaults, and makes every option optional (io: input)', () => {
    const rules = (shipped.properties as Record<string, JsonSchema>).rules!;
    expect(Object.keys(rules.properties as object)).toEqual([...RULE_IDS]);
    expect(rules.additionalProperties).toBe(false);
    const noticePeriod = (rules.properties as Record<string, { anyOf: { items?: JsonSchema[] }[] }>)['notice-period']!;
    const options = noticePeriod.anyOf[2]!.items![1]!;
    expect((options.properties as Record<string, JsonSchema>).inPersonDays).toMatchObject({ type: 'integer', default: 56 });
    expect(options.required).toBeUndefined();
  });

  it.each([
    ['the example of cli.md', EXAMPLE, true],
    ['an empty mapping', '{}\n', true],
    ['a rule with its severity in a list', 'rules: { fair-hours: [warn] }\n', true],
    ['one option of a rule', 'rules: { time-allotted: [error, { minutesPerParticipant: 3 }] }\n', true],
    ['a misspelt top-level key', 'rule: { fair-hours: warn }\n', false],
    ['an unknown rule', 'rules: { fair-hour: warn }\n', false],
    ['an unknown severity', 'rules: { fair-hours: warm }\n', false],
    ['warning for warn', 'rules: { fair-hours: warning }\n', true],
    ['extends as one name', 'extends: strict\n', true],
    ['extends naming a shared config file', 'extends: [recommended, ../common/secretariat.yaml]\n', true],
    ['an unknown preset', 'extends: [recomended]\n', false],
    ['an unknown option', 'rules: { notice-period: [error, { inPersonDay: 42 }] }\n', false],
    ['an option of the wrong type', 'rules: { notice-period: [error, { inPersonDays: six weeks }] }\n', false],
    ['a waiver without a reason', 'waivers: [{ rule: remote-access }]\n', false],
    ['a waiver for an unknown rule', 'waivers: [{ rule: remote-acess, reason: closed session }]\n', false],
    ['a waiver with a misspelt key', 'waivers: [{ rule: remote-access, reason: closed session, expire: 2027-06-30 }]\n', false],
    ['a waiver that expires on a day-first date', 'waivers: [{ rule: remote-access, reason: closed session, expires: 30/06/2027 }]\n', false],
  ])('agrees with the loader on %s', (_name, text, valid) => {
    expect(verdicts(text)).toEqual({ loader: valid, jsonSchema: valid });
  });
});
