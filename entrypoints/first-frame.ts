/**
 * The new tab's first frame, from a classic script in <head> (which holds rendering until it has
 * run): the saved light or dark at once; then, in the same task that parses #app, so before any
 * paint, this tab's card, dealt from the rotation and drawn from the frame kept for it (see
 * utils/first-frame/). A few kilobytes, no framework: the app, loaded from here after the first
 * paint, takes over the same nodes; input in between is held until then.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { DECK_INDEX } from '../data/deck-index';
import welcome from '../data/welcome-frame.json';
import { APP_WIRED, holdEarlyInput } from '../utils/first-frame/early-input';
import { showFirstFrame } from '../utils/first-frame/first-frame';
import { BUILD, type Frame, frameKey } from '../utils/first-frame/frames';
import { localSlot } from '../utils/first-frame/local-json';
import { readHiddenIds } from '../utils/hidden-lessons/hidden-store';
import { resolveLanguage, uiLanguage } from '../utils/i18n/ui-language';
import { readMyIndex } from '../utils/my-lessons/my-lesson-card';
import { applyAppearance } from '../utils/settings/appearance';
import { DEFAULT_SETTINGS } from '../utils/settings/settings';
import { readMirror } from '../utils/settings/settings-mirror';

/**
 * Loads the app (named in the page, see wxt.config.ts) once the card drawn here is painted, or at
 * once when there is none; a timer stands in for a hidden tab, which does not paint.
 */
function loadApp(afterPaint: boolean) {
  const app = document.querySelector<HTMLMetaElement>('meta[name="lesson-tab-app"]')?.content;
  if (!app) return;
  // A module script element, as the page itself would have had (our own file, named at build).
  const script = Object.assign(document.createElement('script'), { type: 'module', src: app });
  const load = () => {
    if (!script.isConnected) document.head.append(script);
  };
  if (!afterPaint) return load();
  // Once the browser reports the card painted: loading sooner delays that paint (by tens of
  // milliseconds on a fresh profile's first tab).
  new PerformanceObserver((paints, observer) => {
    if (paints.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    setTimeout(load);
  }).observe({ type: 'paint', buffered: true });
  setTimeout(load, 500);
}

export default defineUnlistedScript(() => {
  const slot = localSlot();
  const { settings } = readMirror(slot);
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
    const lang = resolveLanguage(settings.language, uiLanguage());
    showFirstFrame(root, {
      slot,
      settings,
      lang,
      build: BUILD,
      deck: DECK_INDEX,
      mine: () => readMyIndex(slot),
      hidden: () => readHiddenIds(slot),
      now: Date.now(),
      random: Math.random,
      welcome: welcome as Frame,
      welcomeKey: frameKey(DEFAULT_SETTINGS, 'en', BUILD),
    });
    // Screen readers read the card in its language from the start; the marks are for the tests
    // and the benchmark (was the card there before the first paint?).
    if (root.firstChild) {
      document.documentElement.lang = lang;
      performance.mark('lesson-tab:card');
    }
    loadApp(Boolean(root.firstChild));
  });
  observer.observe(document, { childList: true, subtree: true });
});
