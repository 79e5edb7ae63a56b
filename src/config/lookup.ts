// Which configuration applies to a file (cli.md, "Configuration"): the config file given with -c, else the
// nearest .invitelint.yaml / .invitelint.yml / invitelint.config.yaml from the file's folder upwards, else
// the presets and flags alone. Each folder and each config file is looked at once per run.
import { statSync } from 'node:fs';
import path from 'node:path';
import type { ConfigFlags, ResolvedConfig } from '../engine/config.js';
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
  private readonly fileByFolder = new Map<string, string | null>();
  private readonly configByFile = new Map<string | null, ResolvedConfig | null>();
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
    if (this.configByFile.has(configFile)) return this.configByFile.get(configFile)!;
    let config: ResolvedConfig | null;
    if (configFile === null) {
      config = this.options.linter.resolveConfig({}, this.options.flags, null);
    } else {
      const result = readConfigFile(configFile, this.reader, path.relative(this.options.cwd, configFile) || configFile);
      this.problems.push(...result.problems);
      config = result.config ? this.options.linter.resolveConfig(result.config, this.options.flags, configFile) : null;
    }
    this.configByFile.set(configFile, config);
    return config;
  }

  /** The resolved configuration for `file`; throws when its config file is invalid (check `tryConfigFor` first). */
  configFor(file: string): ResolvedConfig {
    const config = this.tryConfigFor(file);
    if (!config) throw new Error(`the config file ${this.configFileFor(file) ?? ''} is invalid`);
    return config;
  }
}
