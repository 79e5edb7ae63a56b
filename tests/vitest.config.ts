import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { lazyTextModule } from '../src/tools/lazy-text.mjs';

/** `import readPage from './README.md?lazy'` as the build reads it (src/tools/build.mjs, lazyTextPlugin). */
const lazyText = {
  name: 'lazy-text',
  load(id: string) {
    return id.endsWith('?lazy') ? lazyTextModule(readFileSync(id.slice(0, -'?lazy'.length), 'utf8')) : undefined;
  },
};

export default defineConfig({
  plugins: [lazyText],
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/**/*.test.ts', 'rules/**/*.test.ts'],
    globalSetup: ['tests/setup/build.ts'],
    testTimeout: 20_000,
  },
});
