// The command line: commander wiring only; every command's work is in the library or its own module.
import { Command, CommanderError, Help, Option } from 'commander';
import { VERSION } from '../version.js';
import { LOCALES } from '../i18n/locale.js';
import { FORMAT_NAMES } from '../report/format.js';
import { terminalSafe } from '../report/sanitize.js';
import { EXIT } from './exit.js';

export { EXIT };

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function buildProgram(): Command {
  const program = new Command('invitelint')
    .description('Lint meeting invitations against inclusiveness criteria drawn from public norms.')
    .version(VERSION, '-v, --version')
    .showSuggestionAfterError()
    // Commander's own messages quote the command line, which is untrusted text too.
    .configureOutput({ writeErr: (text) => process.stderr.write(text.split('\n').map(terminalSafe).join('\n')) })
    .exitOverride();

  program
    .command('lint', { isDefault: true })
    .description('lint announcement files, folders and globs (- reads standard input)')
    .argument('[paths...]', 'files, folders or globs; - for standard input')
    .option('-c, --config <file>', 'use this config file; no lookup')
    .option('--no-config-lookup', 'ignore config files; presets and flags only')
    .option('--preset <name>', "add a preset after the config's own extends", collect)
    .option('--rule <id=severity>', "set a rule's severity (off, warn, error); repeatable", collect)
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMAT_NAMES).default('stylish'))
    .addOption(new Option('--locale <language>', "the report's language (json stays English, with message ids); default: the config's locale, else en").choices(LOCALES))
    .option('-o, --output-file <file>', 'write the report there instead of standard output')
    .option('--as-of <date>', 'the date a draft (no `issued`) is taken to be sent (YYYY-MM-DD); default today')
    .option('--max-warnings <n>', 'exit 1 when there are more than N warnings')
    .addOption(new Option('--fail-severity <level>', 'the lowest severity that fails the run').choices(['error', 'warn']).default('error'))
    .option('--quiet', 'report errors only')
    .option('--no-inline-waivers', 'ignore waivers written inside announcements')
    .option('--stdin-filename <name>', 'the name standard input has in reports')
    .option('--max-file-size <size>', 'skip files larger than this, with a finding (e.g. 10MB, the default; 512KB)')
    .option('--max-documents <n>', 'check only the first N documents of a file, with a finding (default: all)')
    .option('--jobs <n>', 'lint in N worker threads (default: 1 below 200 files, else one per core)')
    .option('--color', 'force colour on')
    .option('--no-color', 'force colour off')
    .action(async (paths: string[], options) => {
      const { runLint } = await import('./lint.js');
      process.exitCode = await runLint(paths, options);
    });

  program
    .command('rules')
    .description('list every rule: id, criterion, default severity, description')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['table', 'json']).default('table'))
    .addOption(new Option('--locale <language>', 'the language of criteria and descriptions (json stays English)').choices(LOCALES).default('en'))
    .option('--color', 'force colour on')
    .option('--no-color', 'force colour off')
    .action(async (options) => {
      const { runRules } = await import('./rules.js');
      process.exitCode = runRules(options);
    });

  program
    .command('explain')
    .description("show a rule's page: what it checks, options and defaults, the norms, examples (no rule: list them)")
    .argument('[rule]', 'the rule id, e.g. notice-period')
    .addOption(new Option('--locale <language>', 'the language of the page').choices(LOCALES).default('en'))
    .option('--color', 'force colour on')
    .option('--no-color', 'force colour off')
    .action(async (id: string | undefined, options) => {
      const { runExplain } = await import('./explain.js');
      process.exitCode = runExplain(id, options);
    });

  program
    .command('init')
    .description('write a commented announcement template, creating missing folders (refuses to overwrite without --force)')
    .argument('[file]', 'the file to write; - for standard output', 'announcement.yaml')
    .option('--force', 'overwrite the file if it exists')
    .action(async (file: string, options) => {
      const { runInit } = await import('./init.js');
      process.exitCode = runInit(file, options);
    });

  program
    .command('migrate')
    .description('rewrite format v1 announcements as format v2, in place, keeping their comments and order')
    .argument('<files...>', 'the announcements to migrate')
    .option('--check', 'change nothing; exit 1 if a file would be migrated')
    .option('--stdout', 'print the migrated text of one file instead of writing it')
    .action(async (files: string[], options) => {
      const { runMigrate } = await import('./migrate.js');
      process.exitCode = runMigrate(files, options);
    });

  program
    .command('import')
    .description('read a received invitation (.eml or .ics) into a draft announcement, listing what it does not state')
    .argument('<file>', 'the invitation: an e-mail (.eml) or an iCalendar file (.ics)')
    .option('-o, --output <file>', 'write the draft there (refuses to overwrite without --force); default: standard output')
    .option('--force', 'overwrite the -o file if it exists')
    .action(async (file: string, options) => {
      const { runImport } = await import('./import.js');
      process.exitCode = await runImport(file, options);
    });

  program
    .command('print-config')
    .description('print the configuration that applies to FILE after presets, config file and flags')
    .argument('[file]', 'the announcement whose configuration to show; default: a file in the working folder')
    .option('-c, --config <file>', 'use this config file; no lookup')
    .option('--no-config-lookup', 'ignore config files; presets and flags only')
    .option('--preset <name>', "add a preset after the config's own extends", collect)
    .option('--rule <id=severity>', "set a rule's severity (off, warn, error); repeatable", collect)
    .action(async (file: string | undefined, options) => {
      const { runPrintConfig } = await import('./print-config.js');
      process.exitCode = runPrintConfig(file, options);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the announcement format, for editors (--config: of the config file)')
    .option('--config', "print the configuration file's schema instead")
    .action(async (options) => {
      const { runSchema } = await import('./schema.js');
      process.exitCode = runSchema(options);
    });

  program
    .command('web')
    .description('write the offline checker page: one HTML file that checks announcements in a browser, sending nothing')
    .option('-o, --output-file <file>', 'the file to write; - for standard output', 'invitelint-checker.html')
    .action(async (options) => {
      const { runWeb } = await import('./web.js');
      process.exitCode = runWeb(options);
    });

  program
    .command('lsp')
    .description('serve the Language Server Protocol to an editor: diagnostics, hover and fixes (docs/editors.md)')
    .option('--stdio', 'talk over standard input and output (the only transport, also without this flag)')
    // vscode-languageclient adds the id of the editor's process; the server learns it from initialize anyway.
    .addOption(new Option('--clientProcessId <pid>').hideHelp())
    .action(async () => {
      const { runLanguageServer } = await import('../lsp/main.js');
      runLanguageServer();
    });

  showLintInTopHelp(program);
  return program;
}

/**
 * `lint` is the default command, so the top-level help says that `invitelint FILE` lints and lists the lint
 * options, which commander would otherwise show only under `invitelint lint --help`. (src/tools/build.mjs
 * renders this help into dist/fast.json, so `--help` prints the same text without loading the CLI.)
 */
function showLintInTopHelp(program: Command): void {
  const lint = program.commands.find((command) => command.name() === 'lint')!;
  program.configureHelp({
    formatHelp(command, helper) {
      const standard = Help.prototype.formatHelp.call(helper, command, helper);
      if (command !== program) return standard;
      const usage = [
        `${helper.styleTitle('Usage:')} ${helper.styleUsage('invitelint [lint options] PATH...')}   lint files, folders and globs`,
        `       ${helper.styleUsage('invitelint [options] [command]')}`,
      ];
      const options = helper.visibleOptions(lint).filter((option) => option.long !== '--help');
      const width = options.reduce((widest, option) => Math.max(widest, helper.displayWidth(helper.optionTerm(option))), 0);
      const lintOptions = helper.formatItemList(
        'Lint options (invitelint PATH... is invitelint lint PATH...):',
        options.map((option) =>
          helper.formatItem(helper.styleOptionTerm(helper.optionTerm(option)), width, helper.styleOptionDescription(helper.optionDescription(option)), helper),
        ),
        helper,
      );
      const lines = standard.split('\n');
      return [...usage, ...lines.slice(1), ...lintOptions].join('\n');
    },
  });
}

/**
 * A reader that stops early (`invitelint ... | head`) closes the pipe: the rest of the report has nowhere to
 * go and is dropped, but the run goes on to its end, so that its exit code still says whether the files pass.
 */
function dropOutputOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}

/** A `--jobs` worker thread, which bin/invitelint.js starts from this bundle as it starts the command. */
export async function serveLintWorker(): Promise<void> {
  const { serveLintBatches } = await import('../jobs/worker.js');
  serveLintBatches();
}

export async function main(argv: string[]): Promise<void> {
  dropOutputOnClosedPipe(process.stdout);
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; every misuse of the command line exits 2 (cli.md, "Exit codes").
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    const { warn } = await import('./output.js');
    warn(`internal error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = EXIT.usage;
  }
}
