// `invitelint schema [--config]`: the JSON Schema of the announcement format or of the config file (cli.md).
import { announcementJsonSchema, configJsonSchema, schemaText } from '../authoring/json-schema.js';
import { EXIT } from './exit.js';

export interface SchemaCommandOptions {
  config?: boolean;
}

export function runSchema(options: SchemaCommandOptions): number {
  process.stdout.write(schemaText(options.config ? configJsonSchema() : announcementJsonSchema()));
  return EXIT.ok;
}
