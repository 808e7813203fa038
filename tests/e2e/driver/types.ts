/**
 * What the end-to-end tests may do with a browser: the same calls drive Chromium (Playwright) and
 * Firefox (puppeteer over WebDriver BiDi), so every user path is written once and run in both.
 * Elements are found as a user finds them, by role and accessible name.
 */

export type BrowserName = 'chromium' | 'firefox';

export interface RoleOptions {
  /** A string matches any part of the name, ignoring case, unless `exact`; a RegExp is tested. */
  name?: string | RegExp;
  exact?: boolean;
  level?: number;
  pressed?: boolean;
  checked?: boolean;
}

export interface Query {
  getByRole(role: string, options?: RoleOptions): Locator;
  getByText(text: string): Locator;
  locator(css: string): Locator;
}

/** Found again on every call, like a user looking again; actions wait for exactly one match. */
export interface Locator extends Query {
  first(): Locator;
  click(): Promise<void>;
  check(): Promise<void>;
  waitFor(): Promise<void>;
  count(): Promise<number>;
  isVisible(): Promise<boolean>;
  isChecked(): Promise<boolean>;
  textContent(): Promise<string | null>;
  allTextContents(): Promise<string[]>;
  getAttribute(name: string): Promise<string | null>;
  inputValue(): Promise<string>;
}

export interface FileToChoose {
  name: string;
  contents: string;
}

export interface Tab extends Query {
  readonly browser: BrowserName;
  /** Runs a function in the page; `arg` must survive JSON. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs a script's source in the page, outside its content security policy (axe-core). */
  addScript(source: string): Promise<void>;
  /** Waits until a function run in the page returns something truthy. */
  waitForFunction(fn: () => unknown): Promise<void>;
  /** A key or chord as a user presses it: "f", "ArrowRight", "Control+A". */
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  /** Reloads and waits for the page's main heading. */
  reload(): Promise<void>;
  url(): Promise<string>;
  title(): Promise<string>;
  setColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  setReducedMotion(reduce: boolean): Promise<void>;
  setViewportSize(size: { width: number; height: number }): Promise<void>;
  /** Clicks `trigger` and returns the file the page downloaded. */
  download(trigger: Locator): Promise<{ filename: string; path: string }>;
  /** Clicks `trigger` (which opens a file chooser) and picks `file` in it. */
  chooseFile(trigger: Locator, file: FileToChoose): Promise<void>;
  screenshot(name: string, options?: { fullPage?: boolean }): Promise<string>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a profile (to restart the browser on it); a fresh one by default. */
  profile?: string;
  colorScheme?: 'light' | 'dark';
  /** The browser's interface language (what "Same as the browser" follows). */
  lang?: string;
}

export interface Session {
  readonly browser: BrowserName;
  readonly profile: string;
  /**
   * Every request that left the extension (there must be none), and the console errors and
   * uncaught exceptions of its pages, since launch or the last clearProblems().
   */
  problems(): Promise<{ requests: string[]; errors: string[] }>;
  clearProblems(): void;
  /** Opens a new tab the way a user does and waits for its main heading. */
  newTab(): Promise<Tab>;
  /** Opens several new tabs at the same moment. */
  newTabs(count: number): Promise<Tab[]>;
  /**
   * Takes localStorage away from pages opened from now on, the way each browser can lose it:
   * Chromium's throws SecurityError on access (blocked site data), Firefox's is null
   * (dom.storage.enabled off).
   */
  disableLocalStorage(): Promise<void>;
  /** Opens one of the extension's own pages, such as options.html. */
  openPage(path: string): Promise<Tab>;
  /** Closes the browser (failing if a request left the extension); a fresh profile is deleted. */
  close(): Promise<void>;
}
