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

/**
 * Worker threads that lint files. They start when the pool is made, so that they can start while the main
 * thread is still walking the folders and reading config files; they do not keep the process alive until
 * `lint` uses them. `close` stops them (`lint` does when it is done).
 */
export class LintWorkerPool {
  private readonly workers: Worker[] = [];
  /** Why a worker stopped before `lint` listened to it. */
  private early: Error | null = null;

  constructor(count: number) {
    for (let i = 0; i < Math.max(1, count); i++) {
      const worker = new Worker(...workerStart());
      worker.unref();
      const early = (error: unknown) => (this.early ??= error instanceof Error ? error : new Error(String(error)));
      worker.on('error', early);
      worker.once('exit', (code) => early(new Error(`a lint worker stopped (exit ${code})`)));
      this.workers.push(worker);
    }
  }

  /** Lints `tasks` in the workers; calls `onFile` for each file, in the order of `tasks`. Stops the workers. */
  async lint(tasks: readonly FileTask[], options: PoolOptions, onFile: (index: number, outcome: FileOutcome) => void): Promise<void> {
    try {
      if (this.early) throw this.early;
      if (tasks.length > 0) await this.run(tasks, options, onFile);
    } finally {
      this.close();
    }
  }

  close(): void {
    for (const worker of this.workers.splice(0)) stop(worker);
  }

  private run(tasks: readonly FileTask[], options: PoolOptions, onFile: (index: number, outcome: FileOutcome) => void): Promise<void> {
    const batchSize = Math.max(1, Math.min(64, Math.ceil(tasks.length / (options.jobs * 8))));
    const batchCount = Math.ceil(tasks.length / batchSize);
    const configIds = new Map<ResolvedConfig, number>();
    const done = new Map<number, FileOutcome[]>();
    const { jobs: _jobs, ...fileOptions } = options;
    let nextBatch = 0;
    let nextToEmit = 0;

    return new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (error: unknown) => {
        if (failed) return;
        failed = true;
        this.close();
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
        const message: BatchMessage = { index, options: fileOptions, configs, files };
        worker.postMessage(message);
        return true;
      };
      const emit = () => {
        for (let outcomes = done.get(nextToEmit); outcomes; outcomes = done.get(nextToEmit)) {
          done.delete(nextToEmit);
          const first = nextToEmit * batchSize;
          outcomes.forEach((outcome, offset) => onFile(first + offset, outcome));
          nextToEmit++;
        }
      };
      // Each worker holds a second batch while it lints one, so that it never waits for this thread to take
      // its results and send more.
      let running = 0;
      for (const worker of this.workers) {
        const sentConfigs = new Set<number>();
        let inFlight = 0;
        let finished = false;
        const sendNext = () => {
          if (send(worker, sentConfigs)) inFlight++;
        };
        const finish = () => {
          finished = true;
          stop(worker);
          if (--running === 0) resolve();
        };
        worker.removeAllListeners();
        worker.on('message', (reply: BatchReply) => {
          if (failed) return;
          inFlight--;
          sendNext();
          done.set(reply.index, reply.outcomes);
          try {
            emit();
          } catch (error) {
            fail(error);
            return;
          }
          if (inFlight === 0) finish();
        });
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (!finished) fail(new Error(`a lint worker stopped (exit ${code})`));
        });
        running++;
        sendNext();
        sendNext();
        if (inFlight === 0) finish();
        else worker.ref();
      }
    });
  }
}

/** Stops a worker that is done with, whatever it was doing. */
function stop(worker: Worker): void {
  worker.removeAllListeners().on('error', () => {});
  void worker.terminate();
}
