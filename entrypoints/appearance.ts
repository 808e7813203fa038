/**
 * Before a page paints (a classic script in <head>, which holds rendering until it has run): pins
 * light or dark from the local copy of the settings, so a dark-mode user never sees a white flash.
 */

import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { applyAppearance } from '../utils/settings/appearance';
import { readMirror } from '../utils/settings/settings-mirror';

export default defineUnlistedScript(() => {
  applyAppearance(readMirror().settings.appearance);
});
