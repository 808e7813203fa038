/** Chromium through Playwright: Debian's chromium with the built extension, in a fresh profile. */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page, type Locator as PwLocator } from 'playwright-core';
import CHROMIUM_FLAGS from './chromium-flags.json';
import { builtExtension, screenshotPath } from './paths';
import type { LaunchOptions, Locator, Query, Session, Tab } from './types';

export function chromiumPath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install Debian's with \`apt-get install chromium\`, or set CHROME_PATH to a Chromium or Chrome binary.`,
    );
  }
  return path;
}

/** Chrome derives an unpacked extension's id from its folder's path. */
function extensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

function query(scope: Page | PwLocator): Query {
  return {
    getByRole: (role, options) => locator(scope.getByRole(role as Parameters<Page['getByRole']>[0], options)),
    getByText: (text) => locator(scope.getByText(text)),
    locator: (css) => locator(scope.locator(css)),
  };
}

function locator(found: PwLocator): Locator {
  return {
    ...query(found),
    first: () => locator(found.first()),
    click: () => found.click(),
    check: () => found.check(),
    waitFor: () => found.waitFor(),
    count: () => found.count(),
    isVisible: () => found.isVisible(),
    isChecked: () => found.isChecked(),
    textContent: () => found.textContent(),
    allTextContents: () => found.allTextContents(),
    getAttribute: (name) => found.getAttribute(name),
    inputValue: () => found.inputValue(),
  };
}

const mainHeading = (page: Page) => page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();

function tab(page: Page, downloads: string): Tab {
  return {
    browser: 'chromium',
    ...query(page),
    evaluate: (fn, arg) => page.evaluate(fn, arg as never),
    addScript: async (source) => void (await page.evaluate(source)),
    waitForFunction: async (fn) => void (await page.waitForFunction(fn)),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    reload: async () => {
      await page.reload();
      await mainHeading(page);
    },
    url: async () => page.url(),
    title: () => page.title(),
    setColorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    setReducedMotion: (reduce) => page.emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' }),
    setViewportSize: (size) => page.setViewportSize(size),
    async download(trigger) {
      const [download] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
      const filename = download.suggestedFilename();
      const path = join(downloads, filename);
      await download.saveAs(path);
      return { filename, path };
    },
    async chooseFile(trigger, file) {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), trigger.click()]);
      const path = join(mkdtempSync(join(downloads, 'upload-')), file.name);
      writeFileSync(path, file.contents);
      await chooser.setFiles(path);
    },
    async screenshot(name, options = {}) {
      const path = screenshotPath('chromium', name);
      await page.screenshot({ path, ...options });
      return path;
    },
    close: () => page.close(),
  };
}

export interface ChromiumSession extends Session {
  /**
   * A new tab with `init` run in it before any of the page's own scripts (Chromium only: Firefox
   * runs no test script before an extension page's own).
   */
  newTabWith(init: () => void): Promise<Tab>;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession> {
  const dir = builtExtension('chromium');
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'lesson-tab-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    args: [
      `--load-extension=${dir}`,
      `--disable-extensions-except=${dir}`,
      ...CHROMIUM_FLAGS,
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
    ...(options.lang ? { locale: options.lang, env: { ...process.env, LANGUAGE: options.lang } } : {}),
  });
  const own = `chrome-extension://${extensionId(dir)}/`;
  const downloads = mkdtempSync(join(tmpdir(), 'lesson-tab-files-'));
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => {
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

  const newTab = async (init?: () => void) => {
    const page = await context.newPage();
    if (init) await page.addInitScript(init);
    await page.goto('chrome://newtab/');
    // The lesson card, or the empty state when the settings leave no lesson to show.
    await mainHeading(page);
    return tab(page, downloads);
  };
  return {
    browser: 'chromium',
    profile,
    problems: async () => ({ requests: [...foreignRequests], errors: [...errors] }),
    clearProblems() {
      foreignRequests.length = 0;
      errors.length = 0;
    },
    newTab: () => newTab(),
    disableLocalStorage: async () =>
      void (await context.addInitScript(() =>
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        }),
      )),
    newTabWith: newTab,
    newTabs: (count) => Promise.all(Array.from({ length: count }, () => newTab())),
    async openPage(path) {
      const page = await context.newPage();
      await page.goto(`${own}${path}`);
      return tab(page, downloads);
    },
    async close() {
      await context.close();
      rmSync(downloads, { recursive: true, force: true });
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
      if (foreignRequests.length > 0)
        throw new Error(`Requests left the extension: ${foreignRequests.join(', ')}`);
    },
  };
}
