export interface Timers {
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

export interface Debounced<T> {
  (value: T): void;
  /** Runs a pending call now (e.g. when the page is hidden). */
  flush: () => void;
  /** Whether a call is waiting to run. */
  pending: () => boolean;
}

/**
 * Calls `fn` with the first value of a burst at once (`leading`), then once more with the latest
 * after `ms` of quiet, if there were more: a burst of changes is at most two calls. Without
 * `leading`, only the latest, after the quiet.
 */
export function debounce<T>(
  fn: (value: T) => void,
  ms: number,
  { leading = false }: { leading?: boolean } = {},
  timers: Timers = {
    setTimeout: (cb, delay) => setTimeout(cb, delay),
    clearTimeout: (h) => clearTimeout(h as number),
  },
): Debounced<T> {
  let handle: unknown;
  let pending: { value: T } | undefined;
  const run = () => {
    if (!pending) return;
    const { value } = pending;
    pending = undefined;
    fn(value);
  };
  const debounced = (value: T) => {
    if (leading && handle === undefined) {
      fn(value);
      handle = timers.setTimeout(() => {
        handle = undefined;
        run();
      }, ms);
      return;
    }
    pending = { value };
    if (handle !== undefined) timers.clearTimeout(handle);
    handle = timers.setTimeout(() => {
      handle = undefined;
      run();
    }, ms);
  };
  debounced.flush = () => {
    if (handle !== undefined) timers.clearTimeout(handle);
    handle = undefined;
    run();
  };
  debounced.pending = () => pending !== undefined;
  return debounced;
}
