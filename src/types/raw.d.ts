// Rule pages are imported as text: vite reads `?raw` natively, the esbuild build has a plugin for it.
declare module '*.md?raw' {
  const text: string;
  export default text;
}
