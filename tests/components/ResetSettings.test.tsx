import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ResetSettings } from '../../components/ResetSettings';

describe('ResetSettings', () => {
  it('asks first, with focus on the answer once, and keeps focus where the user moves it', () => {
    const onReset = vi.fn();
    const { rerender } = render(<ResetSettings onReset={onReset} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reset settings' }));
    // The user moves to Cancel; the page re-renders for something else (a favorite toggled in
    // another tab, the "saved" status): focus stays on Cancel, so Enter does not reset.
    screen.getByRole('button', { name: 'Cancel' }).focus();
    rerender(<ResetSettings onReset={() => onReset()} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onReset).not.toHaveBeenCalled();
    // Answered: focus goes back to the button that asked, not to the page.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reset to defaults…' }));
  });
});
