/**
 * Firefox only, before the page paints (a classic script in <head>): pins light or dark from the
 * local copy of the settings, so a dark-mode user never sees a white flash on a new tab.
 */

import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { applyAppearance } from '../utils/appearance';
import { readMirror } from '../utils/settings-mirror';

export default defineUnlistedScript({
  // Chrome holds the first paint for the app's module script instead (see wxt.config.ts).
  include: ['firefox'],
  main() {
    applyAppearance(readMirror().settings.appearance);
  },
});
