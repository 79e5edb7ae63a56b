// dist/lint-worker.js: a `--jobs` worker started by the library (lintFiles from `import 'invitelint'`).
import { serveLintBatches } from './worker.js';

serveLintBatches();
