// A throwaway folder tree for CLI tests of config lookup and waivers.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A folder tree from `{ 'a/b.yaml': text }`; returns its root. */
export function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'invitelint-config-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}
