import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/**/*.test.ts', 'rules/**/*.test.ts'],
    globalSetup: ['tests/setup/build.ts'],
    testTimeout: 20_000,
  },
});
