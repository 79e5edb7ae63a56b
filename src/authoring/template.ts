// The announcement template that `invitelint init` writes: format v2 with every field, commented.
import path from 'node:path';
import template from './announcement-template.yaml?raw';

const SCHEMA_LINE = /^# yaml-language-server: \$schema=.*$/m;

/** The template as shipped (its schema line points at the repository's schema, for editing it here). */
export const ANNOUNCEMENT_TEMPLATE: string = template;

/** The template with its `$schema` line pointing at `schemaRef` (a URL, or a path relative to the new file). */
export function announcementTemplate(schemaRef: string): string {
  return template.replace(SCHEMA_LINE, () => `# yaml-language-server: $schema=${schemaRef}`);
}

/**
 * How a file written to `file` refers to the schema at `schemaFile`: a relative path with forward slashes,
 * which the YAML language server resolves from the file's own folder.
 */
export function schemaRefFrom(file: string, schemaFile: string): string {
  const relative = path.relative(path.dirname(path.resolve(file)), path.resolve(schemaFile)).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}
