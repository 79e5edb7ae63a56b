// When to colour terminal output (cli.md): forced by --color / --no-color, else only on a terminal without NO_COLOR.
export function useColor(option: boolean | undefined, toFile = false): boolean {
  if (option !== undefined) return option;
  if (process.env.NO_COLOR) return false;
  return !toFile && process.stdout.isTTY === true;
}
