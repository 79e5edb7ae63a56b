// `--jobs N`: lints files in N worker threads. Files go out in small batches as workers free up (so a slow
// file never holds a whole share back), and outcomes come back in the order of the files, so the report
// is the one a single job writes.
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { ResolvedConfig } from '../engine/config.js';
import type { FileLintOptions, FileOutcome } from '../lint-files.js';

export interface FileTask {
  /** The name reports give the file. */
  file: string;
  /** Where to read it. */
  path: string;
  config: ResolvedConfig;
}

export interface PoolOptions extends FileLintOptions {
  jobs: number;
}

/** Messages to a worker: one batch of files, with the configurations it has not been sent yet. */
export interface BatchMessage {
  index: number;
  options: FileLintOptions;
  configs: [number, ResolvedConfig][];
  files: { file: string; path: string; config: number }[];
}

export interface BatchReply {
  index: number;
  outcomes: FileOutcome[];
}

/** The argument that makes bin/invitelint.js, in a worker thread, serve lint batches (src/jobs/worker.ts) instead of running the command. */
export const LINT_WORKER_ARG = '--invitelint-lint-worker-thread';

/**
 * The Node options a worker inherits, without those that name the main script's own source (`-e` and its code,
 * `--input-type`): with them a worker started from a file refuses to start.
 */
function workerExecArgv(): string[] {
  const kept: string[] = [];
  const args = process.execArgv;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (['-e', '--eval', '-p', '--print', '--input-type'].includes(arg)) i++;
    else if (!/^--(eval|print|input-type)=/.test(arg)) kept.push(arg);
  }
  return kept;
}

/** Where a worker starts, and with what. */
function workerStart(): [URL, WorkerOptions] {
  const here = import.meta.url;
  const execArgv = workerExecArgv();
  // Run from source (tests): the built worker.
  if (here.endsWith('.ts')) return [new URL('../../dist/lint-worker.js', here), { execArgv }];
  // In the command (dist/cli.cjs), workers start as the command does, with its code cache.
  if (here.endsWith('/cli.cjs')) return [new URL('../bin/invitelint.js', here), { execArgv, argv: [LINT_WORKER_ARG] }];
  // In the library, this module is a chunk next to dist/lint-worker.js.
  return [new URL('./lint-worker.js', here), { execArgv }];
}

/** Lints `tasks` in worker threads; calls `onFile` for each file, in the order of `tasks`. */
export async function lintInWorkers(tasks: readonly FileTask[], options: PoolOptions, onFile: (index: number, outcome: FileOutcome) => void): Promise<void> {
  if (tasks.length === 0) return;
  const batchSize = Math.max(1, Math.min(64, Math.ceil(tasks.length / (options.jobs * 8))));
  const batchCount = Math.ceil(tasks.length / batchSize);
  const workerCount = Math.max(1, Math.min(options.jobs, batchCount));
  const configIds = new Map<ResolvedConfig, number>();
  const done = new Map<number, FileOutcome[]>();
  let nextBatch = 0;
  let nextToEmit = 0;

  await new Promise<void>((resolve, reject) => {
    const workers: Worker[] = [];
    const finished = new Set<Worker>();
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      for (const worker of workers) void worker.terminate();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    const send = (worker: Worker, sentConfigs: Set<number>) => {
      if (nextBatch >= batchCount) return false;
      const index = nextBatch++;
      const slice = tasks.slice(index * batchSize, (index + 1) * batchSize);
      const configs: [number, ResolvedConfig][] = [];
      const files = slice.map((task) => {
        let id = configIds.get(task.config);
        if (id === undefined) configIds.set(task.config, (id = configIds.size));
        if (!sentConfigs.has(id)) {
          sentConfigs.add(id);
          configs.push([id, task.config]);
        }
        return { file: task.file, path: task.path, config: id };
      });
      const { jobs: _jobs, ...fileOptions } = options;
      const message: BatchMessage = { index, options: fileOptions, configs, files };
      worker.postMessage(message);
      return true;
    };
    // Each worker holds a second batch while it lints one, so that it never waits for this thread to take
    // its results and send more.
    const inFlight = new Map<Worker, number>();
    let running = workerCount;
    for (let i = 0; i < workerCount; i++) {
      const worker = new Worker(...workerStart());
      const sentConfigs = new Set<number>();
      workers.push(worker);
      inFlight.set(worker, 0);
      const sendNext = () => {
        if (send(worker, sentConfigs)) inFlight.set(worker, inFlight.get(worker)! + 1);
      };
      worker.on('message', (reply: BatchReply) => {
        if (failed) return;
        inFlight.set(worker, inFlight.get(worker)! - 1);
        sendNext();
        done.set(reply.index, reply.outcomes);
        try {
          for (let outcomes = done.get(nextToEmit); outcomes; outcomes = done.get(nextToEmit)) {
            done.delete(nextToEmit);
            const first = nextToEmit * batchSize;
            outcomes.forEach((outcome, offset) => onFile(first + offset, outcome));
            nextToEmit++;
          }
        } catch (error) {
          fail(error);
          return;
        }
        if (inFlight.get(worker) === 0) {
          finished.add(worker);
          void worker.terminate();
          if (--running === 0) resolve();
        }
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (!failed && !finished.has(worker)) fail(new Error(`a lint worker stopped (exit ${code})`));
      });
      sendNext();
      sendNext();
    }
  });
}
