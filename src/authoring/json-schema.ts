// The JSON Schemas that `invitelint schema` prints, generated from the zod schemas (never written by hand).
import * as z from 'zod';
import { AnnouncementSchemas } from '../announcement/schema.js';
import { CATALOGUE } from '../../rules/index.js';
import { configSchemaFor } from '../config/schema.js';
import { createLinter, type LinterSetup } from '../engine/linter.js';

export type JsonSchema = Record<string, unknown>;

/**
 * Draft-07, which the YAML language server and ajv both read. `io: 'input'` describes what a person writes
 * (a field with a default is optional); the value forms' refinements (calendar days, zone names) cannot be
 * said in JSON Schema, so each form carries a pattern and examples in its metadata instead.
 */
function toJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { target: 'draft-07', io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/**
 * The JSON Schema of the announcement format: v2 for a document with `format_version: 2`, else v1, as the linter
 * reads them (draft-07 `if`/`then`/`else`, which editors follow). Each version is also given alone.
 */
export function announcementJsonSchema(version?: 1 | 2): JsonSchema {
  const schemas = new AnnouncementSchemas();
  if (version === 1) return toJsonSchema(schemas.v1);
  if (version === 2) return toJsonSchema(schemas.v2);
  const { $schema, ...v1 } = toJsonSchema(schemas.v1);
  const { $schema: _v2Dialect, ...v2 } = toJsonSchema(schemas.v2);
  void _v2Dialect;
  return {
    $schema,
    title: 'invitelint announcement',
    description: 'A meeting announcement, invitelint format v2 (format_version: 2) or v1 (format_version: 1 or absent).',
    if: { type: 'object', properties: { format_version: { const: 2 } }, required: ['format_version'] },
    then: v2,
    else: v1,
  };
}

/** The JSON Schema of the config file (.invitelint.yaml): rules, their options with defaults, presets, waivers. */
export function configJsonSchema(setup: LinterSetup = CATALOGUE): JsonSchema {
  return toJsonSchema(configSchemaFor(createLinter(setup)));
}

/** A schema as the CLI prints it and the package ships it: two-space JSON and a final newline. */
export function schemaText(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
