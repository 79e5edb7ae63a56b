// `--version` and `--help` answer from text the build rendered (bin/invitelint.js), without loading the
// CLI: what they print must be what the CLI itself prints.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers.js';

const viaBin = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
/** The CLI through commander, never the fast path. */
const viaCommander = (...args: string[]) =>
  spawnSync(
    process.execPath,
    ['-e', `require(${JSON.stringify(path.join(ROOT, 'dist/cli.cjs'))}).main(['node', 'invitelint', ...${JSON.stringify(args)}]);`],
    { cwd: ROOT, encoding: 'utf8' },
  );

describe('fast answers', () => {
  for (const flag of ['--version', '-v', '--help', '-h']) {
    it(`${flag} prints what the CLI prints, exit 0`, () => {
      const fast = viaBin(flag);
      const slow = viaCommander(flag);
      expect(slow.status).toBe(0);
      expect(slow.stdout.length).toBeGreaterThan(4);
      expect(fast.stdout).toBe(slow.stdout);
      expect(fast.stderr).toBe('');
      expect(fast.status).toBe(0);
    });
  }

  it('leaves every other command line to the CLI', () => {
    const lintHelp = viaBin('lint', '--help');
    expect(lintHelp.status).toBe(0);
    expect(lintHelp.stdout).toBe(viaCommander('lint', '--help').stdout);
    expect(lintHelp.stdout).toContain('--format');
    const unknown = viaBin('--versio');
    expect(unknown.status).toBe(2);
  });
});
