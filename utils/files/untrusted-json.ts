/** Keys that could reach an object's prototype if this data were ever merged into one. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class ForbiddenKey extends Error {
  constructor(readonly key: string) {
    super(`forbidden key "${key}"`);
  }
}

/**
 * JSON from a file the user chose: parsed, or why not. A prototype-reaching key anywhere refuses
 * the whole file, and a byte order mark (some editors write one) is ignored.
 */
export function parseUntrustedJson(
  text: string,
): { data: unknown } | { forbidden: string } | { invalid: true } {
  try {
    return {
      data: JSON.parse(text.replace(/^\uFEFF/, ''), (key, value) => {
        if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey(key);
        return value;
      }),
    };
  } catch (error) {
    return error instanceof ForbiddenKey ? { forbidden: error.key } : { invalid: true };
  }
}
