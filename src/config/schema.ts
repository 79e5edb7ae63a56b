// The config file's format (docs/cli.md, "Configuration") as one zod schema, built from a linter's rules' own
// metadata and presets, so that a rule or option added in its folder is configurable without touching this file.
import * as z from 'zod';
import type { Linter } from '../engine/linter.js';
import type { Rule } from '../engine/types.js';
import { LOCALES } from '../i18n/locale.js';

export const SEVERITIES = ['off', 'warn', 'error'] as const;

/** What a config file may write for a severity: `warning` is read as `warn`. */
export const SEVERITY_INPUTS = [...SEVERITIES, 'warning'] as const;

/**
 * An `extends` entry that names a shared config rather than a preset: a path to a YAML file (relative to the
 * config file's folder), or a package whose name says it is one (`invitelint-config-…`, `@org/invitelint-config`).
 */
export const SHARED_CONFIG = /^(?:\.{1,2}\/|\/)|\.ya?ml$|^(?:@[^/\s]+\/)?invitelint-config(?:-[^/\s]+)?$/;

/** The findings the engine reports itself about the input: no configuration can switch them off or waive them. */
export const UNWAIVABLE_RULES = ['syntax', 'schema'] as const;

/**
 * A rule's options as a config file gives them: each optional, so that an option the file does not name keeps the
 * value a preset gave it, with the rule's default shown.
 */
export function configOptionsSchema(rule: Rule): z.ZodObject {
  const defaults = rule.meta.defaults as Record<string, unknown>;
  const shape: Record<string, z.ZodType> = {};
  for (const [name, option] of Object.entries(rule.meta.options().shape)) {
    const { description } = option as z.ZodType & { description?: string };
    shape[name] = (option as z.ZodType).optional().meta({ ...(description !== undefined && { description }), default: defaults[name] });
  }
  return z.strictObject(shape);
}

function ruleEntrySchema<Severity extends z.ZodType>(rule: Rule, severitySchema: Severity) {
  return z
    .union([severitySchema, z.tuple([severitySchema]), z.tuple([severitySchema, configOptionsSchema(rule)])])
    .describe(`${rule.meta.criterion}: ${rule.meta.description} A severity, or [severity, {options}].`);
}

/**
 * The config file's schema for a linter's rules and presets. Building it makes a zod schema for every rule's
 * options, which a run with no config file to read never needs: callers build it when they first read one.
 */
export function configSchemaFor(linter: Pick<Linter, 'rules' | 'presetNames'>) {
  const PRESET_NAMES = linter.presetNames;
  const severitySchema = z.enum(SEVERITY_INPUTS).describe('off, warn (or warning) or error');
  const presetSchema = z.enum(PRESET_NAMES as [string, ...string[]]);
  const extendsEntry = z.union([presetSchema, z.string().regex(SHARED_CONFIG)]);
  const extendsSchema = z
    .union([extendsEntry, z.array(extendsEntry)])
    .describe(
      `Presets (${PRESET_NAMES.join(', ')}) and shared config files (./path.yaml) or packages (invitelint-config-NAME), applied in order; default [recommended].`,
    );
  const rulesSchema = z.strictObject(
    Object.fromEntries(linter.rules.map((rule) => [rule.meta.id, ruleEntrySchema(rule, severitySchema).optional()])),
  );
  const overrideSchema = z
    .strictObject({
      files: z.array(z.string().min(1)).min(1).describe("Globs, relative to the config file's folder, of the files these settings apply to."),
      extends: extendsSchema.optional(),
      rules: rulesSchema.optional().describe('Severity and options per rule for those files, over the config\'s own.'),
    })
    .describe('Settings for some files only, applied in order after the config\'s own.');

  const plainDateSchema = z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date in the form YYYY-MM-DD, e.g. 2027-06-30' })
    .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text), {
      error: 'not a date on the calendar',
    });

  const RULE_IDS = linter.rules.map((rule) => rule.meta.id) as [string, ...string[]];

  const waiverSchema = z
    .strictObject({
      rule: z.enum(RULE_IDS).describe('The rule whose findings this waiver covers (`syntax` and `schema` can never be waived).'),
      files: z
        .array(z.string().min(1))
        .min(1)
        .optional()
        .describe("Globs, relative to the config file's folder, of the files the waiver covers; every file when omitted."),
      reason: z.string().trim().min(1, { error: 'a waiver needs a reason: say why the rule does not apply' }).describe('Why the rule does not apply: reported with every waived finding.'),
      expires: plainDateSchema.optional().describe('YYYY-MM-DD: the last day the waiver applies; after it the findings count again.'),
    })
    .describe('An accountable exception: the findings stay in the report, marked waived with the reason.');

  return z
    .strictObject({
      extends: extendsSchema.optional(),
      rules: rulesSchema.optional().describe('Severity and options per rule, applied after the presets.'),
      waivers: z.array(waiverSchema).optional().describe('Exceptions with a reason, reported as waived rather than hidden.'),
      overrides: z.array(overrideSchema).optional().describe('Settings for the files some globs match, applied in order after the rest.'),
      locale: z.enum(LOCALES).optional().describe('The language of the reports run from this folder (en, fr or es; `--locale` overrides it). JSON stays English, with message ids.'),
    })
    .describe('invitelint configuration (.invitelint.yaml)');
}

export type ConfigSchema = ReturnType<typeof configSchemaFor>;
export type ConfigFile = z.infer<ConfigSchema>;
