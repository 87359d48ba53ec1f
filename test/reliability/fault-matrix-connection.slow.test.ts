import { describe } from 'vitest';
import { CONNECTION_CASES } from './fault-matrix.js';
import { faultMatrixTests } from './run-fault-case.js';

// Split from fault-matrix-http.slow.test.ts so the two halves run in parallel workers: many rows
// wait out attempt timeouts, stalls and trickles.
describe('fault matrix: refused, dropped, reset, stalled, trickling and truncated answers', () => {
  faultMatrixTests(CONNECTION_CASES);
});
