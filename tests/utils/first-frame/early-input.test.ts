import { describe, expect, it, vi } from 'vitest';
import { holdEarlyInput } from '../../../utils/first-frame/early-input';

describe('holdEarlyInput', () => {
  it('replays clicks on buttons and key presses once released, and leaves links alone', () => {
    document.body.replaceChildren();
    const button = document.createElement('button');
    const label = document.createElement('span');
    button.append(label);
    const link = document.createElement('a');
    link.href = '#settings';
    document.body.append(button, link);
    const release = holdEarlyInput(window);

    label.click(); // before the app is wired: nobody listens yet
    link.click();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));

    const clicks = vi.fn();
    const links = vi.fn();
    const keys: string[] = [];
    button.addEventListener('click', clicks);
    link.addEventListener('click', links);
    window.addEventListener('keydown', (event) => keys.push(event.key));
    release();

    expect(clicks).toHaveBeenCalledTimes(1);
    expect(links).not.toHaveBeenCalled();
    expect(keys).toEqual(['ArrowRight']);
    // Released: nothing is held any more.
    label.click();
    expect(clicks).toHaveBeenCalledTimes(2);
  });

  it('hands a held key to a listener attached before release once, as the replay only', () => {
    const release = holdEarlyInput(window);
    const keys: string[] = [];
    const listener = (event: KeyboardEvent) => keys.push(event.key);
    // The app attaches its listener while rendering, a moment before it says it is wired.
    window.addEventListener('keydown', listener);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(keys).toEqual([]);
    release();
    expect(keys).toEqual(['ArrowRight']);
    window.removeEventListener('keydown', listener);
  });
});
