import os from 'node:os';

/** Below this many files one job is quicker: starting a worker thread costs about what 100 files do. */
export const PARALLEL_THRESHOLD = 200;

/** `--jobs` when not given: one job for a few files, one per core for many. */
export function defaultJobs(files: number): number {
  return files < PARALLEL_THRESHOLD ? 1 : Math.max(1, os.availableParallelism());
}
