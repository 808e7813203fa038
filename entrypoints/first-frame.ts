/**
 * The new tab's first frame, from a classic script in <head> (which holds rendering until it has
 * run): the saved light or dark at once, then, as soon as the body is parsed and before anything
 * paints, the card set aside for this tab, drawn from the frame the previous tab kept (see
 * utils/first-frame.ts). A few kilobytes, no framework: the app loads after the first paint and
 * takes over the same nodes.
 */

import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import welcome from '../data/welcome-frame.json';
import { applyAppearance } from '../utils/appearance';
import { type Frame, showFirstFrame } from '../utils/first-frame';
import { readMirror } from '../utils/settings-mirror';
import { releaseVersion, resolveLanguage, uiLanguage } from '../utils/ui-language';

export default defineUnlistedScript(() => {
  const { settings } = readMirror();
  applyAppearance(settings.appearance);
  const draw = () => {
    const root = document.getElementById('app');
    if (!root) return;
    showFirstFrame(root, {
      settings,
      lang: resolveLanguage(settings.language, uiLanguage()),
      release: releaseVersion(),
      now: Date.now(),
      random: Math.random,
      welcome: welcome as Frame,
    });
  };
  // "interactive" comes in the same task that parses the (tiny) body, so before the next paint.
  if (document.readyState === 'loading') document.addEventListener('readystatechange', draw, { once: true });
  else draw();
});
