/**
 * JSON in localStorage, what a new tab reads synchronously before its first frame. Nothing here
 * throws: a localStorage that is missing, refuses access (Firefox throws on `localStorage` itself
 * when site data is blocked), is full or holds damaged JSON reads as null and takes no write.
 */
export type Slot = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The page's localStorage, or undefined where touching it throws. */
export function localSlot(scope: { localStorage?: Storage } = globalThis): Slot | undefined {
  try {
    return scope.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** A slot of the page's own, for when localStorage is unavailable: nothing outlives the page. */
export function memorySlot(): Slot {
  const data = new Map<string, string>();
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

/** Whether a slot answers at all (a blocked one throws on every call). */
export function answers(slot: Slot | undefined): boolean {
  try {
    slot?.getItem('lesson-tab:settings');
    return slot !== undefined;
  } catch {
    return false;
  }
}

export function readJson(slot: Slot | undefined, key: string): unknown {
  try {
    return JSON.parse(slot?.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

export function writeJson(slot: Slot | undefined, key: string, value: unknown): void {
  try {
    slot?.setItem(key, JSON.stringify(value));
  } catch {
    // Full or refused: readers fall back as if it were missing.
  }
}

export function removeKeys(slot: Slot | undefined, keys: readonly string[]): void {
  try {
    for (const key of keys) slot?.removeItem(key);
  } catch {
    // Left behind: harmless.
  }
}
