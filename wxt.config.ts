import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { MESSAGES_EN } from './data/messages-en';
import { MESSAGES_FR } from './data/messages-fr';
import { toChromeMessages } from './utils/chrome-locales';

/**
 * The first frame must have the saved colours. Chrome: the app's module script applies them and
 * holds the first paint until it has run (blocking="render"), which costs nothing while the
 * parser goes on; a parser-blocking classic script measured ~50 ms slower on a cold first tab.
 * Firefox has no blocking="render", so it keeps the tiny classic script (entrypoints/appearance.ts).
 */
function firstFrameScripts(browser: string): Plugin {
  return {
    name: 'lesson-tab:first-frame-scripts',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        browser === 'firefox'
          ? html
          : html
              .replace(/\s*<!--[^>]*-->\s*<script src="\/appearance\.js"><\/script>/, '')
              .replace(/<script type="module"/g, '<script type="module" blocking="render"'),
    },
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports read better than globals injected by a build step.
  imports: false,
  vite: ({ browser }) => ({
    // prefresh (hot reload) is dev-only noise for an extension page; keep the build lean.
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false }), firstFrameScripts(browser)],
    // Every browser that runs the extension supports modulepreload: skip the polyfill's bytes.
    build: { modulePreload: { polyfill: false } },
  }),
  // The version comes from package.json; icons from public/icon/<size>.png (see `npm run icons`).
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Rotation state and settings; nothing else is asked for.
    permissions: ['storage'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'lesson-tab@lessontab.org',
          // Firefox 140 is the first to read data_collection_permissions.
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads it from 142.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  hooks: {
    // _locales is generated from the same catalogs the pages use, so the two never disagree.
    'build:publicAssets': (_wxt, files) => {
      for (const [lang, catalog] of [
        ['en', MESSAGES_EN],
        ['fr', MESSAGES_FR],
      ] as const) {
        files.push({
          relativeDest: `_locales/${lang}/messages.json`,
          contents: `${JSON.stringify(toChromeMessages(catalog), null, 2)}\n`,
        });
      }
    },
  },
});
