import { describe } from 'vitest';
import { HTTP_CASES } from './fault-matrix.js';
import { faultMatrixTests } from './run-fault-case.js';

// The rows where a well-formed HTTP answer is the problem; see fault-matrix.ts for every row.
describe('fault matrix: late, empty, erroring, redirecting and rate-limiting answers', () => {
  faultMatrixTests(HTTP_CASES);
});
