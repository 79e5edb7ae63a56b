// Builds dist/ with esbuild: one ESM bundle for the CLI and the library, split so that each command and
// output format loads only what it needs. Run by `npm ci` (prepare) and by the tests' global setup.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/** `import page from './README.md?raw'`: the rule pages, embedded as text (vite reads `?raw` natively). */
export const rawTextPlugin = {
  name: 'raw-text',
  setup(builder) {
    builder.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: path.resolve(args.resolveDir, args.path.replace(/\?raw$/, '')),
      namespace: 'raw-text',
    }));
    builder.onLoad({ filter: /.*/, namespace: 'raw-text' }, (args) => ({
      contents: readFileSync(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

export async function buildAll() {
  await build({
    absWorkingDir: root,
    entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts' },
    outdir: 'dist',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    define: { __INVITELINT_VERSION__: JSON.stringify(version) },
    // commander and yaml are CommonJS: their require() calls need a require in an ES module.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    plugins: [rawTextPlugin],
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildAll();
}
