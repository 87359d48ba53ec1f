import * as z from 'zod/mini';
import { lazy } from '../internal/validate.js';
import { headersSchema } from './header-rules.js';
import type { Logger } from './logger.js';
import { USER_AGENT_PRODUCTS } from './user-agent.js';

const PROJECT_ID = /^[\x21-\x7e]{1,128}$/;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** A project id that is safe to put into the `X-Project-ID` header. */
export const projectIdSchema = lazy(() =>
  z.string().check(
    z.refine((value) => PROJECT_ID.test(value), {
      error: 'must be 1-128 visible ASCII characters (no spaces, control characters or non-ASCII)',
    }),
  ),
);

const milliseconds = (max: number) =>
  z.number().check(
    z.refine((value) => Number.isInteger(value) && value > 0 && value <= max, {
      error: `must be a whole number of milliseconds between 1 and ${max}`,
    }),
  );

/** Longest timer Node accepts (2^31-1 ms, about 24.8 days). */
const MAX_TIMER = 2_147_483_647;

/** Per-attempt and per-call time limits share these bounds. */
const timeoutSchema = lazy(() => milliseconds(MAX_TIMER));

/** Retry counts: 0 (one attempt) to 10. */
const maxRetriesSchema = lazy(() =>
  z.number().check(
    z.refine((value) => Number.isInteger(value) && value >= 0 && value <= 10, {
      error: 'must be a whole number from 0 to 10',
    }),
  ),
);

const logLevelSchema = () =>
  z.enum(['off', 'error', 'warn', 'info', 'debug'], {
    error: 'must be one of off, error, warn, info, debug',
  });

const rateLimitSchema = () =>
  z.union(
    [
      z.enum(['standard', 'high']),
      z.strictObject({
        perSecond: z.number().check(z.refine((v) => Number.isInteger(v) && v >= 1 && v <= 10_000)),
        burst: z.number().check(z.refine((v) => Number.isInteger(v) && v >= 0 && v <= 100_000)),
      }),
    ],
    {
      error:
        "must be 'standard', 'high' or { perSecond: 1-10000, burst: 0-100000 } (whole numbers)",
    },
  );

const functionSchema = <T>(what: string) =>
  z.custom<T>((value) => typeof value === 'function', { error: `must be ${what}` });

/** The shape and bounds of every client option (the key is checked on its own). */
export const optionsSchema = lazy(() =>
  z.strictObject({
    apiKey: z.optional(z.unknown()),
    projectId: z.optional(z.nullable(projectIdSchema())),
    baseUrl: z.optional(z.string({ error: 'must be a URL string' })),
    allowInsecureHttp: z.optional(z.boolean()),
    timeout: z.optional(timeoutSchema()),
    totalTimeout: z.optional(timeoutSchema()),
    maxRetries: z.optional(maxRetriesSchema()),
    maxResponseBytes: z.optional(
      z.number().check(
        z.refine((value) => Number.isSafeInteger(value) && value >= 1024, {
          error: 'must be a whole number of bytes, at least 1024',
        }),
      ),
    ),
    fetch: z.optional(functionSchema<typeof globalThis.fetch>('a fetch function')),
    logLevel: z.optional(logLevelSchema()),
    logger: z.optional(
      z.custom<Logger>(
        (value) =>
          typeof value === 'object' &&
          value !== null &&
          ['debug', 'info', 'warn', 'error'].every(
            (m) => typeof (value as unknown as Record<string, unknown>)[m] === 'function',
          ),
        { error: 'must have debug, info, warn and error methods' },
      ),
    ),
    headers: z.optional(headersSchema()),
    rateLimit: z.optional(rateLimitSchema()),
    dangerouslyAllowBrowser: z.optional(z.boolean()),
    // Checked, and read, by setting-sources.ts before this schema runs.
    profile: z.optional(z.string()),
    userAgent: z.optional(
      z.string().check(
        z.refine((value) => value.length <= 256 && USER_AGENT_PRODUCTS.test(value), {
          error: 'must be RFC 9110 product tokens such as "my-tool/1.2" (at most 256 characters)',
        }),
      ),
    ),
  }),
);

/** Per-call options: the same bounds (and header rules) as the client's, plus a signal. */
export const requestOptionsSchema = lazy(() =>
  z.strictObject({
    signal: z.optional(
      z.custom<AbortSignal>((value) => value instanceof AbortSignal, {
        error: 'must be an AbortSignal',
      }),
    ),
    timeout: z.optional(timeoutSchema()),
    totalTimeout: z.optional(timeoutSchema()),
    maxRetries: z.optional(maxRetriesSchema()),
    projectId: z.optional(z.nullable(projectIdSchema())),
    idempotencyKey: z.optional(
      z.string().check(
        z.refine((value) => IDEMPOTENCY_KEY.test(value), {
          error: 'must be 1-255 visible ASCII characters',
        }),
      ),
    ),
    headers: z.optional(headersSchema()),
  }),
);
