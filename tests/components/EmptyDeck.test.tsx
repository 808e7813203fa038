import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { EmptyDeck } from '../../components/EmptyDeck';

describe('EmptyDeck', () => {
  it('says every card is hidden and links to the list that shows them again', () => {
    render(<EmptyDeck reason="all-hidden" settingsUrl="/options.html" />);
    expect(screen.getByRole('heading', { name: 'Every lesson here is hidden' })).toBeTruthy();
    expect(screen.getByText(/Don’t show this again/)).toBeTruthy();
    const link = screen.getByRole('link', { name: 'See hidden lessons' });
    expect(link.getAttribute('href')).toBe('/options.html#hidden-lessons');
  });

  it('links to the settings for the other reasons', () => {
    render(<EmptyDeck reason="no-themes" settingsUrl="/options.html" />);
    expect(screen.getByRole('link', { name: 'Open settings' }).getAttribute('href')).toBe('/options.html');
  });
});
