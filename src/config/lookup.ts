// Which configuration applies to a file (cli.md, "Configuration"): the config file given with -c, else the
// nearest .invitelint.yaml / .invitelint.yml / invitelint.config.yaml from the file's folder upwards, else
// the presets and flags alone. Each folder and each config file is looked at once per run.
import { statSync } from 'node:fs';
import path from 'node:path';
import type { ConfigFlags, ConfigInput, ResolvedConfig } from '../engine/config.js';
import { filesMatch } from '../engine/waivers.js';
import { CATALOGUE } from '../../rules/index.js';
import { createLinter, type Linter } from '../engine/linter.js';
import { ConfigReader, readConfigFile, type ConfigProblem } from './load.js';
import { CONFIG_FILE_NAMES } from './names.js';

export interface ConfigLookupOptions {
  /** The folder relative paths are read from, and config files are named against in problems. */
  cwd: string;
  /** `-c FILE`: use this config file for every file, no lookup. */
  configFile?: string;
  /** False for `--no-config-lookup`. */
  lookup: boolean;
  flags: ConfigFlags;
  /** The linter whose rules and presets the config files may name; default: invitelint's own. */
  linter?: Linter;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

export class ConfigLookup {
  /** Every problem met so far with a config file, each once. */
  readonly problems: ConfigProblem[] = [];
  /**
   * Config files the lookup found outside the working folder (a received folder's parent, a home folder): they
   * apply, but can change or waive findings unseen, so the command names each once on standard error.
   */
  readonly outsideWorkingFolder: string[] = [];
  private readonly fileByFolder = new Map<string, string | null>();
  private readonly inputByFile = new Map<string, ConfigInput | null>();
  /** By config file and the overrides that apply (a config with overrides resolves once per set of them). */
  private readonly resolved = new Map<string, ResolvedConfig>();
  private readonly options: ConfigLookupOptions & { linter: Linter };
  private readonly reader: ConfigReader;

  constructor(options: ConfigLookupOptions) {
    this.options = { ...options, linter: options.linter ?? createLinter(CATALOGUE) };
    this.reader = new ConfigReader(this.options.linter);
  }

  /** The config file that applies to `file` (absolute), or null when none does. */
  configFileFor(file: string): string | null {
    const { configFile, cwd, lookup } = this.options;
    if (configFile !== undefined) return path.resolve(cwd, configFile);
    if (!lookup) return null;
    return this.nearestIn(path.dirname(path.resolve(cwd, file)));
  }

  private nearestIn(folder: string): string | null {
    const cached = this.fileByFolder.get(folder);
    if (cached !== undefined) return cached;
    let found: string | null = null;
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(folder, name);
      if (isFile(candidate)) {
        found = candidate;
        break;
      }
    }
    if (found === null) {
      const parent = path.dirname(folder);
      found = parent === folder ? null : this.nearestIn(parent);
    }
    this.fileByFolder.set(folder, found);
    return found;
  }

  /** The resolved configuration for `file`, or null when its config file is invalid (see `problems`). */
  tryConfigFor(file: string): ResolvedConfig | null {
    const configFile = this.configFileFor(file);
    const { linter, flags, cwd } = this.options;
    if (configFile === null) return this.once('', () => linter.resolveConfig({}, flags, null));
    let input = this.inputByFile.get(configFile);
    if (input === undefined) {
      const relative = path.relative(cwd, configFile);
      if (this.options.configFile === undefined && (relative.startsWith('..') || path.isAbsolute(relative))) this.outsideWorkingFolder.push(relative);
      const result = readConfigFile(configFile, this.reader, path.relative(cwd, configFile) || configFile);
      this.problems.push(...result.problems);
      input = result.config;
      this.inputByFile.set(configFile, input);
    }
    if (input === null) return null;
    const base = input;
    // The overrides whose globs match the file apply, in order, over the config's own settings.
    const matching = (base.overrides ?? []).flatMap((override, index) => (filesMatch(override.files, file, configFile, cwd) ? [index] : []));
    return this.once(`${configFile}\u0000${matching.join(',')}`, () => {
      const overrides = matching.map((index) => base.overrides![index]!);
      const merged: ConfigInput = {
        ...base,
        extends: [...(base.extends ?? ['recommended']), ...overrides.flatMap((override) => override.extends ?? [])],
        rules: Object.assign({}, base.rules, ...overrides.map((override) => override.rules)),
      };
      return linter.resolveConfig(merged, flags, configFile);
    });
  }

  private once(key: string, resolve: () => ResolvedConfig): ResolvedConfig {
    let config = this.resolved.get(key);
    if (!config) this.resolved.set(key, (config = resolve()));
    return config;
  }

  /** The resolved configuration for `file`; throws when its config file is invalid (check `tryConfigFor` first). */
  configFor(file: string): ResolvedConfig {
    const config = this.tryConfigFor(file);
    if (!config) throw new Error(`the config file ${this.configFileFor(file) ?? ''} is invalid`);
    return config;
  }
}
