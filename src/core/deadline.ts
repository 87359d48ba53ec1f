import { RaffTimeoutError } from '../shared/errors.js';
import { formatMs } from './failures.js';
import { CALLED_AS, type InternalRequestOptions, type RequestOptions } from './options.js';

/**
 * Per-call options for the requests of a method that makes several (`listAll`, `listExpiring`,
 * `apiKeys.create`, waiters): a per-call `totalTimeout` and `signal` bound the method as a whole,
 * not each request. Each request gets one signal that aborts when the caller's does or when the
 * method's time is up (then with a {@link RaffTimeoutError}, which the transport re-throws as
 * is), and what is left of the time as its own `totalTimeout`.
 */
export class MethodDeadline {
  readonly #options: InternalRequestOptions;
  readonly #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #endsAt: number | undefined;
  readonly #signal: AbortSignal | undefined;

  /**
   * Starts the clock of method `what` (e.g. `apiKeys.create`). Inside another composite method
   * (`apiKeys.current` inside `can`), the outer one keeps its name: errors say what the user called.
   */
  constructor(method: string, options: RequestOptions | undefined) {
    const what = (options as InternalRequestOptions | undefined)?.[CALLED_AS] ?? method;
    // Every request of the method names it as their operation, so errors say what the user called.
    this.#options = { ...options, [CALLED_AS]: what };
    const totalTimeout = options?.totalTimeout;
    if (typeof totalTimeout !== 'number' || !(totalTimeout > 0)) {
      this.#signal = options?.signal;
      return;
    }
    const controller = new AbortController();
    this.#endsAt = performance.now() + totalTimeout;
    this.#timer = setTimeout(() => {
      controller.abort(
        new RaffTimeoutError(`${what}: not done within totalTimeout (${formatMs(totalTimeout)})`, {
          attempts: 0,
          limit: 'totalTimeout',
          timeoutMs: totalTimeout,
          operation: what,
        }),
      );
    }, totalTimeout);
    // An abandoned iteration must not keep the process alive.
    (this.#timer as { unref?: () => void }).unref?.();
    const user = options?.signal;
    this.#signal = user ? AbortSignal.any([user, controller.signal]) : controller.signal;
  }

  /** The signal that ends the whole method, if there is one. */
  get signal(): AbortSignal | undefined {
    return this.#signal;
  }

  /** Options for the next request: the method's signal and what is left of its time. */
  options(overrides?: RequestOptions): RequestOptions {
    if (this.#endsAt === undefined) {
      return overrides === undefined ? this.#options : { ...this.#options, ...overrides };
    }
    this.#signal?.throwIfAborted();
    const left = Math.max(1, Math.floor(this.#endsAt - performance.now()));
    return { ...this.#options, ...overrides, signal: this.#signal, totalTimeout: left };
  }

  /** Stops the clock; call when the method settles. */
  done(): void {
    clearTimeout(this.#timer);
  }
}

/** Runs a composite method under one {@link MethodDeadline}. */
export async function withDeadline<T>(
  what: string,
  options: RequestOptions | undefined,
  run: (deadline: MethodDeadline) => Promise<T>,
): Promise<T> {
  const deadline = new MethodDeadline(what, options);
  try {
    return await run(deadline);
  } finally {
    deadline.done();
  }
}
