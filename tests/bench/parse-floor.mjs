// The throughput floor (issue 8): read every announcement file below the given folders and parse it with
// positions, in one thread, the way any YAML linter must: yaml.parseDocument with a LineCounter, then toJS().
// Prints the number of files, so the bench can check that the floor and the linter saw the same corpus.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';

function walk(dir, visit) {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') walk(full, visit);
    } else if (/\.ya?ml$/i.test(entry.name)) visit(full);
  }
}

let files = 0;
let keys = 0;
for (const dir of process.argv.slice(2)) {
  walk(dir, (file) => {
    const text = readFileSync(file, 'utf8');
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter });
    const data = doc.toJS();
    files++;
    if (data && typeof data === 'object') keys += Object.keys(data).length;
  });
}
process.stdout.write(`${files} files, ${keys} top-level fields\n`);
