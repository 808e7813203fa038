/**
 * The browser the suite drives: the e2e-chromium and e2e-firefox projects (vitest.config.ts) run
 * the same test files, each with LESSON_TAB_BROWSER set to its browser.
 */
import { type ChromiumSession, launchChromium } from './chromium';
import { type FirefoxSession, launchFirefox } from './firefox';
import type { BrowserName, LaunchOptions, Session } from './types';

export type { ChromiumSession } from './chromium';
export type { FirefoxSession } from './firefox';
export type * from './types';

export const BROWSER: BrowserName = process.env.LESSON_TAB_BROWSER === 'firefox' ? 'firefox' : 'chromium';

export function launch(options: LaunchOptions = {}): Promise<Session> {
  return BROWSER === 'firefox' ? launchFirefox(options) : launchChromium(options);
}

export const launchChromiumOnly: (options?: LaunchOptions) => Promise<ChromiumSession> = launchChromium;
export const launchFirefoxOnly: (options?: LaunchOptions) => Promise<FirefoxSession> = launchFirefox;
