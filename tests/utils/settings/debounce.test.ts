import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from '../../../utils/settings/debounce';

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('turns a burst of changes into one call with the last value', () => {
    const save = vi.fn();
    const debounced = debounce(save, 500);
    for (let i = 0; i < 20; i++) {
      debounced(i);
      vi.advanceTimersByTime(100);
    }
    expect(save).not.toHaveBeenCalled();
    expect(debounced.pending()).toBe(true);
    vi.advanceTimersByTime(500);
    expect(save).toHaveBeenCalledExactlyOnceWith(19);
    expect(debounced.pending()).toBe(false);
  });

  it('makes separate calls for changes far apart', () => {
    const save = vi.fn();
    const debounced = debounce(save, 500);
    debounced('a');
    vi.advanceTimersByTime(600);
    debounced('b');
    vi.advanceTimersByTime(600);
    expect(save.mock.calls).toEqual([['a'], ['b']]);
  });

  it('flushes a pending call at once, and only once', () => {
    const save = vi.fn();
    const debounced = debounce(save, 500);
    debounced('x');
    debounced.flush();
    debounced.flush();
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledExactlyOnceWith('x');
  });

  it('with leading, calls at once for the first change and once more for the rest of the burst', () => {
    const save = vi.fn();
    const debounced = debounce(save, 500, { leading: true });
    for (let i = 0; i < 20; i++) {
      debounced(i);
      vi.advanceTimersByTime(100);
    }
    expect(save.mock.calls).toEqual([[0]]);
    vi.advanceTimersByTime(500);
    expect(save.mock.calls).toEqual([[0], [19]]);
    // A single change later is sent at once again, and only once.
    debounced(20);
    vi.advanceTimersByTime(1000);
    expect(save.mock.calls).toEqual([[0], [19], [20]]);
  });
});
