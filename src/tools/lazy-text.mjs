// `import readPage from './README.md?lazy'`: a file as a function that returns its text. The text is in the
// function's body, which V8 compiles only when it is called: a lint run, which shows no rule page, neither
// parses the pages nor carries them in its code cache. The build (build.mjs) and the tests' vite config
// (tests/vitest.config.ts) both read `?lazy` through this module.
export const lazyTextModule = (text) => `export default function read() {\n  return ${JSON.stringify(text)};\n}\n`;
