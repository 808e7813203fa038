import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { BROWSER, launch, type Tab as Page, type Session } from './driver';

const LANGUAGE_RADIOS = {
  en: 'English',
  fr: 'Français',
  auto: /^(Same as the browser|Comme le navigateur)$/,
};

/** Picks a language on the options page and waits until new tabs will see it. */
async function setLanguage(session: Session, language: keyof typeof LANGUAGE_RADIOS) {
  const options = await session.openPage('options.html');
  await options.getByRole('radio', { name: LANGUAGE_RADIOS[language] }).check();
  const saved = () =>
    options.evaluate(
      () => JSON.parse(localStorage.getItem('lesson-tab:settings') ?? '{}').settings?.language,
    );
  await expect.poll(saved).toBe(language);
  await options.close();
}

/** Waits until no animation runs (a card's entrance), so colours are measured as a reader sees them. */
async function settle(page: Page) {
  await new Promise((resolve) => setTimeout(resolve, 50)); // Let a key press's new card reach the screen first.
  await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBe(0);
}

describe(`accessibility and languages (${BROWSER})`, () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const language of ['en', 'fr'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`has no axe violations in ${language}, ${scheme}: new tab, favorites panel, options`, async () => {
        await setLanguage(session, language);
        const page = await session.newTab();
        await page.setColorScheme(scheme);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
        // A card with a quote has every part a card can have.
        for (let i = 0; i < 40 && (await page.locator('blockquote').count()) === 0; i++)
          await page.press('ArrowRight');
        await page.press('f');
        await settle(page);
        expect(await axeViolations(page)).toEqual([]);
        const tag = `${language}-${scheme}`;
        await page.screenshot(`a11y-newtab-${tag}`);
        await page.getByRole('button', { name: language === 'en' ? 'Favorites' : 'Favoris' }).click();
        await page.getByRole('dialog').waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot(`a11y-favorites-${tag}`);
        await page.press('Escape');
        await page.press('?');
        await page.getByRole('dialog').waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot(`a11y-help-${tag}`);
        await page.close();

        const options = await session.openPage('options.html');
        await options.setColorScheme(scheme);
        await options.getByRole('heading', { level: 1 }).waitFor();
        expect(await axeViolations(options)).toEqual([]);
        await options.screenshot(`a11y-options-${tag}`, { fullPage: true });
        // The lesson form, with the errors an empty save shows beside its fields.
        await options
          .getByRole('button', { name: language === 'en' ? 'Add a lesson' : 'Ajouter une leçon' })
          .click();
        await options
          .getByRole('button', { name: language === 'en' ? 'Save lesson' : 'Enregistrer la leçon' })
          .click();
        await options.getByText(language === 'en' ? 'The title is missing.' : 'Le titre manque.').waitFor();
        // The first field that says why has the focus, its error as its description.
        await expect
          .poll(() => options.evaluate(() => document.activeElement?.getAttribute('aria-describedby')))
          .toBe('lesson-title-error');
        expect(await axeViolations(options)).toEqual([]);
        await options.screenshot(`a11y-lesson-form-${tag}`, { fullPage: true });
        await options.close();
      });
    }
  }

  it('reads well from 360 px to 4K, with long French words wrapping', async () => {
    await setLanguage(session, 'fr');
    const page = await session.newTab();
    for (const [width, height] of [
      [360, 740],
      [768, 1024],
      [3840, 2160],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (let i = 0; i < 6; i++) {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${width}px wide`).toBeLessThanOrEqual(0);
        await page.press('ArrowRight');
      }
      await settle(page);
      await page.screenshot(`layout-fr-${width}`);
    }
    await page.close();
    await setLanguage(session, 'auto');
  });

  it('announces a new card politely, and respects reduced motion', async () => {
    const page = await session.newTab();
    const live = page.locator('[aria-live="polite"]');
    expect(await live.textContent()).toBe('');
    const first = await page.getByRole('article').getAttribute('data-lesson-id');
    await page.press('ArrowRight');
    await expect.poll(() => page.getByRole('article').getAttribute('data-lesson-id')).not.toBe(first);
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    await expect.poll(() => live.textContent()).toContain(title);
    expect(
      await page.evaluate(() => document.querySelector('article')?.getAnimations().length),
    ).toBeGreaterThan(0);
    await page.setReducedMotion(true);
    await page.press('ArrowRight');
    expect(await page.evaluate(() => document.querySelector('article')?.getAnimations().length)).toBe(0);
    await page.setReducedMotion(false);
    await page.close();
  });

  it('has shortcuts for help and copy, and none fire while typing', async () => {
    const page = await session.newTab();
    // The copy goes through navigator.clipboard; catch what it is given.
    await page.evaluate(() => {
      navigator.clipboard.writeText = async (text: string) => {
        (window as unknown as { copied: string }).copied = text;
      };
    });
    await page.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    expect(await help.getByRole('term').count()).toBe(8);
    await page.press('Escape');
    await expect.poll(() => help.isVisible()).toBe(false);

    await page.press('c');
    const title = (await page.getByRole('heading', { level: 1 }).textContent()) as string;
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('copied');
    expect(await page.evaluate(() => (window as unknown as { copied: string }).copied)).toContain(title);

    const heart = page.getByRole('button', { name: 'Favorite', exact: true });
    const id = await page.getByRole('article').getAttribute('data-lesson-id');
    const favorited = await heart.getAttribute('aria-pressed');
    await page.getByRole('button', { name: 'Favorites' }).click();
    await page.type('fcnh?');
    expect(await page.getByRole('searchbox').inputValue()).toBe('fcnh?');
    await page.press('Escape');
    expect(await page.getByRole('article').getAttribute('data-lesson-id')).toBe(id);
    expect(await heart.getAttribute('aria-pressed')).toBe(favorited);
    await page.close();
  });

  it('made no request outside the extension and logged no errors', async () => {
    expect(await session.problems()).toEqual({ requests: [], errors: [] });
  });
});

describe(`following the browser’s language (${BROWSER})`, () => {
  it('shows French to a French browser', async () => {
    const session = await launch({ lang: 'fr' });
    try {
      const page = await session.newTab();
      // Without a frame in French, the app draws the page: let it finish.
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');
      await expect.poll(() => page.getByRole('button', { name: 'Leçon suivante' }).count()).toBe(1);
      await expect.poll(() => page.title()).toBe('Nouvel onglet');
    } finally {
      await session.close();
    }
  });
});
