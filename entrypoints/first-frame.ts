/**
 * The new tab's first frame, from a classic script in <head> (which holds rendering until it has
 * run): the saved light or dark at once; then, in the same task that parses #app, so before any
 * paint, the card set aside for this tab, drawn from the frame the previous tab kept (see
 * utils/first-frame.ts). A few kilobytes, no framework: the app loads after the first paint and
 * takes over the same nodes; input in between is held until then (utils/early-input.ts).
 */

import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import welcome from '../data/welcome-frame.json';
// The release the build is for, the same number WXT writes into the manifest: no API call.
import { version } from '../package.json';
import { applyAppearance } from '../utils/appearance';
import { APP_WIRED, holdEarlyInput } from '../utils/early-input';
import { type Frame, showFirstFrame } from '../utils/first-frame';
import type { Settings } from '../utils/settings';
import { readMirror } from '../utils/settings-mirror';
import { resolveLanguage, uiLanguage } from '../utils/ui-language';

function draw(root: HTMLElement, settings: Settings) {
  const lang = resolveLanguage(settings.language, uiLanguage());
  const shown = showFirstFrame(root, {
    settings,
    lang,
    release: version,
    now: Date.now(),
    random: Math.random,
    welcome: welcome as Frame,
  });
  // Screen readers read the card in its language from the start.
  if (shown) document.documentElement.lang = lang;
  // Marks for the tests and the benchmark: was the card there before the first paint?
  if (shown) performance.mark('lesson-tab:card');
}

export default defineUnlistedScript(() => {
  const { settings } = readMirror();
  applyAppearance(settings.appearance);
  performance.mark('lesson-tab:appearance');
  // From here, before anything paints: a click or key before the app is wired is replayed then.
  window.addEventListener(APP_WIRED, holdEarlyInput(window), { once: true });
  // A mutation observer runs at the end of the parser's task that inserted #app: rendering only
  // comes after a task, so the card is drawn before the first paint.
  const observer = new MutationObserver(() => {
    const root = document.getElementById('app');
    if (!root) return;
    observer.disconnect();
    draw(root, settings);
  });
  observer.observe(document, { childList: true, subtree: true });
});
