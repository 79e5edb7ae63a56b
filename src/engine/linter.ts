// A linter is made from the rules and presets it is given: the engine imports no rule. Each linter owns what it
// caches (zone offsets, the announcement schemas it has built), so that no run's results or speed depend on what
// another linter did.
import { readAnnouncements, DEFAULT_LOAD_LIMITS, type AnnouncementSource, type LoadedDocument } from '../announcement/load.js';
import { describeRule, type RuleDescription } from './catalogue.js';
import { ZoneClock, type PlainDate } from '../announcement/dates.js';
import { AnnouncementSchemas } from '../announcement/schema.js';
import type { LoadLimits } from '../announcement/load.js';
import { resolveConfig, type ConfigFlags, type ConfigInput, type ResolvedConfig } from './config.js';
import { internalErrorResult } from './findings.js';
import { wordsFor } from '../i18n/words.js';
import { lintDocument, type LintTextOptions, type RuleRunner } from './lint.js';
import type { DocumentResult, Preset, Rule } from './types.js';

export interface LinterSetup {
  /** The rules, in the order reports list their criteria. */
  rules: readonly Rule[];
  /** The presets a configuration may extend; `recommended` is the default. */
  presets: readonly Preset[];
}

export interface Linter extends RuleRunner {
  /** What the linter was made from. */
  readonly setup: LinterSetup;
  readonly presets: readonly Preset[];
  readonly presetNames: readonly string[];
  findPreset(name: string): Preset | undefined;
  /** Presets in order, then the config's rules, then the flags. Throws ConfigResolutionError for what cannot be resolved. */
  resolveConfig(input?: ConfigInput, flags?: ConfigFlags, configFile?: string | null): ResolvedConfig;
  /** Lints every document of one file's text (or bytes). Pure: no file access, no clock. Never throws. */
  lintDocuments(source: AnnouncementSource, options: LintTextOptions): DocumentResult[];
  /** The catalogue as data: what `invitelint rules --format json`, SARIF and the docs say about each rule. */
  describeRules(): RuleDescription[];
}

/** The options of the library's lintText (and, but for the file name, of lintFiles). */
export interface LintOptions {
  /** The name the report gives the text (and that waiver globs match). Default `<text>`. */
  filePath?: string;
  /**
   * A resolved configuration (from `loadConfig` or `resolveConfig`), or a configuration as written in a config
   * file (`{ extends, rules, waivers }`), which is validated first. Default: the `recommended` preset.
   */
  config?: ResolvedConfig | ConfigInput;
  /** The date a draft (no `issued`) is taken to be sent, YYYY-MM-DD. Default: today (UTC). */
  asOf?: PlainDate;
  /** Honour `# invitelint-disable` comments (default true). */
  inlineWaivers?: boolean;
  /** Resource limits for untrusted input (file size, nesting depth, aliases, documents); defaults in DEFAULT_LOAD_LIMITS. */
  limits?: Partial<LoadLimits>;
  /** The folder `filePath` is relative to, and config files are named against; default: the process's working folder. */
  cwd?: string;
  /** The linter to lint with (`createLinter({ rules, presets })`); default: invitelint's own rules and presets. */
  linter?: Linter;
}

export function createLinter(setup: LinterSetup): Linter {
  const rules = [...setup.rules];
  const presets = [...setup.presets];
  const byId = new Map<string, Rule>();
  for (const rule of rules) {
    if (byId.has(rule.meta.id)) throw new Error(`two rules have the id ${rule.meta.id}`);
    byId.set(rule.meta.id, rule);
  }
  const presetsByName = new Map(presets.map((preset) => [preset.name, preset]));
  for (const preset of presets) {
    for (const id of Object.keys(preset.rules)) {
      if (!byId.has(id)) throw new Error(`preset ${preset.name} sets ${id}, which is not among the rules`);
    }
  }
  const clock = new ZoneClock();
  // Built per format version when a document first needs it; their checks across fields read this clock.
  const schemas = new AnnouncementSchemas(clock);
  const linter: Linter = {
    setup,
    clock,
    words: wordsFor('en'),
    rules,
    ruleIds: rules.map((rule) => rule.meta.id),
    presets,
    presetNames: presets.map((preset) => preset.name),
    findRule: (id) => byId.get(id),
    findPreset: (name) => presetsByName.get(name),
    defaultOptions(id) {
      const rule = byId.get(id);
      if (!rule) throw new Error(`unknown rule ${id}`);
      return rule.meta.defaults as Record<string, unknown>;
    },
    resolveConfig: (input, flags, configFile) => resolveConfig(linter, input, flags, configFile ?? null),
    lintDocuments(source, options) {
      const file = options.filePath ?? '<text>';
      let config: ResolvedConfig;
      try {
        config = options.config ?? linter.resolveConfig();
      } catch (error) {
        return [internalErrorResult(file, 0, null, error)];
      }
      // Each document is parsed, linted and let go before the next is read: a file of many announcements holds
      // their results, not their parsed trees.
      const results: DocumentResult[] = [];
      const documents = readAnnouncements(source, { ...DEFAULT_LOAD_LIMITS, ...options.limits }, schemas);
      for (;;) {
        let next: IteratorResult<LoadedDocument>;
        try {
          next = documents.next();
        } catch (error) {
          results.push(internalErrorResult(file, results.length, null, error));
          break;
        }
        if (next.done) break;
        const document = next.value;
        try {
          results.push(lintDocument(linter, document, options, config, document.source));
        } catch (error) {
          results.push(internalErrorResult(file, document.index, document.title, error));
        }
      }
      return results;
    },
    describeRules: () => rules.map(describeRule),
  };
  return linter;
}
