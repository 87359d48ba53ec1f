import type { EmulatorFaults, FaultSpec } from '../types.js';

interface QueuedFault {
  readonly spec: FaultSpec;
  remaining: number;
}

function checkFault(fault: FaultSpec): void {
  const times = fault.times ?? 1;
  if (!(times === Number.POSITIVE_INFINITY || (Number.isInteger(times) && times >= 1))) {
    throw new RangeError('fault.times must be a whole number >= 1 (or Infinity)');
  }
  if (
    fault.status !== undefined &&
    !(Number.isInteger(fault.status) && fault.status >= 100 && fault.status <= 599)
  ) {
    throw new RangeError('fault.status must be an HTTP status between 100 and 599');
  }
  if (fault.delayMs !== undefined && !(Number.isFinite(fault.delayMs) && fault.delayMs >= 0)) {
    throw new RangeError('fault.delayMs must be a finite number >= 0');
  }
  if (fault.path !== undefined && !fault.path.startsWith('/')) {
    throw new RangeError('fault.path must start with "/"');
  }
}

/**
 * Queued faults, matched in the order they were injected against each incoming request.
 *
 * @internal
 */
export class FaultQueue implements EmulatorFaults {
  #faults: QueuedFault[] = [];

  /** Queues a fault; throws a RangeError for one that could never apply. */
  inject(fault: FaultSpec): void {
    checkFault(fault);
    this.#faults.push({ spec: { ...fault }, remaining: fault.times ?? 1 });
  }

  /** Removes every queued fault. */
  clear(): void {
    this.#faults = [];
  }

  /** The first fault matching the request, counted as used; `undefined` when none matches. */
  take(method: string, pathname: string, template: string | undefined): FaultSpec | undefined {
    const index = this.#faults.findIndex(
      ({ spec }) =>
        (spec.method === undefined || spec.method.toUpperCase() === method) &&
        (spec.path === undefined || spec.path === pathname || spec.path === template),
    );
    const fault = this.#faults[index];
    if (fault === undefined) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.#faults.splice(index, 1);
    return fault.spec;
  }
}
