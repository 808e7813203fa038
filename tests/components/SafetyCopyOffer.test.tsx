import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { FavoritesLibrary } from '../../components/FavoritesLibrary';
import { SafetyCopyOffer, type SafetyCopyOfferProps } from '../../components/SafetyCopyOffer';
import { MESSAGES_FR } from '../../data/messages-fr';
import { I18nContext, i18nFor } from '../../utils/i18n/i18n-context';

const TAKEN = Date.UTC(2026, 11, 2, 12);
const offer = { restorable: true, takenAt: TAKEN, favorites: 12, lessons: 3 };
const props = (overrides: Partial<SafetyCopyOfferProps> = {}): SafetyCopyOfferProps => ({
  offer,
  onRestore: vi.fn(),
  ...overrides,
});

describe('SafetyCopyOffer', () => {
  it('shows nothing when there is nothing to offer or say', () => {
    const { container } = render(<SafetyCopyOffer onRestore={vi.fn()} />);
    expect(container.innerHTML).toBe('');
  });

  it('says what the copy holds and from when, and restores on one click', () => {
    const onRestore = vi.fn();
    render(<SafetyCopyOffer {...props({ onRestore })} />);
    expect(screen.getByText('Your favorites seem to be missing from this browser’s database.')).toBeTruthy();
    expect(
      screen.getByText(
        /A safety copy from Dec 2, 2026 holds 12 favorites\. It also holds 3 of your own lessons\./,
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Restore them' }));
    expect(onRestore).toHaveBeenCalledTimes(1);
  });

  it('counts one favorite, and leaves out lessons when it holds none', () => {
    render(<SafetyCopyOffer {...props({ offer: { ...offer, favorites: 1, lessons: 0 } })} />);
    expect(screen.getByText('A safety copy from Dec 2, 2026 holds 1 favorite.')).toBeTruthy();
    expect(screen.queryByText(/your own lessons/)).toBeNull();
  });

  it('cannot be pressed twice while restoring', () => {
    render(<SafetyCopyOffer {...props({ restoring: true })} />);
    expect(screen.getByRole('button', { name: 'Restoring…' }).hasAttribute('disabled')).toBe(true);
  });

  it('explains what to do when the database will not open, with no button', () => {
    render(<SafetyCopyOffer {...props({ offer: { ...offer, restorable: false } })} />);
    expect(screen.getByText(/cannot open its database/)).toBeTruthy();
    expect(screen.getByText(/The safety copy is kept as it is\. Restart the browser/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says what was restored, and where focus went when the button left', () => {
    const { rerender } = render(<SafetyCopyOffer {...props()} />);
    screen.getByRole('button').focus();
    rerender(
      <SafetyCopyOffer
        {...props({
          offer: undefined,
          result: { ok: true, added: 11, updated: 1, lessonsAdded: 2, lessonsLeft: 1 },
        })}
      />,
    );
    const status = screen.getByRole('status');
    expect(status.textContent).toBe(
      'Restored from the safety copy: favorites 12, your lessons 2. Not put back for lack of room (5,000 lessons at most): 1 of your lessons.',
    );
    expect(document.activeElement).toBe(status);
  });

  it('says a failed restore kept the copy, and still offers it', () => {
    render(<SafetyCopyOffer {...props({ result: { ok: false } })} />);
    expect(screen.getByRole('status').textContent).toMatch(/^Could not restore.*The safety copy is kept/);
    expect(screen.getByRole('button', { name: 'Restore them' })).toBeTruthy();
  });

  it('speaks French', () => {
    render(
      <I18nContext.Provider value={i18nFor({ lang: 'fr', messages: MESSAGES_FR })}>
        <SafetyCopyOffer {...props()} />
      </I18nContext.Provider>,
    );
    expect(screen.getByText(/Une copie de sécurité du 2 déc\. 2026 contient 12 favoris\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Les restaurer' })).toBeTruthy();
  });

  it('appears in the favorites library, above the search', () => {
    render(
      <FavoritesLibrary
        favorites={[]}
        onRemove={vi.fn()}
        onExport={vi.fn()}
        onImport={vi.fn()}
        safetyCopy={<SafetyCopyOffer {...props()} />}
      />,
    );
    const button = screen.getByRole('button', { name: 'Restore them' });
    const search = screen.getByLabelText('Search favorites');
    expect(button.compareDocumentPosition(search) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
