import type { EmulatorState } from './account.js';
import { forbidden, HttpError } from './errors.js';

const REFUSALS = {
  banned: 'This account is banned; contact Raff support',
  failed: 'The last payment failed; update the payment method to create billed resources',
  no_billing_customer: 'The account has no billing set up; add a payment method first',
} as const;

/**
 * Throws the answer Raff gives to a billed create when billing is not in good standing: 403
 * with `reason`, or 402 when the balance cannot cover it.
 *
 * @internal
 */
export function requireBilling(state: EmulatorState): void {
  if (state.billing === 'ok') return;
  if (state.billing === 'insufficient_funds') {
    throw new HttpError(402, 'The account balance cannot cover this resource; top up and retry');
  }
  throw forbidden(REFUSALS[state.billing], { reason: state.billing });
}
