/**
 * `storage.sync` as Chrome enforces it, for tests: the byte and item quotas checked the way
 * Chrome's SettingsStorageQuotaEnforcer does, the write-rate limits the way its QuotaService does
 * (token buckets refilled a minute and an hour after the first write of a window, on an injected
 * clock), the same error messages, and onChanged for real changes only. Firefox counts the same
 * bytes (its JSON never longer than Chrome's) and limits no write rate, so what Chrome accepts
 * here Firefox accepts too.
 */
import { itemBytes, SYNC_LIMITS } from '../../../utils/favorites-sync/sync-shards';

export type QuotaMessages = Record<
  'quotaBytes' | 'quotaBytesPerItem' | 'maxItems' | 'perMinute' | 'perHour',
  string
>;

/** Chrome's messages (extensions/browser/api/storage, quota_service.cc). */
export const CHROME_ERRORS: QuotaMessages = {
  quotaBytes: 'QUOTA_BYTES quota exceeded',
  quotaBytesPerItem: 'QUOTA_BYTES_PER_ITEM quota exceeded',
  maxItems: 'MAX_ITEMS quota exceeded',
  perMinute: 'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.',
  perHour: 'This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.',
};

/** How Chrome releases since 2025 spell the byte and item quotas (the same checks). */
export const CHROME_RESOURCE_ERRORS: QuotaMessages = {
  ...CHROME_ERRORS,
  quotaBytes: 'Resource::kQuotaBytes quota exceeded',
  quotaBytesPerItem: 'Resource::kQuotaBytesPerItem quota exceeded',
  maxItems: 'Resource::kMaxItems quota exceeded',
};

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}
export type ChangeListener = (changes: Record<string, StorageChange>, areaName: 'sync') => void;

export interface FakeSyncAreaOptions {
  /** The clock the write rates are counted on (ms). */
  now?: () => number;
  /** CHROME_ERRORS by default. */
  messages?: QuotaMessages;
}

/** One write call, as the log keeps it: what was asked, when, and the error if refused. */
export interface WriteRecord {
  op: 'set' | 'remove' | 'clear';
  keys: string[];
  at: number;
  error?: string;
}

interface RateWindow {
  size: number;
  length: number;
  tokens: number;
  endsAt: number;
  message: string;
}

export class FakeSyncArea {
  private readonly listeners = new Set<ChangeListener>();
  /** Calls with (changes, 'sync'): fits both `storage.sync.onChanged` and `storage.onChanged` listeners. */
  readonly onChanged = {
    addListener: (listener: ChangeListener) => void this.listeners.add(listener),
    removeListener: (listener: ChangeListener) => void this.listeners.delete(listener),
    hasListener: (listener: ChangeListener) => this.listeners.has(listener),
  };
  /** Every write call, refused ones included. */
  readonly writes: WriteRecord[] = [];
  private readonly store = new Map<string, unknown>();
  private readonly now: () => number;
  private readonly messages: QuotaMessages;
  private readonly rates: RateWindow[];

  constructor({ now = Date.now, messages = CHROME_ERRORS }: FakeSyncAreaOptions = {}) {
    this.now = now;
    this.messages = messages;
    // Chrome checks the minute first; a write refused by the hour has still spent a minute token.
    const window = (size: number, length: number, message: string): RateWindow => ({
      size,
      length,
      message,
      tokens: 0,
      endsAt: Number.NEGATIVE_INFINITY,
    });
    this.rates = [
      window(SYNC_LIMITS.writesPerMinute, 60_000, messages.perMinute),
      window(SYNC_LIMITS.writesPerHour, 3_600_000, messages.perHour),
    ];
  }

  async get(keys?: string | string[] | Record<string, unknown> | null): Promise<Record<string, unknown>> {
    const result: Record<string, unknown> = {};
    if (keys === null || keys === undefined) {
      for (const [key, value] of this.store) result[key] = clone(value);
      return result;
    }
    const defaults = typeof keys === 'object' && !Array.isArray(keys) ? keys : {};
    const wanted = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
    for (const key of wanted) {
      if (this.store.has(key)) result[key] = clone(this.store.get(key));
      else if (Object.hasOwn(defaults, key)) result[key] = defaults[key];
    }
    return result;
  }

  async getKeys(): Promise<string[]> {
    return [...this.store.keys()];
  }

  async getBytesInUse(keys?: string | string[] | null): Promise<number> {
    const wanted = keys === null || keys === undefined ? [...this.store.keys()] : [keys].flat();
    return wanted.reduce(
      (sum, key) => sum + (this.store.has(key) ? itemBytes(key, this.store.get(key)) : 0),
      0,
    );
  }

  async set(items: Record<string, unknown>): Promise<void> {
    // Chrome keeps the JSON of a value: undefined members vanish, and so does an undefined value.
    const values = Object.entries(items)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, clone(value)] as const);
    this.write('set', Object.keys(items), () => {
      const next = new Map(this.store);
      // Chrome checks each item in key order, then the total, then the count.
      for (const [key, value] of [...values].sort(([a], [b]) => (a < b ? -1 : 1))) {
        if (itemBytes(key, value) > SYNC_LIMITS.quotaBytesPerItem) return this.messages.quotaBytesPerItem;
        next.set(key, value);
      }
      let total = 0;
      for (const [key, value] of next) total += itemBytes(key, value);
      if (total > SYNC_LIMITS.quotaBytes) return this.messages.quotaBytes;
      if (next.size > SYNC_LIMITS.maxItems) return this.messages.maxItems;
      return this.apply(values, []);
    });
  }

  async remove(keys: string | string[]): Promise<void> {
    const list = [keys].flat();
    this.write('remove', list, () => this.apply([], list));
  }

  async clear(): Promise<void> {
    this.write('clear', [], () => this.apply([], [...this.store.keys()]));
  }

  /**
   * Another device's write arriving through the browser's sync: applied as it is (its own device
   * enforced the quotas), with onChanged, and without spending this device's write rate.
   */
  receive(changes: { set?: Record<string, unknown>; remove?: string[] }): void {
    const values = Object.entries(changes.set ?? {}).map(([key, value]) => [key, clone(value)] as const);
    this.apply(values, changes.remove ?? []);
  }

  /** What sync holds now (a copy). */
  items(): Record<string, unknown> {
    return Object.fromEntries([...this.store].map(([key, value]) => [key, clone(value)]));
  }

  /** Spends the write rate, then runs `change`, which returns Chrome's message to refuse. */
  private write(op: WriteRecord['op'], keys: string[], change: () => string | undefined): void {
    const at = this.now();
    const error = this.spendRate(at) ?? change();
    this.writes.push(error === undefined ? { op, keys, at } : { op, keys, at, error });
    if (error !== undefined) throw new Error(error);
  }

  private spendRate(at: number): string | undefined {
    for (const window of this.rates) {
      if (at > window.endsAt) {
        window.tokens = window.size;
        window.endsAt = at + window.length;
      }
      if (window.tokens === 0) return window.message;
      window.tokens--;
    }
    return undefined;
  }

  /** Stores the values and removes the keys; onChanged hears of the items that really changed. */
  private apply(values: readonly (readonly [string, unknown])[], removed: string[]): undefined {
    const changes: Record<string, StorageChange> = {};
    for (const [key, value] of values) {
      const old = this.store.get(key);
      if (this.store.has(key) && canonical(old) === canonical(value)) continue;
      changes[key] = this.store.has(key) ? { oldValue: old, newValue: value } : { newValue: value };
      this.store.set(key, value);
    }
    for (const key of removed) {
      if (!this.store.has(key)) continue;
      changes[key] = { oldValue: this.store.get(key) };
      this.store.delete(key);
    }
    // Like the browser's, the event comes after the call, never inside it.
    if (Object.keys(changes).length > 0)
      queueMicrotask(() => {
        for (const listener of [...this.listeners]) listener(structuredClone(changes), 'sync');
      });
    return undefined;
  }
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** JSON with every object's keys sorted: equal values give equal text, as Chrome compares them. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort())
      : v,
  );
}
