/**
 * JSON values in localStorage (or a stand-in), for what a new tab must read synchronously.
 * Reading never throws (a missing, damaged or refused value reads as null) and writing never
 * throws (a full or disabled localStorage only costs the fast path).
 */
export type Slot = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

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
    // The caller's slower path covers it.
  }
}
