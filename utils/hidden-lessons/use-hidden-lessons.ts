/**
 * The hidden lessons as a page sees them: the mirror's ids from the first render, then the record
 * in storage.local and every change to it, made here or in another page (`storage.onChanged`).
 * A change shows at once and is undone if it cannot be written.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Slot } from '../first-frame/local-json';
import type { StorageArea } from '../rotation/rotation-store';
import {
  HIDDEN_KEY,
  type HiddenLessons,
  hideLesson,
  parseHidden,
  readHidden,
  readHiddenIds,
  showLessonAgain,
  withHidden,
  withoutHidden,
  writeHiddenMirror,
} from './hidden-store';

type ChangeListener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => void;

/** The part of `browser.storage` the hook uses (WXT's fake browser in tests). */
export interface HiddenStorage {
  local: StorageArea;
  onChanged: {
    addListener(listener: ChangeListener): void;
    removeListener(listener: ChangeListener): void;
  };
}

export interface HiddenLessonsState {
  ids: ReadonlySet<string>;
  /** Newest first; until the record is read, the mirror's ids without their dates. */
  lessons: HiddenLessons;
  /** Rejects (and the lesson shows again) if the change could not be written. */
  hide: (id: string) => Promise<void>;
  /** Rejects (and the lesson stays hidden) if the change could not be written. */
  showAgain: (id: string) => Promise<void>;
}

type Edit = (lessons: HiddenLessons) => HiddenLessons;

/**
 * `storage` loads the extension API when first needed (after the first paint on the new tab);
 * `slot` is the page's localStorage. Both are taken once: a page has one of each.
 */
export function useHiddenLessons(
  storage: () => Promise<HiddenStorage>,
  slot: Slot | undefined,
  now: () => number = Date.now,
): HiddenLessonsState {
  const env = useRef({ storage, slot, now });
  env.current.now = now;
  // What storage said last (`stored`), and this page's changes not yet written replayed over it.
  const [lessons, setLessons] = useState<HiddenLessons>(() => [...readHiddenIds(slot)].map((id) => ({ id })));
  const stored = useRef(lessons);
  const pending = useRef<Edit[]>([]);
  // How many changes storage has reported: a write's result is kept only if none came since.
  const heard = useRef(0);
  const show = useCallback(() => {
    setLessons(pending.current.reduce((list, edit) => edit(list), stored.current));
  }, []);
  const adopt = useCallback(
    (list: HiddenLessons) => {
      stored.current = list;
      heard.current++;
      show();
    },
    [show],
  );

  useEffect(() => {
    let live = true;
    let stop = () => {};
    void env.current.storage().then(async ({ local, onChanged }) => {
      if (!live) return;
      const listener: ChangeListener = (changes, areaName) => {
        if (areaName !== 'local' || !(HIDDEN_KEY in changes)) return;
        const list = parseHidden(changes[HIDDEN_KEY]?.newValue);
        if (list) adopt(list);
      };
      onChanged.addListener(listener);
      stop = () => onChanged.removeListener(listener);
      try {
        const list = await readHidden(local);
        if (!live) return;
        adopt(list);
        writeHiddenMirror(env.current.slot, list);
      } catch {
        // Unread: the page keeps the mirror's ids.
      }
    });
    return () => {
      live = false;
      stop();
    };
  }, [adopt]);

  const change = useCallback(
    async (edit: Edit, write: (area: StorageArea, slot: Slot | undefined) => Promise<HiddenLessons>) => {
      pending.current = [...pending.current, edit];
      show();
      const before = heard.current;
      try {
        const written = await write((await env.current.storage()).local, env.current.slot);
        // Storage reports our own write as a change too; if it has not yet, this is the latest.
        if (heard.current === before) stored.current = written;
      } finally {
        pending.current = pending.current.filter((other) => other !== edit);
        show();
      }
    },
    [show],
  );
  const hide = useCallback(
    (id: string) => {
      const at = env.current.now();
      return change(
        (list) => withHidden(list, id, at),
        (area, slot) => hideLesson(area, slot, id, at),
      );
    },
    [change],
  );
  const showAgain = useCallback(
    (id: string) =>
      change(
        (list) => withoutHidden(list, id),
        (area, slot) => showLessonAgain(area, slot, id),
      ),
    [change],
  );

  const ids = useMemo(() => new Set(lessons.map((lesson) => lesson.id)), [lessons]);
  return useMemo(() => ({ ids, lessons, hide, showAgain }), [ids, lessons, hide, showAgain]);
}
