// The README's configuration examples are valid config files, and its sample errors are what a user gets.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/index.js';
import { ROOT } from '../helpers.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 3));
const yamlBlocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);
const configBlocks = yamlBlocks.filter((block) => /^(extends|rules|waivers):/m.test(block) && !/^format_version:/m.test(block));

describe('README configuration section', () => {
  it('has config examples', () => {
    expect(configBlocks.length).toBeGreaterThanOrEqual(2);
  });

  it.each(configBlocks.map((block, index) => [index, block]))('config example %i is valid', (_index, block) => {
    expect(parseConfig(block as string, 'README').problems).toEqual([]);
  });
});
