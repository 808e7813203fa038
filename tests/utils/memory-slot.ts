import type { Slot } from '../../utils/next-lesson';

/** An in-memory stand-in for localStorage, with its contents visible to the test. */
export function memory(): Slot & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}
