import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { FavoriteButton } from '../../components/FavoriteButton';
import { FavoritesLibrary, type FavoritesLibraryProps } from '../../components/FavoritesLibrary';
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
