// Rule pages are imported as a function that returns the page's text: `import readPage from './README.md?lazy'`.
// The text sits in the function's body, so a run that shows no page (a lint run) never parses or keeps it;
// the esbuild build (src/tools/build.mjs) and the tests' vite config (tests/vitest.config.ts) make it with one
// module, src/tools/lazy-text.mjs.
declare module '*.md?lazy' {
  const read: () => string;
  export default read;
}
