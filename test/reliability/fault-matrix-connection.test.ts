import { describe } from 'vitest';
import { CONNECTION_CASES } from './fault-matrix.js';
import { faultMatrixTests } from './run-fault-case.js';

// Split from fault-matrix-http.test.ts so the two halves run in parallel workers: many rows
// wait out real backoff (about 1 s + 2 s).
describe('fault matrix: refused, dropped, reset, stalled, trickling and truncated answers', () => {
  faultMatrixTests(CONNECTION_CASES);
});
