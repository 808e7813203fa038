import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { HiddenLessons } from '../../components/HiddenLessons';
import type { HiddenItem } from '../../utils/hidden-lessons/hidden-list';

const items: HiddenItem[] = [
  { id: 'a', title: 'First', lang: 'en' },
  { id: 'b', title: 'Second', lang: 'en' },
  { id: 'c', title: 'Third', lang: 'en' },
];

/** The list as the options page keeps it: a lesson shown again leaves it at once. */
function Page({ initial, fail = false }: { initial: HiddenItem[]; fail?: boolean }) {
  const [lessons, setLessons] = useState(initial);
  const onShowAgain = async (id: string) => {
    setLessons((list) => list.filter((lesson) => lesson.id !== id));
    if (fail) {
      setLessons(initial);
      throw new Error('storage is broken');
    }
  };
  return <HiddenLessons lessons={lessons} onShowAgain={onShowAgain} />;
}

describe('HiddenLessons', () => {
  it('says when nothing is hidden', () => {
    render(<HiddenLessons lessons={[]} onShowAgain={vi.fn()} />);
    expect(screen.getByText(/No hidden lessons/)).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('lists each lesson by its title, with a button named after it', () => {
    const onShowAgain = vi.fn(async () => {});
    render(<HiddenLessons lessons={items} onShowAgain={onShowAgain} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Show “Second” again' }));
    expect(onShowAgain).toHaveBeenCalledWith('b');
  });

  it('says so politely and moves focus to the lesson now in its place, then to the empty text', async () => {
    render(<Page initial={items} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show “Second” again' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('“Second” will be shown again.'));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Show “Third” again' }));
    // The last one: focus goes to the one before it.
    fireEvent.click(screen.getByRole('button', { name: 'Show “Third” again' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Show “First” again' })),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show “First” again' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByText(/No hidden lessons/)));
  });

  it('says when a lesson could not be shown again', async () => {
    render(<Page initial={items} fail />);
    fireEvent.click(screen.getByRole('button', { name: 'Show “First” again' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Could not show “First” again. Try again.'),
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });
});
