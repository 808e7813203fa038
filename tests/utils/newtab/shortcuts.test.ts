import { describe, expect, it } from 'vitest';
import { type KeyLike, shortcutFor } from '../../../utils/newtab/shortcuts';

const key = (k: string, extra: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  target: { tagName: 'BODY' },
  ...extra,
});

describe('shortcutFor', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowLeft', 'previous'],
    ['f', 'favorite'],
    ['F', 'favorite'],
    ['c', 'copy'],
    ['?', 'help'],
    ['n', 'note'],
    ['H', 'hide'],
    ['ArrowUp', undefined],
    ['a', undefined],
  ])('%s → %s', (k, action) => {
    expect(shortcutFor(key(k))).toBe(action);
  });

  it.each([{ altKey: true }, { ctrlKey: true }, { metaKey: true }])(
    'leaves browser shortcuts alone (%j)',
    (mods) => {
      expect(shortcutFor(key('ArrowRight', mods))).toBeUndefined();
    },
  );

  it.each(['INPUT', 'TEXTAREA', 'SELECT'])('never fires while typing in %s', (tagName) => {
    for (const k of ['ArrowLeft', 'ArrowRight', 'f', 'c', '?']) {
      expect(shortcutFor(key(k, { target: { tagName } }))).toBeUndefined();
    }
  });

  it('never fires in editable content', () => {
    expect(
      shortcutFor(key('ArrowLeft', { target: { tagName: 'DIV', isContentEditable: true } })),
    ).toBeUndefined();
  });
});
