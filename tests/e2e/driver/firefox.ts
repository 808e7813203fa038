/**
 * Firefox through puppeteer over WebDriver BiDi: Debian's firefox-esr, headless, with the built
 * extension installed temporarily in a fresh profile. What BiDi cannot do for extension pages is
 * done from the browser window's own scope (opening tabs, preferences, watching requests); see
 * "Firefox" in the README for the route and its limits.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import puppeteer, {
  type Browser,
  type ElementHandle,
  type KeyInput,
  type Page,
  type Target,
} from 'puppeteer-core';
import { findAll, type Step } from './firefox-locator';
import { builtExtension, screenshotPath } from './paths';
import type { LaunchOptions, Locator, Query, Session, Tab } from './types';

/** A fixed internal UUID gives the extension a fixed origin (and the same one after a restart). */
const UUID = 'a5b1c2d3-0e4f-4a5b-8c6d-7e8f9a0b1c2d';
const ORIGIN = `moz-extension://${UUID}/`;
const WAIT_MS = 15_000;

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(
      `No Firefox at ${path}. Install Debian's with \`apt-get install firefox-esr\`, or set FIREFOX_PATH to a Firefox binary.`,
    );
  }
  return path;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `check` until it returns something other than undefined (errors count as "not yet"); a
 * check that hangs counts against the same deadline.
 */
async function until<T>(what: string, check: () => Promise<T | undefined>, timeout = WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const left = deadline - Date.now();
      const value = await Promise.race([
        check(),
        sleep(left).then(() => Promise.reject(new Error('no answer'))),
      ]);
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await sleep(50);
  }
  throw new Error(`Timed out after ${timeout} ms waiting for ${what}${last ? ` (${last})` : ''}`);
}

// puppeteer's BiDi page keeps its browsing context id on the main frame (not public API).
const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

interface Bidi {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
const bidi = (browser: Browser) => (browser as unknown as { connection: Bidi }).connection;

function query(page: Page, steps: Step[]): Query {
  return {
    getByRole: (role, options = {}) => {
      const { name, ...rest } = options;
      const matcher =
        name instanceof RegExp
          ? { regex: name.source, flags: name.flags }
          : name === undefined
            ? undefined
            : { text: name, exact: options.exact ?? false };
      return locator(page, [...steps, { role, name: matcher, ...rest, exact: undefined }]);
    },
    getByText: (text) => locator(page, [...steps, { text }]),
    locator: (css) => locator(page, [...steps, { css }]),
  };
}

const STEPS = new WeakMap<Locator, Step[]>();

function locator(page: Page, steps: Step[]): Locator {
  const describe = JSON.stringify(steps);
  const all = () => findAll(page, steps);
  /** Exactly one match, waited for; more than one is a mistake in the test. */
  const single = async () => {
    const handles = await all();
    if (handles.length > 1) throw new Error(`${handles.length} elements match ${describe}`);
    return handles[0];
  };
  /**
   * Finds the element and acts on it in one try, again until it works: a re-render between the
   * two replaces the node, as Playwright's locators also allow for.
   */
  const act = <R>(what: string, action: (element: ElementHandle<Element>) => Promise<R>) =>
    until(`${what} ${describe}`, async () => {
      const element = await single();
      return element ? { done: await action(element) } : undefined;
    }).then(({ done }) => done);
  // The function runs in the page: what it needs besides the element comes as `arg`.
  const read = <R, A = undefined>(fn: (element: Element, arg: A) => R, arg?: A): Promise<R> =>
    act(
      'reading',
      (element) => element.evaluate(fn as (element: Element, arg: unknown) => R, arg) as Promise<R>,
    );
  const checked = () =>
    read((el) => (el as HTMLInputElement).checked ?? el.getAttribute('aria-checked') === 'true');
  const found: Locator = {
    ...query(page, steps),
    first: () => locator(page, [...steps, { nth: 0 }]),
    click: () => act('clicking', (element) => element.click()),
    check: async () => {
      if (!(await checked())) await act('checking', (element) => element.click());
      await until(`${describe} to be checked`, async () => ((await checked()) ? true : undefined));
    },
    waitFor: async () => void (await until(`${describe}`, async () => (await all())[0])),
    count: async () => (await all()).length,
    isVisible: async () => (await all()).length > 0,
    isChecked: checked,
    textContent: () => read((el) => el.textContent),
    allTextContents: async () =>
      Promise.all((await all()).map((h) => h.evaluate((el) => el.textContent ?? ''))),
    getAttribute: (name) => read((el, attribute) => el.getAttribute(attribute), name),
    inputValue: () => read((el) => (el as HTMLInputElement).value),
  };
  STEPS.set(found, steps);
  return found;
}

/** Presses a key or a chord such as "Control+A". */
async function press(page: Page, chord: string) {
  const keys = chord.split(/\+(?=.)/).map((key) => (key === 'Space' ? ' ' : key)) as KeyInput[];
  const key = keys.pop() as KeyInput;
  for (const modifier of keys) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
}

export interface FirefoxSession extends Session {
  /** Runs JavaScript in the browser window's own (privileged) scope. */
  inBrowser<T = unknown>(expression: string): Promise<T>;
  /** Lets the extension run in private windows, as the user does in its details in about:addons. */
  allowInPrivateWindows(): Promise<void>;
  /** Opens a private window and its new tab, as a user does with Ctrl+Shift+P. */
  newPrivateTab(): Promise<Tab>;
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<FirefoxSession> {
  const dir = builtExtension('firefox');
  const geckoId: string = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))
    .browser_specific_settings.gecko.id;
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'lesson-tab-firefox-'));
  const downloads = mkdtempSync(join(tmpdir(), 'lesson-tab-files-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profile,
    // Without it BiDi may not open moz-extension:// pages or script the browser window.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: UUID }),
      // A temporary add-on is removed when the browser closes: keep its data for the restart tests.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      // Console messages of extension pages reach no BiDi event: read them from stdout.
      'devtools.console.stdout.content': true,
      // performance.timing.timeToNonBlankPaint: Firefox's first paint with anything on it.
      'dom.performance.time_to_non_blank_paint.enabled': true,
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      ...(options.lang && { 'intl.locale.requested': options.lang, 'intl.accept_languages': options.lang }),
    },
  });
  const errors: string[] = [];
  let lastLine = Date.now();
  /**
   * Firefox's own components log to the same stream: its Remote Settings loader, which cannot
   * reach its server here, now and then writes an empty "RSLoader" error. Not from our pages.
   */
  const FIREFOX_OWN = /^console\.error: RSLoader:/;
  // Firefox writes console messages to stdout and uncaught errors to stderr, whole lines each.
  const child = browser.process() as ChildProcess | null;
  for (const stream of [child?.stdout, child?.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      lastLine = Date.now();
      if (
        (line.startsWith('console.error:') && !FIREFOX_OWN.test(line)) ||
        (line.startsWith('JavaScript error:') && line.includes(ORIGIN))
      )
        errors.push(line);
    });
  }
  /** Until Firefox has been quiet for a moment: its last lines are in. */
  const quiet = () =>
    until('Firefox to finish writing', async () => (Date.now() - lastLine > 300 ? true : undefined));
  await browser.installExtension(dir);

  const connection = bidi(browser);
  const window = async () => {
    const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
      contexts: { context: string }[];
    };
    return (tree.contexts[0] as { context: string }).context;
  };
  const windowContext = await window();
  const inBrowser = async <T>(expression: string, context = windowContext): Promise<T> => {
    const { result } = (await connection.send('script.evaluate', {
      expression,
      target: { context },
      awaitPromise: true,
      serializationOptions: { maxObjectDepth: 4 },
    })) as { result: { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } } };
    if (result.type === 'exception')
      throw new Error(`In the browser window: ${result.exceptionDetails?.text}`);
    const value = result.result?.value;
    return (typeof value === 'string' && value.startsWith('json:') ? JSON.parse(value.slice(5)) : value) as T;
  };
  // Every HTTP(S) request whose page belongs to the extension.
  await inBrowser(`
    window.lessonTabRequests = [];
    Services.obs.addObserver({ observe(subject) {
      const channel = subject.QueryInterface(Ci.nsIHttpChannel);
      const by = channel.loadInfo.triggeringPrincipal;
      if (by.addonId === ${JSON.stringify(geckoId)} || by.origin?.startsWith(${JSON.stringify(ORIGIN.slice(0, -1))}))
        window.lessonTabRequests.push(channel.URI.spec);
    } }, 'http-on-modify-request');
    1`);
  const foreignRequests: string[] = [];
  const collectRequests = async () => {
    const seen = await inBrowser<string[]>('"json:" + JSON.stringify(window.lessonTabRequests.splice(0))');
    foreignRequests.push(...seen);
  };

  /** Prefs apply browser-wide; the page sees them once its media queries update. */
  const setPref = async (page: Page, pref: string, value: number, media: string) => {
    await inBrowser(`Services.prefs.setIntPref(${JSON.stringify(pref)}, ${value}); 1`);
    await until(media, async () =>
      (await page.evaluate((q) => matchMedia(q).matches, media)) ? true : undefined,
    );
  };

  const tab = (page: Page): Tab => ({
    browser: 'firefox',
    ...query(page, []),
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    addScript: async (source) => void (await page.evaluate(source)),
    waitForFunction: async (fn) => {
      await until(`${fn}`, async () => ((await page.evaluate(fn)) ? true : undefined));
    },
    press: (key) => press(page, key),
    type: (text) => page.keyboard.type(text),
    async reload() {
      await page.evaluate(() => {
        (window as unknown as { beforeReload: boolean }).beforeReload = true;
      });
      // page.reload() waits for load events Firefox does not send for extension pages.
      await connection.send('browsingContext.reload', { context: contextOf(page), wait: 'none' });
      await until('the reloaded page', () =>
        page.evaluate(() =>
          !(window as unknown as { beforeReload?: boolean }).beforeReload && document.querySelector('main h1')
            ? true
            : undefined,
        ),
      );
    },
    url: () => page.evaluate(() => location.href),
    title: () => page.evaluate(() => document.title),
    setColorScheme: (scheme) =>
      setPref(
        page,
        'layout.css.prefers-color-scheme.content-override',
        scheme === 'dark' ? 0 : 1,
        `(prefers-color-scheme: ${scheme})`,
      ),
    setReducedMotion: (reduce) =>
      setPref(
        page,
        'ui.prefersReducedMotion',
        reduce ? 1 : 0,
        `(prefers-reduced-motion: ${reduce ? 'reduce' : 'no-preference'})`,
      ),
    setViewportSize: (size) => page.setViewport(size),
    async download(trigger) {
      const before = new Set(readdirSync(downloads));
      await trigger.click();
      // Firefox writes under a temporary name, then renames: wait for one new file that keeps its
      // name and size across two looks.
      let seen = '';
      const filename = await until('a downloaded file', async () => {
        const fresh = readdirSync(downloads).filter((name) => !before.has(name) && !name.endsWith('.part'));
        const now =
          fresh.length === 1 ? `${fresh[0]}:${statSync(join(downloads, fresh[0] as string)).size}` : '';
        const stable = now !== '' && now === seen && !now.endsWith(':0');
        seen = now;
        return stable ? fresh[0] : undefined;
      });
      return { filename, path: join(downloads, filename) };
    },
    async chooseFile(trigger, file) {
      // Headless Firefox's file picker never answers BiDi: give the file to the input the trigger
      // opens (the nearest file input around it), as the picker would.
      const path = join(mkdtempSync(join(downloads, 'upload-')), file.name);
      writeFileSync(path, file.contents);
      const input = await fileInputNear(page, trigger);
      await input.uploadFile(path);
    },
    async screenshot(name, shot = {}) {
      const path = screenshotPath('firefox', name);
      await page.screenshot({ path, fullPage: shot.fullPage ?? false });
      return path;
    },
    close: () => page.close(),
  });

  const mainHeading = (page: Page) =>
    until('the new tab’s main heading', () =>
      page.evaluate(
        (origin) =>
          location.href.startsWith(origin) && document.querySelector('main h1') ? true : undefined,
        ORIGIN,
      ),
    );

  let opening: Promise<unknown> = Promise.resolve();
  /** Opens `count` tabs the way a user does (the browser's own "new tab" command), at once. */
  const openTabs = (count: number, command = 'BrowserCommands.openTab()', context = windowContext) => {
    const opened = opening.then(async () => {
      const targets: Target[] = [];
      const created = new Promise<void>((resolve) => {
        const onTarget = (target: Target) => {
          if (target.type() !== 'page') return;
          targets.push(target);
          if (targets.length === count) {
            browser.off('targetcreated', onTarget);
            resolve();
          }
        };
        browser.on('targetcreated', onTarget);
      });
      await inBrowser(`${Array(count).fill(command).join('; ')}; 1`, context);
      await Promise.race([
        created,
        sleep(WAIT_MS).then(() => Promise.reject(new Error(`${count} new tabs did not open`))),
      ]);
      const pages = await Promise.all(targets.map(async (target) => (await target.page()) as Page));
      await Promise.all(pages.map(mainHeading));
      // A new tab starts with focus in the address bar; the tests type into the page, as after a
      // click into it (Playwright gives Chromium's pages focus the same way).
      await inBrowser('gBrowser.selectedBrowser.focus(); 1', context);
      return pages.map(tab);
    });
    opening = opened.catch(() => undefined);
    return opened;
  };

  return {
    browser: 'firefox',
    profile,
    inBrowser,
    newTab: async () => (await openTabs(1))[0] as Tab,
    disableLocalStorage: async () =>
      void (await inBrowser("Services.prefs.setBoolPref('dom.storage.enabled', false); 1")),
    newTabs: (count) => openTabs(count),
    async allowInPrivateWindows() {
      await inBrowser(`(async () => {
        const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
        const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
        await ExtensionPermissions.add(${JSON.stringify(geckoId)}, { permissions: ['internal:privateBrowsingAllowed'], origins: [] });
        await (await AddonManager.getAddonByID(${JSON.stringify(geckoId)})).reload();
        return 1;
      })()`);
    },
    async newPrivateTab() {
      await inBrowser('OpenBrowserWindow({ private: true }); 1');
      const context = await until('the private window', async () => {
        const contexts = (
          (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
            contexts: { context: string }[];
          }
        ).contexts;
        return contexts.length > 1 ? contexts.at(-1)?.context : undefined;
      });
      await until('the private window to be ready', () =>
        inBrowser<boolean>('!!window.gBrowser && gBrowserInit.delayedStartupFinished', context).then((ok) =>
          ok ? true : undefined,
        ),
      );
      return (await openTabs(1, 'BrowserCommands.openTab()', context))[0] as Tab;
    },
    openPage(path) {
      // In turn with new tabs, so its blank tab is never taken for one of theirs.
      const opened = opening.then(async () => {
        const page = await browser.newPage();
        // page.goto() waits for load events that Firefox never sends for extension pages.
        await connection.send('browsingContext.navigate', {
          context: contextOf(page),
          url: ORIGIN + path,
          wait: 'none',
        });
        await until(path, () =>
          page.evaluate(
            (url) => (location.href === url && document.readyState === 'complete' ? true : undefined),
            ORIGIN + path,
          ),
        );
        return tab(page);
      });
      opening = opened.catch(() => undefined);
      return opened;
    },
    async problems() {
      await collectRequests();
      await quiet();
      return { requests: [...foreignRequests], errors: [...errors] };
    },
    clearProblems() {
      foreignRequests.length = 0;
      errors.length = 0;
    },
    async close() {
      await collectRequests().catch(() => undefined);
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
      if (foreignRequests.length > 0)
        throw new Error(`Requests left the extension: ${foreignRequests.join(', ')}`);
    },
  };
}

/** The file input a button opens: the nearest one in the button's enclosing sections. */
async function fileInputNear(page: Page, trigger: Locator) {
  const steps = STEPS.get(trigger);
  if (!steps) throw new Error('Not a Firefox locator');
  await trigger.waitFor();
  const [button] = await findAll(page, steps);
  if (!button) throw new Error(`No element for ${JSON.stringify(steps)}`);
  const input = await button.evaluateHandle((el) => {
    for (let at: Element | null = el; at; at = at.parentElement) {
      const found = at.querySelector('input[type=file]');
      if (found) return found;
    }
    throw new Error('No file input near the button');
  });
  return input as ElementHandle<HTMLInputElement>;
}
