import type { RaffRequestInfo } from '../shared/errors.js';

const LOCKED = 'Functions stay locked until the account has been topped up once with at least $5';

/**
 * The operations whose documented 403 (openapi.json's `FunctionsNotActivated`) means Functions are
 * still locked, by `METHOD /path/template`, with what the error message then says. Raff sends that
 * refusal without a machine-readable `reason` and its wording is not documented, so the SDK
 * recognises it by the operation alone; a test holds this table to openapi.json.
 *
 * @internal
 */
export const FUNCTIONS_LOCK_NOTES: Readonly<Record<string, string>> = {
  'POST /api/v1/functions': LOCKED,
  'POST /api/v1/functions/{function_id}/deployments': LOCKED,
  'POST /api/v1/functions/import/lambda':
    "an AI rewrite needs an account that has been topped up once with at least $5; mode 'adapter' works without",
};

/**
 * What a 403 without a billing `reason` means on an operation that Raff locks before the
 * account's first top-up: the cause in words (and, when the call named a project, that the key
 * may not reach it, which answers 403 as well); `undefined` on every other operation.
 *
 * @internal
 */
export function functionsLockNote(request: RaffRequestInfo): string | undefined {
  const note = FUNCTIONS_LOCK_NOTES[`${request.method} ${request.path}`];
  if (note === undefined) return undefined;
  const reach =
    request.projectId === undefined
      ? ''
      : '; a 403 here can also mean that the key cannot reach the project';
  return `${note}${reach}`;
}
