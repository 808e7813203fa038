/**
 * Finding elements by role and accessible name inside a Firefox page. Testing Library's queries
 * (the same accessible-name rules as its unit tests here) are loaded into the page on first use,
 * and the name is matched the way Playwright matches it in Chromium.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ElementHandle, Page } from 'puppeteer-core';

let queries: string | undefined;
/** Testing Library's browser bundle, read on first use. */
const QUERIES = () =>
  (queries ??= readFileSync(
    createRequire(import.meta.url).resolve('@testing-library/dom/dist/@testing-library/dom.umd.min.js'),
    'utf8',
  ));

export type NameMatch = { text: string; exact: boolean } | { regex: string; flags: string };
export type Step =
  | {
      role: string;
      name?: NameMatch;
      level?: number;
      pressed?: boolean;
      checked?: boolean;
      exact?: undefined;
    }
  | { text: string }
  | { css: string }
  | { nth: number };

/** Runs in the page: every element the steps lead to, in document order. */
function resolve(steps: Step[]): Element[] {
  const dom = (window as unknown as { TestingLibraryDom: TestingLibrary }).TestingLibraryDom;
  const normal = (s: string) => s.replace(/\s+/g, ' ').trim();
  const matcher = (match: NameMatch) => {
    if ('regex' in match) {
      const regex = new RegExp(match.regex, match.flags);
      return (name: string) => regex.test(name);
    }
    const wanted = normal(match.text);
    return match.exact
      ? (name: string) => normal(name) === wanted
      : (name: string) => normal(name).toLowerCase().includes(wanted.toLowerCase());
  };
  let found: (Element | Document)[] = [document];
  for (const step of steps) {
    if ('nth' in step) {
      found = found.slice(step.nth, step.nth + 1);
      continue;
    }
    const next = new Set<Element>();
    for (const root of found) {
      const container = (root instanceof Document ? root.documentElement : root) as HTMLElement;
      let elements: Element[];
      if ('css' in step) elements = [...container.querySelectorAll(step.css)];
      else if ('text' in step)
        elements = dom.queryAllByText(container, matcher({ text: step.text, exact: false }));
      else {
        const { role, name, exact: _, ...options } = step;
        elements = dom.queryAllByRole(container, role, {
          ...options,
          ...(name && { name: matcher(name) }),
          hidden: false,
          queryFallbacks: true,
        });
      }
      for (const element of elements) next.add(element);
    }
    found = [...next].sort((a, b) =>
      a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
  }
  return found as Element[];
}
interface TestingLibrary {
  queryAllByRole(container: HTMLElement, role: string, options: object): Element[];
  queryAllByText(container: HTMLElement, matcher: (text: string) => boolean): Element[];
}

/** The elements the steps lead to now (none is not an error: callers wait). */
export async function findAll(page: Page, steps: Step[]): Promise<ElementHandle<Element>[]> {
  const loaded = await page.evaluate(() => 'TestingLibraryDom' in window);
  // A new document: load the queries (through BiDi, so the page's CSP does not apply).
  if (!loaded) await page.evaluate(QUERIES());
  const list = await page.evaluateHandle(resolve, steps);
  const properties = await list.getProperties();
  const handles: ElementHandle<Element>[] = [];
  for (const [key, value] of properties) {
    const element = value.asElement();
    if (/^\d+$/.test(key) && element) handles.push(element as ElementHandle<Element>);
  }
  await list.dispose();
  return handles;
}
