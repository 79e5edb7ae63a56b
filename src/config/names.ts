// The names a config file may have, nearest folder first, in this order within a folder (cli.md, "Configuration").
// Kept apart so that walking folders can skip config files without loading the config schema.
export const CONFIG_FILE_NAMES: readonly string[] = ['.invitelint.yaml', '.invitelint.yml', 'invitelint.config.yaml'];
