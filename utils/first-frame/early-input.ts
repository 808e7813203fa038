/**
 * Clicks on buttons and key presses that arrive while the first frame is on screen but the app is
 * not wired yet (a few tens of milliseconds), held by the first-frame script and replayed once the
 * app, loaded later as a module, announces with APP_WIRED on the window that it is wired. Links
 * are left alone: they work without the app.
 */
export const APP_WIRED = 'lesson-tab:app-wired';

export function holdEarlyInput(target: EventTarget): () => void {
  const held: Event[] = [];
  // Held, not also seen: the app's own listeners may already be attached before it says it is
  // wired, and must not handle the original as well as the replay.
  const hold = (event: Event) => {
    held.push(event);
    event.stopImmediatePropagation();
  };
  target.addEventListener('click', hold, true);
  target.addEventListener('keydown', hold, true);
  return () => {
    target.removeEventListener('click', hold, true);
    target.removeEventListener('keydown', hold, true);
    for (const event of held) replay(event);
  };
}

function replay(event: Event): void {
  const element = event.target as Element | null;
  if (event.type === 'click') {
    element?.closest('button')?.click();
    return;
  }
  const { key, code, altKey, ctrlKey, metaKey, shiftKey, repeat } = event as KeyboardEvent;
  // The browser already did what the key does by itself (move focus, scroll); the app's shortcuts
  // listen on the window and see the replay as the original.
  const init = { key, code, altKey, ctrlKey, metaKey, shiftKey, repeat, bubbles: true, cancelable: true };
  (element ?? window).dispatchEvent(new KeyboardEvent('keydown', init));
}
