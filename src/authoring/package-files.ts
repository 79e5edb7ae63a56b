// Files shipped with the package (schema/), found from wherever the running code lives: src/ in tests, dist/ when built.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The folder of invitelint's own package.json. */
export function packageRoot(): string {
  if (root) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'invitelint') {
      root = dir;
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the invitelint package folder');
    dir = parent;
  }
}

/** The JSON Schema of the announcement format, as shipped in the package. */
export function announcementSchemaFile(): string {
  return path.join(packageRoot(), 'schema', 'announcement.schema.json');
}
