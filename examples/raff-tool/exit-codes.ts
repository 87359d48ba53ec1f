/**
 * raff-tool's exit codes, one per kind of failure, so that a script can branch on `$?` without
 * parsing messages. Checked most specific first: a RaffBillingError is a permission error too.
 *
 * | code | meaning                                                         | SDK error                      |
 * |------|-----------------------------------------------------------------|--------------------------------|
 * | 0    | done                                                            |                                |
 * | 1    | an unexpected failure (a bug: please report it)                 | anything else                  |
 * | 2    | wrong usage: unknown command, missing argument                  | (raff-tool's own)              |
 * | 3    | invalid input or configuration, found before anything was sent  | RaffValidationError            |
 * | 4    | the key is missing, wrong, expired or revoked (401)             | RaffAuthenticationError        |
 * | 5    | the key may not do this (403), or billing blocks it (402, 403)  | RaffPermissionDeniedError, RaffPaymentRequiredError |
 * | 6    | no such resource (404)                                          | RaffNotFoundError              |
 * | 7    | the resource's state does not allow it (409)                    | RaffConflictError              |
 * | 8    | rate limited past the retries (429)                             | RaffRateLimitError             |
 * | 9    | a time limit ran out: a request, or `--wait`                    | RaffTimeoutError               |
 * | 10   | the API could not be reached                                    | RaffConnectionError            |
 * | 11   | `--wait` saw the resource fail (e.g. a VM in `failure`)         | RaffWaitFailedError            |
 * | 12   | any other answer of the API (400, 5xx, …)                       | RaffAPIError                   |
 */
import {
  RaffAPIError,
  RaffAuthenticationError,
  RaffConflictError,
  RaffConnectionError,
  RaffNotFoundError,
  RaffPaymentRequiredError,
  RaffPermissionDeniedError,
  RaffRateLimitError,
  RaffTimeoutError,
  RaffValidationError,
  RaffWaitFailedError,
} from '@raff/sdk';

/** The exit codes of raff-tool, by name. */
export const EXIT = {
  ok: 0,
  unexpected: 1,
  usage: 2,
  invalid: 3,
  authentication: 4,
  permission: 5,
  notFound: 6,
  conflict: 7,
  rateLimited: 8,
  timeout: 9,
  connection: 10,
  waitFailed: 11,
  api: 12,
} as const;

const BY_CLASS: ReadonlyArray<readonly [abstract new (...args: never[]) => Error, number]> = [
  [RaffValidationError, EXIT.invalid],
  [RaffAuthenticationError, EXIT.authentication],
  [RaffPermissionDeniedError, EXIT.permission],
  [RaffPaymentRequiredError, EXIT.permission],
  [RaffNotFoundError, EXIT.notFound],
  [RaffConflictError, EXIT.conflict],
  [RaffRateLimitError, EXIT.rateLimited],
  [RaffTimeoutError, EXIT.timeout],
  [RaffConnectionError, EXIT.connection],
  [RaffWaitFailedError, EXIT.waitFailed],
  [RaffAPIError, EXIT.api],
];

/** The exit code for an error that ended a command. */
export function exitCodeFor(error: unknown): number {
  for (const [type, code] of BY_CLASS) if (error instanceof type) return code;
  return EXIT.unexpected;
}
