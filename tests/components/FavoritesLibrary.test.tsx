import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { FavoriteButton } from '../../components/FavoriteButton';
import { FavoritesLibrary, type FavoritesLibraryProps } from '../../components/FavoritesLibrary';
import { NoteField, type NoteFieldProps } from '../../components/NoteField';
import { MESSAGES_FR } from '../../data/messages-fr';
import type { FavoriteNotes } from '../../utils/favorites/use-note-editor';
import { I18nContext, i18nFor } from '../../utils/i18n/i18n-context';
import { sampleFavorite } from '../utils/favorites/favorites-test-kit';

const props = (overrides: Partial<FavoritesLibraryProps> = {}): FavoritesLibraryProps => ({
  favorites: [sampleFavorite('older', 1), sampleFavorite('newer', 2)].reverse(),
  onRemove: vi.fn(),
  onExport: vi.fn(),
  onImport: vi.fn(),
  ...overrides,
});

describe('FavoritesLibrary', () => {
  it('explains how to favorite when empty', () => {
    render(<FavoritesLibrary {...props({ favorites: [] })} />);
    expect(screen.getByText(/No favorites yet/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export JSON' }).hasAttribute('disabled')).toBe(true);
  });

  it('filters by any text as you type', () => {
    render(<FavoritesLibrary {...props()} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    fireEvent.input(screen.getByLabelText('Search favorites'), { target: { value: 'NEWER' } });
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    fireEvent.input(screen.getByLabelText('Search favorites'), { target: { value: 'nothing like this' } });
    expect(screen.getByText(/No favorite matches/)).toBeTruthy();
  });

  it('removes and shows by buttons named after the card', () => {
    const onRemove = vi.fn();
    const onShow = vi.fn();
    render(<FavoritesLibrary {...props({ onRemove, onShow })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove “Title of newer”' }));
    expect(onRemove).toHaveBeenCalledWith(sampleFavorite('newer', 2));
    fireEvent.click(screen.getByRole('button', { name: 'Show “Title of older”' }));
    expect(onShow).toHaveBeenCalledWith('older');
  });

  it('renders text from a file as text, never as markup', () => {
    const favorite = sampleFavorite('x');
    favorite.snapshot.title = '<img src=x onerror=alert(1)>';
    const { container } = render(<FavoritesLibrary {...props({ favorites: [favorite] })} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });

  it('is read-only with the reason when favorites are off', () => {
    render(<FavoritesLibrary {...props({ unavailable: 'Favorites are off: reason.' })} />);
    expect(screen.getByText('Favorites are off: reason.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull();
  });
});

describe('FavoritesLibrary notes', () => {
  const withNote = { ...sampleFavorite('newer', 2), note: 'Tried it on Monday.\nIt worked.', noteAt: 3 };
  const notes = (overrides: Partial<FavoriteNotes> = {}): FavoriteNotes => ({
    open: vi.fn(),
    close: vi.fn(),
    editor: { value: withNote.note, status: 'idle', onInput: vi.fn(), flush: vi.fn() },
    ...overrides,
  });

  it('shows a favorite’s note, with buttons to add or edit one named after the card', () => {
    const open = vi.fn();
    render(
      <FavoritesLibrary
        {...props({ favorites: [withNote, sampleFavorite('older', 1)], notes: notes({ open }) })}
      />,
    );
    expect(screen.getByText(/Tried it on Monday/).textContent).toBe(
      'Your note: Tried it on Monday.\nIt worked.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Edit note for “Title of newer”', expanded: false }));
    expect(open).toHaveBeenCalledWith('newer');
    fireEvent.click(screen.getByRole('button', { name: 'Add a note to “Title of older”' }));
    expect(open).toHaveBeenCalledWith('older');
    expect(screen.queryByRole('textbox', { name: 'Your note' })).toBeNull();
  });

  it('shows the open note’s field in place of the note, focused, and Done closes it', () => {
    const onInput = vi.fn();
    const flush = vi.fn();
    const close = vi.fn();
    const editing = notes({
      editingId: 'newer',
      close,
      editor: { value: withNote.note, status: 'saved', onInput, flush },
    });
    render(<FavoritesLibrary {...props({ favorites: [withNote], notes: editing })} />);
    const field = screen.getByRole('textbox', { name: 'Your note' }) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(field);
    expect(field.value).toBe(withNote.note);
    expect(screen.queryByText(/^Your note:/)).toBeNull();
    expect(document.getElementById(`${field.id}-status`)?.getAttribute('role')).toBe('status');
    expect(document.getElementById(`${field.id}-status`)?.textContent).toBe('Saved');
    fireEvent.input(field, { target: { value: 'Changed' } });
    expect(onInput).toHaveBeenCalledWith('Changed');
    fireEvent.blur(field);
    expect(flush).toHaveBeenCalled();
    const done = screen.getByRole('button', {
      name: 'Done with the note for “Title of newer”',
      expanded: true,
    });
    expect(done.getAttribute('aria-controls')).toBe(field.id);
    fireEvent.click(done);
    expect(close).toHaveBeenCalled();
  });

  it('keeps the note being written in view when it no longer matches the search', () => {
    const favorites = [withNote, sampleFavorite('older', 1)];
    const { rerender } = render(<FavoritesLibrary {...props({ favorites, notes: notes() })} />);
    fireEvent.input(screen.getByLabelText('Search favorites'), { target: { value: 'monday' } });
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    rerender(
      <FavoritesLibrary
        {...props({
          favorites: [{ ...withNote, note: 'Tuesday' }, sampleFavorite('older', 1)],
          notes: notes({ editingId: 'newer' }),
        })}
      />,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: 'Your note' })).toBeTruthy();
  });

  it('has no note buttons where notes cannot be written', () => {
    render(<FavoritesLibrary {...props({ favorites: [withNote] })} />);
    expect(screen.getByText(/Tried it on Monday/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /note/ })).toBeNull();
    render(<FavoritesLibrary {...props({ favorites: [withNote], notes: notes(), unavailable: 'Off.' })} />);
    expect(screen.queryByRole('button', { name: /note/ })).toBeNull();
  });
});

describe('NoteField', () => {
  const field = (overrides: Partial<NoteFieldProps> = {}): NoteFieldProps => ({
    id: 'note',
    value: 'Twelve chars',
    status: 'idle',
    onInput: vi.fn(),
    onBlur: vi.fn(),
    ...overrides,
  });

  it('is a labelled field of at most 1,000 characters, with a counter and a polite status line', () => {
    render(<NoteField {...field()} />);
    const textarea = screen.getByRole('textbox', { name: 'Your note' });
    expect(textarea.getAttribute('maxlength')).toBe('1000');
    expect(textarea.getAttribute('aria-describedby')).toBe('note-count');
    expect(document.getElementById('note-count')?.textContent).toBe('12 / 1,00012 of 1,000 characters');
    expect(screen.getByText('12 / 1,000').getAttribute('aria-hidden')).toBe('true');
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    expect(document.activeElement).not.toBe(textarea);
  });

  it.each<[NoteFieldProps['status'], NoteFieldProps['error'], string]>([
    ['saving', undefined, 'Saving…'],
    ['saved', undefined, 'Saved'],
    [
      'failed',
      'favoritesQuota',
      'Could not save your note: the browser is out of storage space for Lesson Tab.',
    ],
    [
      'failed',
      'noteFavoriteGone',
      'Could not save your note: this lesson is no longer one of your favorites.',
    ],
    [
      'failed',
      'favoritesWriteFailed',
      'Could not save your note: it is still here; type on, or leave the field, to try again.',
    ],
    [
      'failed',
      undefined,
      'Could not save your note: it is still here; type on, or leave the field, to try again.',
    ],
  ])('says %s (%s)', (status, error, text) => {
    render(<NoteField {...field({ status, error })} />);
    expect(screen.getByRole('status').textContent).toBe(text);
  });

  it('shows "Saving…" without announcing it, so a pause in typing is not read out', () => {
    render(<NoteField {...field({ status: 'saving' })} />);
    expect(screen.getByText('Saving…').getAttribute('aria-hidden')).toBe('true');
    render(<NoteField {...field({ id: 'other', status: 'saved' })} />);
    expect(screen.getByText('Saved').getAttribute('aria-hidden')).toBeNull();
  });

  it('focuses itself when asked, the caret after the note', () => {
    render(<NoteField {...field({ autoFocus: true })} />);
    const textarea = screen.getByRole('textbox') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(textarea);
    expect(textarea.selectionStart).toBe(12);
  });

  it('counts in French the French way', () => {
    render(
      <I18nContext.Provider value={i18nFor({ lang: 'fr', messages: MESSAGES_FR })}>
        <NoteField {...field({ value: 'x'.repeat(1000), status: 'saved' })} />
      </I18nContext.Provider>,
    );
    expect(screen.getByRole('textbox', { name: 'Votre note' })).toBeTruthy();
    // Grouped with a narrow no-break space, as French sets numbers.
    expect(document.querySelector('#note-count [aria-hidden]')?.textContent).toBe('1\u202f000 / 1\u202f000');
    expect(screen.getByRole('status').textContent).toBe('Enregistrée');
  });
});

describe('FavoriteButton', () => {
  it('is a toggle named Favorite', () => {
    const onToggle = vi.fn();
    render(<FavoriteButton pressed={true} onToggle={onToggle} />);
    const button = screen.getByRole('button', { name: 'Favorite', pressed: true });
    fireEvent.click(button);
    expect(onToggle).toHaveBeenCalledOnce();
  });

  it('explains instead of toggling when favorites are off', () => {
    const onToggle = vi.fn();
    render(<FavoriteButton pressed={false} unavailable="Favorites are off." onToggle={onToggle} />);
    fireEvent.click(screen.getByRole('button', { name: 'Favorite' }));
    expect(onToggle).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Favorite' }).title).toBe('Favorites are off.');
  });
});
