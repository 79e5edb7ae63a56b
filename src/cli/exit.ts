// The exit codes (docs/cli.md, "Exit codes"): 0 the files pass, 1 they do not, 2 the command could not do its job.
export const EXIT = { ok: 0, lintFailure: 1, usage: 2 } as const;
