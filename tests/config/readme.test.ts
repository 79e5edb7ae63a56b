// The configuration guide's examples (docs/configuration.md) are valid config files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/index.js';
import { ROOT } from '../helpers.js';

const guide = readFileSync(path.join(ROOT, 'docs', 'configuration.md'), 'utf8');
const yamlBlocks = [...guide.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);
const configBlocks = yamlBlocks.filter((block) => /^(extends|rules|waivers):/m.test(block) && !/^format_version:/m.test(block));

describe('docs/configuration.md', () => {
  it('has config examples', () => {
    expect(configBlocks.length).toBeGreaterThanOrEqual(2);
  });

  it.each(configBlocks.map((block, index) => [index, block]))('config example %i is valid', (_index, block) => {
    expect(parseConfig(block as string, 'docs/configuration.md').problems).toEqual([]);
  });
});
