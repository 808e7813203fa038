/**
 * Editing a favorite's note: saved as it is typed (after a pause, and at once when the field is
 * left, the page hidden or the editor gone), one write at a time, with what the last one did.
 * While the user types, the field is theirs; otherwise it follows the stored note, so a change
 * made on another page shows here.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../../data/messages-en';
import { FavoritesError } from './favorites-errors';
import type { FavoritesStore } from './favorites-store';

export type NoteStatus = 'idle' | 'saving' | 'saved' | 'failed';

/** A pause this long in typing saves the note. */
export const NOTE_SAVE_DELAY_MS = 500;

/** What the editor needs of the favorites store. */
export type NoteStore = Pick<FavoritesStore, 'getState' | 'subscribe' | 'setNote'>;

export interface NoteEditor {
  value: string;
  onInput: (text: string) => void;
  /** Saves now what is typed, and lets the field follow the stored note again (on blur). */
  flush: () => void;
  status: NoteStatus;
  /** Why the last save failed (status 'failed'): a message key for NoteField's `error`. */
  error?: MessageKey;
}

type Shown = Pick<NoteEditor, 'value' | 'status' | 'error'>;

/** One favorite's note being edited, outside Preact: the hook below renders what it shows. */
function noteDraft(store: NoteStore, lessonId: string | undefined, now: () => number) {
  const stored = () => store.getState().favorites.find((f) => f.lessonId === lessonId)?.note ?? '';
  let shown: Shown = { value: stored(), status: 'idle' };
  let changed: (() => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Typed text no write has taken yet. */
  let unsaved = false;
  let writing = false;
  /** Typed since the field was last left. */
  let editing = false;

  const show = (next: Partial<Shown>) => {
    shown = { ...shown, ...next };
    changed?.();
  };
  const follow = () => {
    if (editing || unsaved || writing) return;
    const note = stored();
    if (note !== shown.value) show({ value: note });
  };
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!unsaved || writing || lessonId === undefined) return;
    unsaved = false;
    writing = true;
    if (shown.status !== 'saving') show({ status: 'saving', error: undefined });
    const settled = (failure?: MessageKey) => {
      writing = false;
      // Typed meanwhile: its own write follows (now, if the field was left; else after the pause).
      if (unsaved) return timer === undefined ? save() : undefined;
      if (failure === undefined) {
        show({ status: 'saved' });
        return follow();
      }
      // The words stay on screen, and are tried again on the next input or when the field is left.
      unsaved = true;
      show({ status: 'failed', error: failure });
    };
    store.setNote(lessonId, shown.value, now()).then(
      () => settled(),
      (error: unknown) => settled(error instanceof FavoritesError ? error.key : 'favoritesWriteFailed'),
    );
  };

  return {
    get: () => shown,
    input(text: string) {
      if (lessonId === undefined) return;
      editing = true;
      unsaved = true;
      show({ value: text, status: 'saving', error: undefined });
      clearTimeout(timer);
      timer = setTimeout(save, NOTE_SAVE_DELAY_MS);
    },
    flush() {
      editing = false;
      if (unsaved) save();
      else follow();
    },
    /** Shows changes through `onChange` until stopped; stopping saves what is left. */
    start(onChange: () => void) {
      changed = onChange;
      const unsubscribe = store.subscribe(follow);
      follow();
      return () => {
        unsubscribe();
        changed = undefined;
        if (unsaved) save();
      };
    },
  };
}

/**
 * The note of favorite `lessonId` (none: nothing to edit) for a NoteField. The store reports
 * failures and tells other pages; this keeps what the user typed until it is stored.
 */
export function useNoteEditor(
  store: NoteStore,
  lessonId: string | undefined,
  now: () => number = Date.now,
): NoteEditor {
  // The clock may be a new function at each render; the draft asks the latest one.
  const clock = useRef(now);
  clock.current = now;
  const draft = useMemo(() => noteDraft(store, lessonId, () => clock.current()), [store, lessonId]);
  const [, rerender] = useState(0);
  useEffect(() => {
    const stop = draft.start(() => rerender((n) => n + 1));
    // A tab closed while the pause runs still saves what was typed.
    window.addEventListener('pagehide', draft.flush);
    return () => {
      window.removeEventListener('pagehide', draft.flush);
      stop();
    };
  }, [draft]);
  return { ...draft.get(), onInput: draft.input, flush: draft.flush };
}

export interface FavoriteNotes {
  /** The favorite whose note is open for editing, if any. */
  editingId?: string;
  open: (lessonId: string) => void;
  /** Saves what is typed and closes the note. */
  close: () => void;
  editor: NoteEditor;
}

/** The favorites library's notes: one open at a time, so the list needs one editor. */
export function useFavoriteNotes(store: NoteStore, now: () => number = Date.now): FavoriteNotes {
  const [editingId, setEditingId] = useState<string>();
  const editor = useNoteEditor(store, editingId, now);
  return {
    editingId,
    open: setEditingId,
    close: () => {
      editor.flush();
      setEditingId(undefined);
    },
    editor,
  };
}
