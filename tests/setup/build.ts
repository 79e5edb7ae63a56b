// CLI tests run the real binary: build dist/ once before the suite.
// @ts-expect-error the build script is plain JavaScript
import { buildAll } from '../../src/tools/build.mjs';

export default async function setup(): Promise<void> {
  await buildAll();
}
