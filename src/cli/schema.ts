// `invitelint schema [--config]`: the JSON Schema of the announcement format or of the config file (cli.md).
import { announcementJsonSchema, schemaText } from '../authoring/json-schema.js';
import { EXIT } from './main.js';

export interface SchemaCommandOptions {
  config?: boolean;
}

export function runSchema(options: SchemaCommandOptions): number {
  if (options.config) {
    process.stderr.write('invitelint: the config file schema is not available yet\n');
    return EXIT.usage;
  }
  process.stdout.write(schemaText(announcementJsonSchema()));
  return EXIT.ok;
}
