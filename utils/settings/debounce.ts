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

/** Calls `fn` once with the latest value after `ms` of quiet: a burst of changes is one call. */
export function debounce<T>(
  fn: (value: T) => void,
  ms: number,
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
