// The bench corpus: seeded variations of the fixtures, so every run of `npm run bench` lints the same files.
// A variation shifts all the dates of a fixture by the same number of days (so their relations hold),
// changes its title, its meeting's zone and its expected head-count, and adds a comment or two, giving
// announcements of about 40 lines spread over 100 folders.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Bump when the generator changes, so that a cached corpus is rebuilt. */
const GENERATOR_VERSION = 1;

/** Fixtures used as templates: every single-document announcement in fixtures/ (the hostile-markup one and fixtures/hostile are not). */
function templates(fixturesDir) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'hostile') walk(full);
      }
      else if (/\.ya?ml$/.test(entry.name)) {
        const text = readFileSync(full, 'utf8');
        if (!/^---$/m.test(text) && !entry.name.startsWith('markup')) found.push(text);
      }
    }
  };
  walk(fixturesDir);
  if (found.length === 0) throw new Error(`no fixtures in ${fixturesDir}`);
  return found;
}

/** mulberry32: a small, fast, seeded generator (the same numbers on every machine). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZONES = ['Europe/Zurich', 'Europe/Paris', 'Africa/Nairobi', 'Asia/Bangkok', 'America/New_York', 'America/Bogota', 'Asia/Tokyo', 'Australia/Sydney'];
const WORDS = ['review', 'regional', 'open', 'preparatory', 'informal', 'follow-up', 'thematic', 'expert', 'multistakeholder', 'working'];

function shiftDate(text, days) {
  const [y, m, d] = text.split('-').map(Number);
  const shifted = new Date(Date.UTC(y, m - 1, d + days));
  return shifted.toISOString().slice(0, 10);
}

export function variation(template, rand, index) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const days = Math.floor(rand() * 900) - 450;
  let text = template.replace(/\b(\d{4}-\d{2}-\d{2})(?=T|\b)/g, (date) => shiftDate(date, days));
  text = text.replace(/^title: (.*)$/m, (_, title) => `title: ${title.replace(/^"|"$/g, '')} (${pick(WORDS)} session ${index})`);
  text = text.replace(/^(\s+timezone: ).*$/m, (_, key) => `${key}${pick(ZONES)}`);
  text = text.replace(/^(\s+expected: )\d+/m, (_, key) => `${key}${10 + Math.floor(rand() * 400)}`);
  const comments = 2 + Math.floor(rand() * 4);
  let header = `# Bench corpus file ${index}: a variation of a fixture, dates shifted by ${days} days.\n`;
  for (let i = 1; i < comments; i++) header += `# ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}\n`;
  return header + text;
}

/**
 * Writes `count` files into `dir` (100 folders, or fewer for small corpora), unless a corpus with the
 * same size, seed and generator is already there. Returns the folder.
 */
export function generateCorpus({ root, count, seed, fixturesDir }) {
  const dir = path.join(root, `corpus-${count}-seed${seed}-v${GENERATOR_VERSION}`);
  const stamp = path.join(dir, '.complete');
  if (existsSync(stamp)) return dir;
  rmSync(dir, { recursive: true, force: true });
  const sources = templates(fixturesDir);
  const rand = random(seed);
  const folders = Math.min(100, Math.max(1, Math.ceil(count / 100)));
  for (let f = 0; f < folders; f++) mkdirSync(path.join(dir, `folder-${String(f).padStart(3, '0')}`), { recursive: true });
  for (let i = 0; i < count; i++) {
    const folder = `folder-${String(i % folders).padStart(3, '0')}`;
    const text = variation(sources[Math.floor(rand() * sources.length)], rand, i);
    writeFileSync(path.join(dir, folder, `notice-${String(i).padStart(5, '0')}.yaml`), text);
  }
  // A dot-file, so the linter's walk (which skips dot-folders, not dot-files) never sees a stray YAML file.
  writeFileSync(stamp, `${count} ${seed} ${GENERATOR_VERSION}\n`);
  return dir;
}
