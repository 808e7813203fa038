/** Launches Debian's Chromium with the built extension in a fresh profile, watching every request. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const EXTENSION_DIR = resolve(__dirname, '../../.output/chrome-mv3');
export const SCREENSHOT_DIR = resolve(__dirname, '../../screenshots');

export function chromiumPath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install Debian's with \`sudo apt-get install chromium\`, or set CHROME_PATH to a Chromium or Chrome binary.`,
    );
  }
  return path;
}

/** Chrome derives an unpacked extension's id from its folder's path. */
export function extensionId(dir = EXTENSION_DIR): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

export interface Session {
  context: BrowserContext;
  profile: string;
  /** Every request URL that left the extension (should stay empty). */
  foreignRequests: string[];
  requestCount: () => number;
  /** Console errors and uncaught exceptions from any page. */
  errors: string[];
  newTab: () => Promise<Page>;
  /** Opens one of the extension's own pages, such as options.html. */
  openPage: (path: string) => Promise<Page>;
  close: () => Promise<void>;
}

export interface LaunchOptions {
  profile?: string;
  colorScheme?: 'light' | 'dark';
  /** The browser's interface language (what "Same as the browser" follows). */
  lang?: string;
}

export async function launch(options: LaunchOptions = {}): Promise<Session> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'lesson-tab-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 800 },
    args: [
      `--load-extension=${EXTENSION_DIR}`,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
    ...(options.lang ? { locale: options.lang, env: { ...process.env, LANGUAGE: options.lang } } : {}),
  });
  const own = `chrome-extension://${extensionId()}/`;
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  let requests = 0;
  context.on('request', (request) => {
    requests++;
    const url = request.url();
    // Our pages, and blob: URLs our pages made (file exports).
    const ours = url.startsWith(own) || url.startsWith(`blob:${own}`) || url === 'chrome://newtab/';
    if (!ours) foreignRequests.push(url);
  });
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  };
  context.on('page', watch);
  context.pages().forEach(watch);

  return {
    context,
    profile,
    foreignRequests,
    requestCount: () => requests,
    errors,
    async newTab() {
      const page = await context.newPage();
      await page.goto('chrome://newtab/');
      // The lesson card, or the empty state when the settings leave no lesson to show.
      await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
      return page;
    },
    async openPage(path: string) {
      const page = await context.newPage();
      await page.goto(`${own}${path}`);
      return page;
    },
    async close() {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
      // Every page the suite drives stays inside the extension: anything else fails the suite.
      if (foreignRequests.length > 0)
        throw new Error(`Requests left the extension: ${foreignRequests.join(', ')}`);
    },
  };
}

export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, ...options });
  return path;
}
