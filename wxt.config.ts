import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports read better than globals injected by a build step.
  imports: false,
  vite: () => ({
    // prefresh (hot reload) is dev-only noise for an extension page; keep the build lean.
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  }),
  manifest: {
    name: 'Lesson Tab',
    description: 'A short, well-made lesson for entrepreneurs on every new tab.',
    // Rotation state and (later) settings; nothing else is asked for.
    permissions: ['storage'],
  },
});
