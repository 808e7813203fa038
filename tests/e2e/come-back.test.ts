/**
 * Favorites that come back (a note of your own, "Soon / Later / Much later"), lessons hidden for
 * good, and the progress figures, as a user meets them. A favorite is made due by moving its
 * schedule back in the stored state, never by waiting.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { BROWSER, launch, type Tab as Page, type Session } from './driver';
import { beforeTheMerge } from './stored-favorites';

const DAY = 24 * 60 * 60 * 1000;
const NOTE = 'Tried it on Monday: two customers said yes.';
const heart = (page: Page) => page.getByRole('button', { name: 'Favorite', exact: true });
const cardId = async (page: Page) =>
  (await page.getByRole('article').getAttribute('data-lesson-id')) as string;
const title = async (page: Page) => (await page.getByRole('heading', { level: 1 }).textContent()) as string;
const progress = (page: Page) => page.getByRole('region', { name: 'Your progress' });

/** The schedule of favorite `id` as if it was last seen `days` ago with a two-day half-life. */
async function lastSeen(page: Page, id: string, days: number) {
  await page.evaluate(
    ({ id, days, day }) => {
      const copy = JSON.parse(localStorage.getItem('lesson-tab:resurface') ?? 'null');
      if (!copy?.favorites?.[id]) throw new Error(`no schedule for ${id}`);
      copy.state.entries[id] = { halfLife: 2 * day, seenAt: Date.now() - days * day };
      copy.state.lastWasFavorite = false;
      delete copy.state.day;
      localStorage.setItem('lesson-tab:resurface', JSON.stringify(copy));
    },
    { id, days, day: DAY },
  );
}

/** A new tab, which must bring favorite `id` back with its banner and its note. */
async function openComingBack(session: Session, id: string, note: string): Promise<Page> {
  const back = await session.newTab();
  expect(await cardId(back)).toBe(id);
  const card = back.getByRole('article');
  await card.getByText('From your favorites').waitFor();
  expect(await card.textContent()).toContain(note);
  return back;
}

const halfLife = (page: Page, id: string) =>
  page.evaluate(
    (id) => JSON.parse(localStorage.getItem('lesson-tab:resurface') ?? 'null')?.state.entries[id]?.halfLife,
    id,
  );

describe(`favorites that come back (${BROWSER})`, () => {
  let session: Session;
  const profile = mkdtempSync(join(tmpdir(), 'lesson-tab-come-back-'));
  let favoriteId = '';
  beforeAll(async () => {
    session = await launch({ profile });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows where you are in the cycle: the figures match the tabs opened', async () => {
    for (let i = 0; i < 3; i++) await (await session.newTab()).close();
    const options = await session.openPage('options.html');
    await progress(options).getByText('3 of 42 seen in this cycle · cycle 1').waitFor();
    const table = progress(options).getByRole('table', { name: 'Lessons seen and favorited, by theme' });
    expect(await table.getByRole('row').count()).toBeGreaterThan(5);
    await options.evaluate(() => document.getElementById('progress-heading')?.scrollIntoView());
    await options.screenshot('options-progress');
    await options.close();
  });

  it('brings a favorite back when it is due, with your note, and "Later" or "Much later" moves it', async () => {
    const tab = await session.newTab();
    favoriteId = await cardId(tab);
    await expect.poll(() => heart(tab).getAttribute('aria-disabled')).toBeNull();
    await heart(tab).click();
    await expect.poll(() => heart(tab).getAttribute('aria-pressed')).toBe('true');
    // The note is written on the card, saved as it is typed.
    await tab.getByRole('button', { name: 'Add a note' }).click();
    await tab.getByRole('textbox', { name: 'Your note' }).click();
    await tab.type(NOTE);
    await tab.getByText('Saved').waitFor();
    // Escape closes the field, and focus goes back to its button.
    await tab.press('Escape');
    await expect.poll(() => tab.getByRole('textbox', { name: 'Your note' }).count()).toBe(0);
    expect(await tab.evaluate(() => document.activeElement?.textContent)).toBe('Edit note');
    await lastSeen(tab, favoriteId, 3);
    // Never the card shown last: move on first.
    await tab.getByRole('button', { name: 'Next lesson' }).click();
    await expect.poll(() => cardId(tab)).not.toBe(favoriteId);
    await tab.close();

    const back = await openComingBack(session, favoriteId, NOTE);
    await back.screenshot('favorite-comes-back-light', { fullPage: true });
    expect(await axeViolations(back)).toEqual([]);
    await back.setColorScheme('dark');
    await back.screenshot('favorite-comes-back-dark', { fullPage: true });
    expect(await axeViolations(back)).toEqual([]);
    await back.setColorScheme('light');
    // Silence counts as "Later": the half-life already doubled; "Much later" makes it four times.
    expect(await halfLife(back, favoriteId)).toBe(4 * DAY);
    await back.getByRole('button', { name: 'Later', exact: true }).click();
    await back.getByText('Got it: it comes back in 4 days.').waitFor();
    expect(await halfLife(back, favoriteId)).toBe(4 * DAY);
    // A second thought replaces the first: "Much later" is four times the half-life it came with.
    await back.getByRole('button', { name: 'Much later' }).click();
    await back.getByText('Got it: it comes back in 8 days.').waitFor();
    expect(await back.getByRole('button', { name: 'Much later' }).getAttribute('aria-pressed')).toBe('true');
    expect(await halfLife(back, favoriteId)).toBe(8 * DAY);
    await back.close();
    // Never two in a row, never twice a day.
    const after = await session.newTab();
    expect(await cardId(after)).not.toBe(favoriteId);
    expect(await after.getByText('From your favorites').count()).toBe(0);
    await after.close();
  });

  it('keeps the note across a restart, finds it by search, and exports it', async () => {
    await session.close();
    session = await launch({ profile });
    const options = await session.openPage('options.html');
    const library = options.getByRole('region', { name: 'Favorites' });
    await library.getByText(NOTE).waitFor();
    await library.getByRole('searchbox').click();
    await options.type('two customers');
    await expect.poll(() => library.getByRole('listitem').count()).toBe(1);
    const json = await options.download(library.getByRole('button', { name: 'Export JSON' }));
    const exported = JSON.parse(readFileSync(json.path, 'utf8'));
    expect(exported.favorites).toMatchObject([{ lessonId: favoriteId, note: NOTE }]);
    const markdown = await options.download(library.getByRole('button', { name: 'Export Markdown' }));
    expect(readFileSync(markdown.path, 'utf8')).toContain(NOTE);
    await options.close();
  });

  it('brings back a favorite saved before two cards were merged, as the card it became', async () => {
    const merged = 'repair-the-roof-in-sunshine';
    const note = 'Saved before the merge.';
    const tab = await session.newTab();
    await tab.getByRole('button', { name: 'Favorites' }).click();
    const panel = tab.getByRole('dialog', { name: 'Favorites' });
    await tab.chooseFile(panel.getByRole('button', { name: 'Import JSON…' }), beforeTheMerge(note));
    await expect.poll(() => panel.getByRole('status').textContent()).toContain('1 added');
    await tab.press('Escape');
    // Its schedule goes by the card it became.
    await expect
      .poll(() =>
        tab.evaluate(
          (id) => id in (JSON.parse(localStorage.getItem('lesson-tab:resurface') ?? '{}').favorites ?? {}),
          merged,
        ),
      )
      .toBe(true);
    await lastSeen(tab, merged, 3);
    // Never the card shown last: move on, past it too if it is dealt.
    for (let shown = await cardId(tab); ; ) {
      await tab.getByRole('button', { name: 'Next lesson' }).click();
      await expect.poll(() => cardId(tab)).not.toBe(shown);
      shown = await cardId(tab);
      if (shown !== merged) break;
    }
    await tab.close();

    const back = await openComingBack(session, merged, note);
    expect(await heart(back).getAttribute('aria-pressed')).toBe('true');
    await back.getByRole('button', { name: 'Later', exact: true }).click();
    await back.getByText('Got it: it comes back in 4 days.').waitFor();
    // The app, past the first frame, has it as a favorite too.
    expect(await heart(back).getAttribute('aria-pressed')).toBe('true');
    expect(await halfLife(back, merged)).toBe(4 * DAY);
    await back.close();
  });

  it('hides a lesson for good, with Undo, and shows it again from the settings', async () => {
    const tab = await session.newTab();
    const hiddenTitle = await title(tab);
    await tab.getByRole('button', { name: 'Don’t show this again' }).click();
    await tab.getByText(`“${hiddenTitle}” won’t be shown again.`).waitFor();
    expect(await title(tab)).not.toBe(hiddenTitle);
    await tab.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => title(tab)).toBe(hiddenTitle);
    // With the keyboard this time.
    await tab.press('h');
    await tab.getByText(`“${hiddenTitle}” won’t be shown again.`).waitFor();

    const options = await session.openPage('options.html');
    const section = options.getByRole('region', { name: 'Hidden lessons' });
    await section.getByText(hiddenTitle).waitFor();
    await options.evaluate(() => document.getElementById('hidden-lessons-heading')?.scrollIntoView());
    await options.screenshot('options-hidden-lessons');
    await section.getByRole('button', { name: `Show “${hiddenTitle}” again` }).click();
    await section.getByText('No hidden lessons.').waitFor();
    await options.close();
    await tab.close();
  });
});
