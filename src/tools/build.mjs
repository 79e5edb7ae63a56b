// Builds dist/ with esbuild: the command as one CommonJS file with its V8 code cache (dist/cli.cjs), the
// library as ES modules split so that each output format loads only what it needs (dist/index.js), and the
// offline checker page. Run by `npm ci` (prepare) and by the tests' global setup.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { lazyTextModule } from './lazy-text.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/**
 * Imports of a file with a query (`./file?raw`): esbuild resolves the path without it, and `load` turns the file's
 * text into the module. The path is kept relative to the project, as esbuild names its other modules, so that the
 * bundle names no folder of the machine that built it and is the same wherever it is built.
 */
function fileQueryPlugin(query, load) {
  const filter = new RegExp(`\\?${query}$`);
  return {
    name: `${query}-text`,
    setup(builder) {
      builder.onResolve({ filter }, (args) => ({
        path: path.relative(root, path.resolve(args.resolveDir, args.path.replace(filter, ''))).split(path.sep).join('/'),
        namespace: `${query}-text`,
      }));
      builder.onLoad({ filter: /.*/, namespace: `${query}-text` }, (args) => load(readFileSync(path.resolve(root, args.path), 'utf8')));
    },
  };
}

/** `import template from './file.yaml?raw'`: a file embedded as text (vite reads `?raw` natively). */
export const rawTextPlugin = fileQueryPlugin('raw', (text) => ({ contents: text, loader: 'text' }));

/**
 * `import readPage from './README.md?lazy'`: the rule pages, as functions that return the text (see
 * lazy-text.mjs); a one-file lint run was ~14 ms slower with the 170 KB of pages in its code cache.
 */
export const lazyTextPlugin = fileQueryPlugin('lazy', (text) => ({ contents: lazyTextModule(text), loader: 'js' }));

/**
 * For the browser, Node's built-in modules (reached only by code the checker page never runs, such as reading
 * files) become an empty CommonJS module: calling anything of theirs fails, instead of the bundle failing to build.
 */
const nodeBuiltinsStubPlugin = {
  name: 'node-builtins-stub',
  setup(builder) {
    builder.onResolve({ filter: /^(node:.*|fs|path|url|os|module|crypto|child_process|worker_threads)$/ }, (args) => ({ path: args.path, namespace: 'node-builtin-stub' }));
    // The worker pool (--jobs) only exists in Node; the page lints one text in its own thread.
    builder.onResolve({ filter: /\/jobs\/pool\.js$/ }, (args) => ({ path: args.path, namespace: 'node-builtin-stub' }));
    builder.onLoad({ filter: /.*/, namespace: 'node-builtin-stub' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

/**
 * The offline checker page: the library and the HTML report bundled for the browser, inlined into one HTML
 * file with a Content-Security-Policy that lets only this script run and allows no connection at all.
 * `invitelint web` writes it out.
 */
export async function buildCheckerPage() {
  const bundle = await build({
    absWorkingDir: root,
    entryPoints: ['src/web/checker.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['chrome109', 'firefox115', 'safari15'],
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    define: { __INVITELINT_VERSION__: JSON.stringify(version), 'process.env.NODE_ENV': '"production"' },
    plugins: [rawTextPlugin, lazyTextPlugin, nodeBuiltinsStubPlugin],
  });
  // Inside <script>, only `</script` (and `<!--`) could end or disturb the element: break them up.
  const script = bundle.outputFiles[0].text.trim().replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  const hash = createHash('sha256').update(script).digest('base64');
  const template = readFileSync(path.join(root, 'src/web/checker.html'), 'utf8');
  const page = template.replace("'__SCRIPT_HASH__'", `'sha256-${hash}'`).replace('/*__CHECKER_SCRIPT__*/', () => script);
  mkdirSync(path.join(root, 'dist'), { recursive: true });
  writeFileSync(path.join(root, 'dist/checker.html'), page);
}

export async function buildAll() {
  rmSync(path.join(root, 'dist'), { recursive: true, force: true, maxRetries: 3 });
  await Promise.all([buildCheckerPage(), buildLibrary(), buildCommand(), buildImport()]);
  writeFastAnswers();
  writeCodeCache();
}

/**
 * dist/cli.cjs: the command as one CommonJS file, which bin/invitelint.js compiles with a V8 code cache
 * (dist/cli.cjs.cache). Start-up is mostly compiling: with the cache, V8 skips parsing and compiling every
 * function the cached run used: a one-file lint went from 888 M to 423 M instructions (callgrind).
 * The library (`import 'invitelint'`) and its worker threads keep their ES-module build.
 */
async function buildCommand() {
  await build({
    absWorkingDir: root,
    entryPoints: { cli: 'src/cli/main.ts', lsp: 'src/lsp/main.ts' },
    outExtension: { '.js': '.cjs' },
    minifyWhitespace: true,
    minifySyntax: true,
    outdir: 'dist',
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    define: { __INVITELINT_VERSION__: JSON.stringify(version), 'import.meta.url': '__importMetaUrl' },
    // Modules that find files next to themselves (the worker, the package root) do so from the bundle's URL.
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    // import() of a file left outside the bundle (dist/import.cjs) as require(): the command runs as a vm script,
    // which has no loader for import().
    supported: { 'dynamic-import': false },
    plugins: [rawTextPlugin, lazyTextPlugin, lazyChildProcessPlugin, lspChunkPlugin, importOfItsOwnPlugin],
  });
}

/**
 * The import of invitations (src/import: postal-mime, ical.js, windows-iana, some 400 KB) is a file of its own,
 * dist/import.cjs, which the command requires only when it imports or lints an .eml or .ics: a lint run of
 * announcements neither reads nor compiles it.
 */
const importOfItsOwnPlugin = {
  name: 'import-of-its-own',
  setup(builder) {
    builder.onResolve({ filter: /(^|\/)import\/index\.js$/ }, (args) =>
      args.importer.startsWith(path.join(root, 'src')) ? { path: './import.cjs', external: true } : undefined,
    );
  },
};

async function buildImport() {
  await build({
    absWorkingDir: root,
    entryPoints: { import: 'src/import/index.ts' },
    outExtension: { '.js': '.cjs' },
    minifyWhitespace: true,
    minifySyntax: true,
    outdir: 'dist',
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
  });
}

/**
 * The language server (`invitelint lsp`, with vscode-languageserver) is a file of its own, dist/lsp.cjs: in
 * dist/cli.cjs its import becomes a require of that file, so that no lint run reads, parses or caches it.
 */
const lspChunkPlugin = {
  name: 'lsp-chunk',
  setup(builder) {
    // bin/invitelint.js runs the CLI in a vm.Script, where import() is not available: a require it is.
    builder.onResolve({ filter: /^\.\.\/lsp\/main\.js$/ }, (args) =>
      /[\\/]src[\\/]cli[\\/]main\.ts$/.test(args.importer) ? { path: 'lsp', namespace: 'lsp-chunk' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'lsp-chunk' }, () => ({ contents: "module.exports = require('./lsp.cjs');", loader: 'js' }));
    builder.onResolve({ filter: /^\.\/lsp\.cjs$/, namespace: 'lsp-chunk' }, () => ({ path: './lsp.cjs', external: true }));
  },
};

/**
 * commander loads node:child_process (and with it node:net and more, about 10 ms) for subcommands that are
 * programs of their own, which invitelint has none of: in the command's bundle it gets a stand-in that loads
 * the real module the first time a property of it is read.
 */
const lazyChildProcessPlugin = {
  name: 'lazy-child-process',
  setup(builder) {
    builder.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'lazy-child-process', namespace: 'lazy-child-process' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

/**
 * The cache is made by linting the 2005 case once, so that it holds the functions a lint run compiles. It is
 * made again by bin/invitelint.js whenever V8 rejects it (another Node version, other V8 flags).
 */
function writeCodeCache() {
  const run = spawnSync(process.execPath, [path.join(root, 'bin/invitelint.js'), '--no-config-lookup', '--as-of', '2005-04-18', '-f', 'json', path.join(root, 'fixtures/wsis-2005-informal-consultations.yaml')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, INVITELINT_CODE_CACHE: 'write' },
  });
  if (run.status !== 1 || !existsSync(path.join(root, 'dist/cli.cjs.cache'))) {
    throw new Error(`the code cache run failed (exit ${run.status}): ${run.stderr}`);
  }
}

/** dist/index.js (the library, `import 'invitelint'`) and dist/lint-worker.js (its --jobs workers), as ES modules. */
async function buildLibrary() {
  await build({
    absWorkingDir: root,
    entryPoints: { index: 'src/index.ts', 'lint-worker': 'src/jobs/worker-entry.ts' },
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
    plugins: [rawTextPlugin, lazyTextPlugin],
  });
}

/**
 * dist/fast.json: what `invitelint --version` and `invitelint --help` print when standard output is not a
 * terminal, rendered by the CLI itself (commander, 80 columns, no colour), so that bin/invitelint.js can
 * answer them without loading the CLI. tests/cli/fast-path.test.ts checks they match.
 */
function writeFastAnswers() {
  const bundle = path.join(root, 'dist/cli.cjs');
  const require = createRequire(import.meta.url);
  delete require.cache[bundle]; // a second build in the same process reads the new bundle
  const { buildProgram } = require(bundle);
  const program = buildProgram();
  program.configureOutput({ getOutHelpWidth: () => undefined, getOutHasColors: () => false });
  const help = program.helpInformation();
  writeFileSync(path.join(root, 'dist/fast.json'), `${JSON.stringify({ version: `${version}\n`, help }, null, 2)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildAll();
}
