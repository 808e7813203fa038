import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LESSONS } from '../../data/lessons';
import { BROWSER, launch, type Tab as Page, type Session } from './driver';
import { beforeTheMerge, storedIds } from './stored-favorites';

const heart = (page: Page) => page.getByRole('button', { name: 'Favorite', exact: true });
const cardId = async (page: Page) =>
  (await page.getByRole('article').getAttribute('data-lesson-id')) as string;
const pressed = (page: Page) => heart(page).getAttribute('aria-pressed');
const panel = (page: Page) => page.getByRole('dialog', { name: 'Favorites' });

async function favoriteCurrent(page: Page) {
  await expect.poll(() => heart(page).getAttribute('aria-disabled')).toBeNull();
  await heart(page).click();
  await expect.poll(() => pressed(page)).toBe('true');
}

describe(`favorites (${BROWSER})`, () => {
  let session: Session;
  const profile = mkdtempSync(join(tmpdir(), 'lesson-tab-favorites-'));
  beforeAll(async () => {
    session = await launch({ profile });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('keeps a favorite across a reload, and lists it in the panel', async () => {
    const page = await session.newTab();
    const id = await cardId(page);
    expect(await pressed(page)).toBe('false');
    await favoriteCurrent(page);
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    await page.reload();
    await page.getByRole('article').waitFor();
    // A reload draws a new card; the favorite is in the panel and shows as favorited.
    await page.getByRole('button', { name: 'Favorites' }).click();
    await expect
      .poll(() =>
        panel(page)
          .getByRole('heading', { name: title as string })
          .count(),
      )
      .toBe(1);
    await panel(page)
      .getByRole('button', { name: `Show “${title}”` })
      .click();
    expect(await cardId(page)).toBe(id);
    await expect.poll(() => pressed(page)).toBe('true');
    expect(await storedIds(page)).toEqual([id]);
    await page.close();
  });

  it('keeps favorites when the browser is closed and opened again', async () => {
    const before = await storedIds(await session.newTab());
    await session.close();
    session = await launch({ profile });
    const page = await session.newTab();
    expect(await storedIds(page)).toEqual(before);
    await page.getByRole('button', { name: 'Favorites' }).click();
    await expect.poll(() => panel(page).getByRole('listitem').count()).toBe(before.length);
    await page.close();
  });

  it('updates another open tab showing the same card', async () => {
    const first = await session.newTab();
    const second = await session.newTab();
    // The second tab steps back to the card the first tab drew.
    await second.getByRole('button', { name: 'Previous lesson' }).click();
    const firstId = await cardId(first);
    await expect.poll(() => cardId(second)).toBe(firstId);
    await favoriteCurrent(first);
    await expect.poll(() => pressed(second), { timeout: 1000 }).toBe('true');
    await heart(second).click();
    await expect.poll(() => pressed(first), { timeout: 1000 }).toBe('false');
    await Promise.all([first.close(), second.close()]);
  });

  it('ends consistent after two tabs toggle the same card 100 times each', async () => {
    const one = await session.newTab();
    const two = await session.newTab();
    await two.getByRole('button', { name: 'Previous lesson' }).click();
    const id = await cardId(one);
    await expect.poll(() => cardId(two)).toBe(id);
    const hammer = async (page: Page) => {
      for (let i = 0; i < 100; i++) await page.press('f');
    };
    await Promise.all([hammer(one), hammer(two)]);
    // Writes may still be landing: wait until the database and both tabs agree.
    const states = async () => [
      (await storedIds(one)).includes(id) ? 'true' : 'false',
      await pressed(one),
      await pressed(two),
    ];
    await expect.poll(async () => new Set(await states()).size, { timeout: 10_000 }).toBe(1);
    await Promise.all([one.close(), two.close()]);
  });

  it('round-trips export, clear and import through real files', async () => {
    const page = await session.newTab();
    for (let i = 0; i < 3; i++) {
      if ((await pressed(page)) === 'false') await favoriteCurrent(page);
      await page.getByRole('button', { name: 'Next lesson' }).click();
    }
    const before = await storedIds(page);
    expect(before.length).toBeGreaterThanOrEqual(3);

    await page.getByRole('button', { name: 'Favorites' }).click();
    const json = await page.download(panel(page).getByRole('button', { name: 'Export JSON' }));
    expect(json.filename).toMatch(/^lesson-tab-favorites-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = readFileSync(json.path, 'utf8');
    expect(JSON.parse(exported).favorites).toHaveLength(before.length);

    const markdown = await page.download(panel(page).getByRole('button', { name: 'Export Markdown' }));
    expect(markdown.filename).toMatch(/\.md$/);

    for (let left = before.length; left > 0; left--) {
      await panel(page)
        .getByRole('button', { name: /^Remove/ })
        .first()
        .click();
      await expect.poll(() => storedIds(page)).toHaveLength(left - 1);
    }
    await expect.poll(() => panel(page).getByText('No favorites yet').count()).toBe(1);

    await page.chooseFile(panel(page).getByRole('button', { name: 'Import JSON…' }), {
      name: json.filename,
      contents: exported,
    });
    await expect
      .poll(() => panel(page).getByRole('status').textContent())
      .toContain(`${before.length} added, 0 updated, 0 skipped`);
    expect(await storedIds(page)).toEqual(before);
    await page.screenshot('favorites-panel-light');
    await page.setColorScheme('dark');
    await page.screenshot('favorites-panel-dark');
    await page.setColorScheme('light');
    await page.close();
  });

  it('refuses a broken file with a message and leaves favorites untouched', async () => {
    const page = await session.newTab();
    const before = await storedIds(page);
    await page.getByRole('button', { name: 'Favorites' }).click();
    await page.chooseFile(panel(page).getByRole('button', { name: 'Import JSON…' }), {
      name: 'broken.json',
      contents: '{"format": "lesson-tab-fav',
    });
    await expect
      .poll(() => panel(page).getByRole('status').textContent())
      .toMatch(/Could not import “broken.json”.*not valid JSON/);
    expect(await storedIds(page)).toEqual(before);
    await page.screenshot('favorites-import-error');
    await page.close();
  });

  it('works by keyboard alone', async () => {
    const page = await session.newTab();
    const count = (await storedIds(page)).length;
    // Tab to the Favorites button: it comes first on the page.
    await page.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toContain('Favorites');
    await page.press('Enter');
    await expect.poll(() => panel(page).isVisible()).toBe(true);
    await page.type('a');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('search');
    await page.press('Control+A');
    await page.press('Backspace');
    // Tab along to the first Remove button and press it.
    for (let i = 0; i < 20; i++) {
      await page.press('Tab');
      const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      if (label.startsWith('Remove')) break;
    }
    await page.press('Enter');
    await expect.poll(async () => (await storedIds(page)).length).toBe(count - 1);
    await page.press('Escape');
    await expect.poll(() => panel(page).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toContain('Favorites');
    await page.close();
  });

  it('shows the same library on the options page', async () => {
    const page = await session.openPage('options.html');
    const count = (await storedIds(page)).length;
    const section = page.getByRole('region', { name: 'Favorites' });
    await expect.poll(() => section.getByRole('listitem').count()).toBe(count);
    await page.screenshot('options-favorites-light');
    await page.close();
  });

  it('shows a favorite saved before two cards were merged on the card it became, note and all', async () => {
    const page = await session.newTab();
    await page.getByRole('button', { name: 'Favorites' }).click();
    // A file from before the merge: the card it names is now part of another, itself saved too.
    const note = 'Read before the board meeting.';
    const [retired, merged] = ['hold-steady-in-the-storm', 'repair-the-roof-in-sunshine'];
    // Not saved by an earlier test, so the file decides which favorite is older.
    if ((await storedIds(page)).includes(merged)) {
      const title = LESSONS.find((lesson) => lesson.id === merged)?.title;
      await panel(page)
        .getByRole('button', { name: `Remove “${title}”` })
        .click();
      await expect.poll(() => storedIds(page)).not.toContain(merged);
    }
    await page.chooseFile(
      panel(page).getByRole('button', { name: 'Import JSON…' }),
      beforeTheMerge(note, true),
    );
    await expect.poll(() => panel(page).getByRole('status').textContent()).toMatch(/[12] added/);
    await panel(page).getByRole('button', { name: 'Show “Hold steady in the storm”' }).first().click();
    expect(await cardId(page)).toBe(merged);
    await expect.poll(() => pressed(page)).toBe('true');
    // The note is the one saved first.
    await page.getByRole('button', { name: 'Edit note' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Your note' }).inputValue()).toBe(note);
    // Unfavorited, it is gone under either name; Undo brings both back.
    await heart(page).click();
    await expect.poll(() => pressed(page)).toBe('false');
    await expect
      .poll(async () => (await storedIds(page)).filter((id) => id === retired || id === merged))
      .toEqual([]);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => pressed(page)).toBe('true');
    await expect
      .poll(async () => (await storedIds(page)).filter((id) => id === retired || id === merged))
      .toEqual([retired, merged]);
    await page.close();
  });

  it('made no request outside the extension and logged no errors', async () => {
    expect(await session.problems()).toEqual({ requests: [], errors: [] });
  });
});
