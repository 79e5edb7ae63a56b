// The engine's own finding codes: every finding that no rule makes carries one of these ids. Each has its
// descriptor here, once, and every format (SARIF rules, JUnit, GitHub, Markdown, HTML) reads it from here.
import type { Severity, Source } from './types.js';

export interface EngineCodeDescriptor {
  criterion: string;
  description: string;
  severity: Severity;
  sources: Source[];
  /**
   * Whether reports that list rules (SARIF's tool.driver.rules) list this code always, as they list the rules,
   * or only when a finding carries it.
   */
  listed: 'always' | 'when-reported';
  /** Whether a waiver may cover it: findings about the input itself never are. */
  waivable: boolean;
}

export const ENGINE_CODES = {
  syntax: {
    criterion: 'YAML syntax',
    description: 'The file must be valid YAML; a document that cannot be parsed cannot be checked.',
    severity: 'error',
    sources: [{ title: 'YAML 1.2', url: 'https://yaml.org/spec/1.2.2/' }],
    listed: 'always',
    waivable: false,
  },
  schema: {
    criterion: 'Announcement format',
    description: 'Each document must follow the announcement format, version 1 (`invitelint schema` prints it).',
    severity: 'error',
    sources: [],
    listed: 'always',
    waivable: false,
  },
  limit: {
    criterion: 'Resource limit',
    description: 'Input beyond a resource limit (file size, nesting depth, aliases, documents, list lengths) is not checked past the limit; the finding names the limit and how to raise it.',
    severity: 'error',
    sources: [],
    listed: 'when-reported',
    waivable: false,
  },
  'invalid-options': {
    criterion: 'Invalid options',
    description: 'The options given to the linter (a configuration, a date, a limit) cannot be used, so nothing was checked.',
    severity: 'error',
    sources: [],
    listed: 'when-reported',
    waivable: false,
  },
  'internal-error': {
    criterion: 'Internal error',
    description: 'A bug in invitelint stopped the checking of one announcement; the other announcements are still checked.',
    severity: 'error',
    sources: [],
    listed: 'when-reported',
    waivable: false,
  },
  'invalid-waiver': {
    criterion: 'Invalid waiver',
    description: 'A waiver must name rules that exist and can be waived, and give a reason; one that does not is not applied.',
    severity: 'error',
    sources: [],
    listed: 'always',
    waivable: false,
  },
  'unused-waiver': {
    criterion: 'Unused waiver',
    description: 'A waiver that matches no finding, or has expired, is reported so that waivers do not outlive their reason.',
    severity: 'warn',
    sources: [],
    listed: 'always',
    waivable: false,
  },
} as const satisfies Record<string, EngineCodeDescriptor>;

export type EngineCode = keyof typeof ENGINE_CODES;

export const ENGINE_CODE_IDS = Object.keys(ENGINE_CODES) as EngineCode[];

export function isEngineCode(id: string): id is EngineCode {
  return Object.hasOwn(ENGINE_CODES, id);
}
