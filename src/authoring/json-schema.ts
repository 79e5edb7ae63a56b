// The JSON Schemas that `invitelint schema` prints, generated from the zod schemas (never written by hand).
import * as z from 'zod';
import { announcementSchema, announcementSchemaV2 } from '../announcement/schema.js';
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
 * The JSON Schema of the announcement format: v1 (where `format_version` is 1 or absent) or v2 (which requires
 * `format_version: 2`), one of the two as the linter reads a document (announcementSchemaFor).
 */
export function announcementJsonSchema(): JsonSchema {
  const { $schema, ...v1 } = toJsonSchema(announcementSchema);
  const { $schema: _v2Schema, ...v2 } = toJsonSchema(announcementSchemaV2);
  return {
    $schema,
    title: 'invitelint announcement',
    description: 'A meeting announcement, invitelint format v1 or v2 (`format_version: 2`).',
    // What both versions require, said once at the root, where the checker's form reads it.
    type: 'object',
    required: (v1.required as string[]).filter((key) => (v2.required as string[]).includes(key)),
    oneOf: [v1, v2],
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
