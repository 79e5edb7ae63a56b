// The layering, checked by dependency-cruiser in `npm test` (npm run layers): the data flows one way,
//   i18n -> announcement -> engine -> rules -> report -> run (config, files, jobs, import, the runner) -> cli, library, page, lsp
// and no folder imports one above it. The language server (src/lsp) is part of the command: only src/cli loads it. Type-only imports count: a type is a dependency too.
const I18N = '^src/i18n/';
const ANNOUNCEMENT = '^src/announcement/';
const ENGINE = '^src/engine/';
const RULES = '^rules/';
const REPORT = '^src/report/';
const RUN = '^src/(config|jobs|authoring|import)/|^src/(lint-files|files)\\.ts$';
const TOP = '^src/(cli|web|lsp)/|^src/index\\.ts$';
const LSP = '^src/lsp/';

/** A layer may import only the layers below it. */
const above = {
  [I18N]: [ANNOUNCEMENT, ENGINE, RULES, REPORT, RUN, TOP],
  [ANNOUNCEMENT]: [ENGINE, RULES, REPORT, RUN, TOP],
  [ENGINE]: [RULES, REPORT, RUN, TOP],
  [RULES]: [REPORT, RUN, TOP],
  [REPORT]: [RULES, RUN, TOP],
  [RUN]: [TOP],
};

module.exports = {
  forbidden: [
    ...Object.entries(above).map(([from, higher]) => ({
      name: `layer:${from}`,
      comment: 'A layer imports only the layers below it (tests/architecture/layers.cjs).',
      severity: 'error',
      from: { path: from },
      to: { path: higher.join('|') },
    })),
    {
      name: 'lsp-only-from-cli',
      comment: 'The language server is loaded by the `lsp` command alone (lazily), never by the library, the page or a lint run.',
      severity: 'error',
      from: { pathNot: `^src/cli/|${LSP}` },
      to: { path: LSP },
    },
    {
      name: 'no-circular',
      comment: 'No import circle at run time: each module can be read knowing only what it imports (types may refer back within a layer).',
      severity: 'error',
      from: { path: '^(src|rules)/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves (a typo would hide a dependency from the checks above).',
      severity: 'error',
      from: { path: '^(src|rules)/' },
      to: { couldNotResolve: true, pathNot: '\\?(raw|lazy)$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$|^src/tools/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Packages resolved by their exports (vscode-languageserver has no main field), as Node resolves them.
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.json'], exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
