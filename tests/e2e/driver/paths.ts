import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserName } from './types';

const ROOT = resolve(__dirname, '../../..');
const OUTPUT = { chromium: 'chrome-mv3', firefox: 'firefox-mv2' } as const;

/** The built extension for a browser; the build command is in the message when it is missing. */
export function builtExtension(browser: BrowserName): string {
  const dir = join(ROOT, '.output', OUTPUT[browser]);
  if (!existsSync(join(dir, 'manifest.json'))) {
    const build = browser === 'chromium' ? 'npm run build' : 'npm run build:firefox';
    throw new Error(`No built extension in ${dir}: run \`${build}\` first.`);
  }
  return dir;
}

export function screenshotPath(browser: BrowserName, name: string): string {
  const dir = join(ROOT, 'screenshots', browser);
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.png`);
}
