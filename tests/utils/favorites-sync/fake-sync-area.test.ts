import { describe, expect, it } from 'vitest';
import { itemBytes, SYNC_LIMITS } from '../../../utils/favorites-sync/sync-shards';
import { CHROME_ERRORS, CHROME_RESOURCE_ERRORS, type ChangeListener, FakeSyncArea } from './fake-sync-area';

const MINUTE = 60_000;

/** A fake on a clock the test moves. */
function fakeArea(options: { messages?: typeof CHROME_ERRORS } = {}) {
  const clock = { now: 0 };
  const area = new FakeSyncArea({ now: () => clock.now, ...options });
  return { area, clock };
}

/** A value whose item `key` costs exactly `bytes`. */
const sized = (key: string, bytes: number) => 'x'.repeat(bytes - key.length - 2);

describe('FakeSyncArea', () => {
  it('stores, reads, removes and counts bytes as Chrome does', async () => {
    const { area } = fakeArea();
    await area.set({ a: { v: 1 }, b: 'é', c: undefined });
    expect(await area.get()).toEqual({ a: { v: 1 }, b: 'é' });
    expect(await area.get('a')).toEqual({ a: { v: 1 } });
    expect(await area.get(['b', 'z'])).toEqual({ b: 'é' });
    expect(await area.get({ b: 'default', z: 'default' })).toEqual({ b: 'é', z: 'default' });
    expect(await area.getBytesInUse('b')).toBe(1 + 4);
    expect(await area.getBytesInUse(null)).toBe(itemBytes('a', { v: 1 }) + 5);
    await area.remove(['a', 'nothing']);
    expect(await area.getKeys()).toEqual(['b']);
    await area.clear();
    expect(await area.get(null)).toEqual({});
  });

  it('hands out copies: changing what get returned changes nothing stored', async () => {
    const { area } = fakeArea();
    const value = { list: [1] };
    await area.set({ a: value });
    value.list.push(2);
    const read = (await area.get('a')).a as { list: number[] };
    read.list.push(3);
    expect(area.items()).toEqual({ a: { list: [1] } });
  });

  it('tells listeners of real changes only, after the call', async () => {
    const { area } = fakeArea();
    const heard: unknown[] = [];
    const listener: ChangeListener = (changes, areaName) => heard.push([changes, areaName]);
    area.onChanged.addListener(listener);
    const writing = area.set({ a: 1, b: { x: 1, y: 2 } });
    expect(heard).toEqual([]);
    await writing;
    expect(heard).toEqual([[{ a: { newValue: 1 }, b: { newValue: { x: 1, y: 2 } } }, 'sync']]);
    await area.set({ a: 1, b: { y: 2, x: 1 } });
    await area.set({ a: 2 });
    await area.remove(['b', 'missing']);
    expect(heard.slice(1)).toEqual([
      [{ a: { oldValue: 1, newValue: 2 } }, 'sync'],
      [{ b: { oldValue: { x: 1, y: 2 } } }, 'sync'],
    ]);
    area.onChanged.removeListener(listener);
    expect(area.onChanged.hasListener(listener)).toBe(false);
  });

  it('applies another device’s write with onChanged, without spending this device’s writes', async () => {
    const { area } = fakeArea();
    const heard: unknown[] = [];
    area.onChanged.addListener((changes) => heard.push(changes));
    area.receive({ set: { 'favorites:1': { v: 1, e: {} } } });
    await Promise.resolve();
    expect(heard).toEqual([{ 'favorites:1': { newValue: { v: 1, e: {} } } }]);
    expect(area.writes).toEqual([]);
  });

  describe('quotas', () => {
    it(`refuses an item over ${SYNC_LIMITS.quotaBytesPerItem} bytes: ${CHROME_ERRORS.quotaBytesPerItem}`, async () => {
      const { area } = fakeArea();
      await area.set({ k: sized('k', SYNC_LIMITS.quotaBytesPerItem) });
      await expect(area.set({ k: sized('k', SYNC_LIMITS.quotaBytesPerItem + 1), other: 1 })).rejects.toThrow(
        new Error(CHROME_ERRORS.quotaBytesPerItem),
      );
      expect(await area.getBytesInUse()).toBe(SYNC_LIMITS.quotaBytesPerItem);
      expect(await area.get('other')).toEqual({});
    });

    it(`refuses to hold more than ${SYNC_LIMITS.quotaBytes} bytes: ${CHROME_ERRORS.quotaBytes}`, async () => {
      const { area } = fakeArea();
      const items: Record<string, string> = {};
      for (let i = 0; i < 12; i++) items[`k${i}`.padEnd(3, '_')] = sized('k00', 8_192);
      items.end = sized('end', SYNC_LIMITS.quotaBytes - 12 * 8_192);
      await area.set(items);
      expect(await area.getBytesInUse()).toBe(SYNC_LIMITS.quotaBytes);
      await expect(area.set({ one: 1 })).rejects.toThrow(CHROME_ERRORS.quotaBytes);
      // Replacing an item counts its new size, not both.
      await area.set({ end: sized('end', SYNC_LIMITS.quotaBytes - 12 * 8_192) });
    });

    it(`refuses more than ${SYNC_LIMITS.maxItems} items: ${CHROME_ERRORS.maxItems}`, async () => {
      const { area } = fakeArea();
      await area.set(
        Object.fromEntries(Array.from({ length: SYNC_LIMITS.maxItems }, (_, i) => [`k${i}`, 0])),
      );
      await expect(area.set({ more: 0 })).rejects.toThrow(CHROME_ERRORS.maxItems);
      await area.set({ k0: 1 });
    });

    it('speaks as newer Chrome releases do when asked', async () => {
      const { area } = fakeArea({ messages: CHROME_RESOURCE_ERRORS });
      await expect(area.set({ k: sized('k', 9_000) })).rejects.toThrow(
        'Resource::kQuotaBytesPerItem quota exceeded',
      );
    });
  });

  describe('write rates', () => {
    it(`refuses the ${SYNC_LIMITS.writesPerMinute + 1}st write of a minute: ${CHROME_ERRORS.perMinute}`, async () => {
      const { area, clock } = fakeArea();
      for (let i = 0; i < SYNC_LIMITS.writesPerMinute; i++) {
        clock.now = i * 100;
        await (i % 2 ? area.set({ a: i }) : area.remove('a'));
      }
      await expect(area.set({ a: 'late' })).rejects.toThrow(new Error(CHROME_ERRORS.perMinute));
      await expect(area.clear()).rejects.toThrow(CHROME_ERRORS.perMinute);
      expect(area.items()).toEqual({ a: SYNC_LIMITS.writesPerMinute - 1 });
      // The minute runs from the first write of the window.
      clock.now = MINUTE;
      await expect(area.set({ a: 'still' })).rejects.toThrow(CHROME_ERRORS.perMinute);
      clock.now = MINUTE + 1;
      await area.set({ a: 'next minute' });
      expect(area.writes.filter((write) => write.error).length).toBe(3);
    });

    it(`refuses the ${SYNC_LIMITS.writesPerHour + 1}st write of an hour: ${CHROME_ERRORS.perHour}`, async () => {
      const { area, clock } = fakeArea();
      // 100 a minute stays under the minute's limit; 18 minutes of it spend the hour.
      for (let i = 0; i < SYNC_LIMITS.writesPerHour; i++) {
        clock.now = Math.floor(i / 100) * (MINUTE + 1) + (i % 100);
        await area.set({ n: i });
      }
      clock.now = 19 * (MINUTE + 1);
      await expect(area.set({ n: 'more' })).rejects.toThrow(new Error(CHROME_ERRORS.perHour));
      clock.now = 60 * MINUTE + 1;
      await area.set({ n: 'next hour' });
    });

    it('counts a write refused for its size against the rate, as Chrome does', async () => {
      const { area } = fakeArea();
      for (let i = 0; i < SYNC_LIMITS.writesPerMinute; i++) {
        await expect(area.set({ k: sized('k', 9_000) })).rejects.toThrow(CHROME_ERRORS.quotaBytesPerItem);
      }
      await expect(area.set({ k: 1 })).rejects.toThrow(CHROME_ERRORS.perMinute);
    });
  });
});
