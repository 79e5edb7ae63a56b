// How a criterion's status reads in a report: a symbol and a word, so it never depends on colour alone.
import type { Status } from '../engine/types.js';

export const STATUS_LABELS: Record<Status, string> = {
  pass: '✔ pass',
  fail: '✖ fail',
  'not-stated': '? not stated',
  'not-applicable': '– n/a',
  waived: '~ waived',
  off: '– off',
};
