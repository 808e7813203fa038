import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { MESSAGES_EN } from './data/messages-en';
import { MESSAGES_FR } from './data/messages-fr';
import { version } from './package.json';
import { toChromeMessages } from './utils/i18n/chrome-locales';

/**
 * The new tab's first frame waits on as little as possible: its styles go inline in its HTML, its
 * app chunks are not preloaded, and the app itself is loaded after the paint, so before the first
 * paint the page fetches one file, first-frame.js (see `npm run bench`).
 */
function newTabFirstFrame(): Plugin {
  const inline = (html: string, bundle: Record<string, { type: string; source?: unknown }>) => {
    const script = '<script src="/first-frame.js">';
    // Without it the styles would have nowhere to go: fail the build rather than ship none.
    if (!html.includes(script)) throw new Error(`newtab/index.html: no ${script} to put the styles ahead of`);
    let styles = '';
    const page = html
      // Comments are for the source: the page ships without them.
      .replace(/\s*<!--[\s\S]*?-->/g, '')
      .replace(/\s*<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (link, file: string) => {
        const asset = bundle[file];
        if (asset?.type !== 'asset') return link;
        // Inlined, the file itself is no longer used.
        delete bundle[file];
        styles += String(asset.source);
        return '';
      })
      .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
      // The app is loaded by the first-frame script once the card is painted: a module script in
      // the page would be fetched and run before the first paint (about 70 ms on a fresh profile).
      .replace(
        /<script type="module"[^>]*src="(\/[^"]+\.js)"[^>]*><\/script>/,
        (_script, src: string) => `<meta name="lesson-tab-app" content="${src}">`,
      );
    // Ahead of the first-frame script, so the styles are parsed while that script is fetched
    // rather than after it has run, just before the first paint.
    return page.replace(script, `<style>${styles}</style>\n    ${script}`);
  };
  return {
    name: 'lesson-tab:new-tab-first-frame',
    transformIndexHtml: {
      order: 'post',
      handler: (html, { filename, bundle }) =>
        bundle && filename.replaceAll('\\', '/').endsWith('newtab/index.html') ? inline(html, bundle) : html,
    },
  };
}

/** Preact and the deck's English words go in chunks of their own, named for them. */
function chunkFor(id: string): string | undefined {
  const path = id.replaceAll('\\', '/');
  if (path.includes('/node_modules/preact/')) return 'preact';
  if (/\/data\/(lessons|sources|lesson)\.ts$/.test(path)) return 'deck';
  return undefined;
}

/**
 * A chunk is named for its entry or its one module; one the pages share that gathers modules of
 * several features (named after whichever came first) is named "shared".
 */
function chunkName(chunk: { name: string; isEntry: boolean; isDynamicEntry: boolean; moduleIds: string[] }) {
  const gathered = !chunk.isEntry && !chunk.isDynamicEntry && !['preact', 'deck'].includes(chunk.name);
  return `chunks/${gathered && chunk.moduleIds.length > 3 ? 'shared' : '[name]'}-[hash].js`;
}

/**
 * This build's id: the first frame only draws frames kept by the same build (the markup or the
 * deck may differ in another), so it changes with every build, not only with the version.
 */
const BUILD_ID = `${version}+${Date.now().toString(36)}`;

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports read better than globals injected by a build step.
  imports: false,
  vite: () => ({
    // prefresh (hot reload) is dev-only noise for an extension page; keep the build lean.
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false }), newTabFirstFrame()],
    // Every browser that runs the extension supports modulepreload: skip the polyfill's bytes.
    // The browsers the manifest names (Chrome 123 and Firefox 140 read light-dark() natively):
    // CSS is not rewritten for older ones, which would double every colour in the inlined styles.
    build: { modulePreload: { polyfill: false }, cssTarget: ['chrome123', 'firefox140'] },
    define: { 'import.meta.env.LESSON_TAB_BUILD': JSON.stringify(BUILD_ID) },
  }),
  // AMO's sources zip: what builds the extension, not what the tests leave behind.
  zip: { excludeSources: ['screenshots/**', 'test-results/**', 'stats.html', '**/*.log'] },
  // The version comes from package.json; icons from public/icon/<size>.png (see `npm run icons`).
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the rotation and settings. unlimitedStorage: favorites are never evicted to free
    // space, and no prompt asks about it (with it Firefox grants navigator.storage.persist() at
    // once, where it would otherwise ask the user; Chrome never evicts such an extension).
    permissions: ['storage', 'unlimitedStorage'],
    // light-dark() in the new tab's inlined styles (see cssTarget above).
    ...(browser !== 'firefox' && { minimum_chrome_version: '123' }),
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
    // Output chunks named for what they hold (a shared chunk is otherwise named after whichever
    // module came first in it); only the pages' build splits code.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.some((entrypoint) => entrypoint.inputPath.endsWith('.html'))) return;
      viteConfig.build ??= {};
      viteConfig.build.rollupOptions ??= {};
      const { output } = viteConfig.build.rollupOptions;
      viteConfig.build.rollupOptions.output = {
        ...(Array.isArray(output) ? output[0] : output),
        manualChunks: chunkFor,
        chunkFileNames: chunkName,
      };
    },
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
