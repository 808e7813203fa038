import type { Slot } from '../../../utils/first-frame/local-json';

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

/** A localStorage that throws on every call, as a blocked one does. */
export function broken(): Slot {
  const refuse = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return { getItem: refuse, setItem: refuse, removeItem: refuse };
}
