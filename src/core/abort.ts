// The caller's AbortSignal may be shared by any number of calls (one per request, per worker, per
// process). Node warns once more than 10 listeners sit on one signal, and every listener left on a
// long-lived signal is a leak. So the SDK never listens on the caller's signal itself: it listens
// on a follower made with AbortSignal.any, which adds no listener to its sources.

/**
 * A signal of the SDK's own that aborts when `signal` does, with the same reason. Listeners go on
 * it, never on `signal`; give it, not the caller's signal, to code that listens (ky, fetch).
 */
export function follow(signal: AbortSignal): AbortSignal {
  return AbortSignal.any([signal]);
}

/**
 * Calls `onAbort` with the reason once `signal` aborts, listening on a follower of it (see
 * {@link follow}), never on `signal` itself. Returns the function that stops listening: call it
 * when done, or the follower stays registered as long as `signal` lives.
 */
export function whenAborted(signal: AbortSignal, onAbort: (reason: unknown) => void): () => void {
  const follower = follow(signal);
  const listener = () => onAbort(follower.reason);
  follower.addEventListener('abort', listener, { once: true });
  return () => follower.removeEventListener('abort', listener);
}

/**
 * `promise`, or the signal's reason as soon as it aborts. Node 20's fetch does not always fail a
 * read that is already waiting when its signal aborts, and a custom fetch may ignore the signal:
 * racing keeps every time limit and abort in force regardless.
 *
 * `signal` must be one the SDK made for this call (an attempt's signal, a follower): the race
 * listens on it directly, which costs no `AbortSignal.any` on every attempt and every chunk read.
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
