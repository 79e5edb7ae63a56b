// The body of a `--jobs` worker thread: lints the batches it is sent. The command's workers start it through
// bin/invitelint.js (so that they compile with the code cache too); the library's through dist/lint-worker.js.
import { parentPort } from 'node:worker_threads';
import { CATALOGUE } from '../../rules/index.js';
import type { ResolvedConfig } from '../engine/config.js';
import { createLinter } from '../engine/linter.js';
import { lintFileAt } from '../lint-files.js';
import type { BatchMessage, BatchReply } from './pool.js';

export function serveLintBatches(): void {
  const configs = new Map<number, ResolvedConfig>();
  const linter = createLinter(CATALOGUE);
  parentPort?.on('message', (batch: BatchMessage) => {
    for (const [id, config] of batch.configs) configs.set(id, config);
    const outcomes = batch.files.map((task) => lintFileAt(linter, task.file, task.path, configs.get(task.config)!, batch.options));
    const reply: BatchReply = { index: batch.index, outcomes };
    parentPort!.postMessage(reply);
  });
}
