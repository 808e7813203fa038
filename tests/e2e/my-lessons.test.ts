import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER, launch, type Tab as Page, type Session } from './driver';
import { storedIds } from './stored-favorites';

const section = (page: Page) => page.getByRole('region', { name: 'My lessons' });
const form = (page: Page) => page.getByRole('form', { name: /New lesson|Edit/ });
const cardId = async (page: Page) =>
  (await page.getByRole('article').getAttribute('data-lesson-id')) as string;

/** Fills the form's fields the way a user does: click into a field, type. */
async function fill(page: Page, fields: Record<string, string>) {
  for (const [label, text] of Object.entries(fields)) {
    await form(page).getByRole('textbox', { name: label, exact: true }).click();
    await page.press('Control+A');
    await page.type(text);
  }
}

async function onlyMine(options: Page) {
  await options.getByRole('radio', { name: 'My own lessons only' }).check();
}

describe(`my lessons (${BROWSER})`, () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('are written in a form that says what is missing, and then shown on a new tab as yours', async () => {
    const options = await session.openPage('options.html');
    await section(options).getByRole('button', { name: 'Add a lesson' }).click();
    await form(options).getByRole('button', { name: 'Save lesson' }).click();
    expect(await form(options).getByText('The title is missing.').count()).toBeGreaterThan(0);
    await fill(options, {
      Title: 'Ship before you are ready',
      'The lesson': 'A first version in users’ hands teaches more than a month of polishing.',
      'Source (optional: a book, a person, a link)': 'My first startup',
    });
    await form(options).getByRole('checkbox', { name: 'Innovation' }).check();
    await form(options).getByRole('button', { name: 'Save lesson' }).click();
    await section(options).getByRole('heading', { name: 'Ship before you are ready' }).waitFor();
    expect(await section(options).getByText('Your lessons: 1').count()).toBe(1);
    await onlyMine(options);

    const tab = await session.newTab();
    await tab.getByRole('heading', { name: 'Ship before you are ready', level: 1 }).waitFor();
    expect(await tab.getByRole('article').textContent()).toMatch(/Your lesson · Source: My first startup/);
    await tab.screenshot('my-lesson-card');
    // Favorited like any card, and found by the favorites' search.
    const heart = tab.getByRole('button', { name: 'Favorite', exact: true });
    await expect.poll(() => heart.getAttribute('aria-disabled')).toBeNull();
    await heart.click();
    await expect.poll(() => heart.getAttribute('aria-pressed')).toBe('true');
    await tab.getByRole('button', { name: 'Favorites' }).click();
    const library = tab.getByRole('dialog', { name: 'Favorites' });
    await library.getByRole('searchbox').click();
    await tab.type('polishing');
    await library.getByRole('heading', { name: 'Ship before you are ready' }).waitFor();
    await tab.press('Escape');
    await tab.close();
    await options.close();
  });

  it('edited on the options page change on an open new tab; deleted, they come back with Undo', async () => {
    const tab = await session.newTab();
    await tab.getByRole('heading', { name: 'Ship before you are ready', level: 1 }).waitFor();
    const options = await session.openPage('options.html');
    await section(options).getByRole('button', { name: 'Edit “Ship before you are ready”' }).click();
    await fill(options, { Title: 'Ship it this week' });
    await form(options).getByRole('button', { name: 'Save lesson' }).click();
    await tab.getByRole('heading', { name: 'Ship it this week', level: 1 }).waitFor();

    await section(options).getByRole('button', { name: 'Delete “Ship it this week”' }).click();
    await section(options).getByText('No lessons of your own yet.').waitFor();
    await section(options).getByRole('button', { name: 'Undo' }).click();
    await section(options).getByRole('heading', { name: 'Ship it this week' }).waitFor();
    await tab.close();
    await options.close();
  });

  it('import from CSV after a preview that names each rejected line', async () => {
    const options = await session.openPage('options.html');
    const csv = [
      'title,lesson,quote,speaker,tryThis,themes,source,lang',
      '"Price, then build","Ask for money before writing code, because a price tells you more than praise.",,,,customers;innovation,Notebook,en',
      ',"No title here",,,,failure,,en',
      '"Wrong theme","A lesson with a theme that does not exist.",,,,cooking,,en',
      '"Two lines","First line,',
      'second line of the same lesson.",,,,people,,en',
    ].join('\r\n');
    await options.chooseFile(
      section(options).getByRole('button', { name: 'Import lessons (CSV or JSON)…' }),
      {
        name: 'lessons.csv',
        contents: csv,
      },
    );
    const preview = section(options).getByRole('region', { name: /lessons\.csv/ });
    await preview.waitFor();
    expect(await preview.getByRole('heading').textContent()).toMatch(/2 to import, 2 rejected/);
    const rejected = await preview.getByRole('listitem').allTextContents();
    expect(rejected.join('\n')).toMatch(/Line 3: .*title/i);
    expect(rejected.join('\n')).toMatch(/Line 4: .*cooking/);
    await options.screenshot('my-lessons-import-preview', { fullPage: true });
    await preview.getByRole('button', { name: 'Import (2)' }).click();
    await section(options).getByText('Imported: 2.').waitFor();
    await section(options).getByRole('heading', { name: 'Price, then build' }).waitFor();
    await section(options).getByRole('heading', { name: 'Two lines' }).waitFor();
    await options.close();
  });

  it('show hostile text as text', async () => {
    const options = await session.openPage('options.html');
    const hostile = '<img src=x onerror="document.title=1">';
    await section(options).getByRole('button', { name: 'Add a lesson' }).click();
    await fill(options, { Title: hostile, 'The lesson': `<script>document.title=2</script>${hostile}` });
    await form(options).getByRole('checkbox', { name: 'Failure' }).check();
    await form(options).getByRole('button', { name: 'Save lesson' }).click();
    await section(options).getByRole('heading', { name: hostile }).waitFor();
    expect(await options.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    // Until it comes up in the rotation: every lesson of the user's is dealt once per cycle.
    let found = false;
    for (let i = 0; i < 6 && !found; i++) {
      const tab = await session.newTab();
      found = (await tab.getByRole('heading', { name: hostile, level: 1 }).count()) === 1;
      if (found) {
        expect(await tab.evaluate(() => document.querySelectorAll('img, script:not([src])').length)).toBe(0);
        expect(await tab.title()).not.toMatch(/^[12]$/);
        expect(await cardId(tab)).toMatch(/^my-/);
      }
      await tab.close();
    }
    expect(found).toBe(true);
    await options.close();
  });
});

describe(`my lessons by keyboard (${BROWSER})`, () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('are written and saved with the keyboard alone, from the page’s start', async () => {
    const options = await session.openPage('options.html');
    await section(options).getByRole('button', { name: 'Add a lesson' }).waitFor();
    // From the page's start, Tab to "Add a lesson" as a keyboard user would.
    let focused = '';
    for (let i = 0; i < 60 && focused !== 'Add a lesson'; i++) {
      await options.press('Tab');
      focused = await options.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(focused).toBe('Add a lesson');
    await options.press('Enter');
    // The form opens with the cursor in its title.
    await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe('lesson-title');
    await options.type('Write it down');
    await options.press('Tab');
    await options.type('A lesson not written down is a lesson learned twice.');
    // Past the quote, who said it, try this and the source, to the first theme's checkbox.
    for (let i = 0; i < 5; i++) await options.press('Tab');
    expect(await options.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('checkbox');
    await options.press(' ');
    await options.press('Enter');
    await section(options).getByRole('heading', { name: 'Write it down' }).waitFor();
    expect(await section(options).getByText('Lesson saved.').count()).toBe(1);
    await options.close();
  });
});

describe(`back up everything (${BROWSER})`, () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('backs up, and after everything is cleared restores favorites, lessons and settings', async () => {
    const tab = await session.newTab();
    const heart = tab.getByRole('button', { name: 'Favorite', exact: true });
    await expect.poll(() => heart.getAttribute('aria-disabled')).toBeNull();
    await heart.click();
    await expect.poll(() => heart.getAttribute('aria-pressed')).toBe('true');
    const favorited = await tab.getByRole('heading', { level: 1 }).textContent();
    // The heart shows the press at once; the tab closes only once the database has it.
    await expect.poll(async () => (await storedIds(tab)).length).toBe(1);
    await tab.close();
    const options = await session.openPage('options.html');
    await section(options).getByRole('button', { name: 'Add a lesson' }).click();
    await fill(options, {
      Title: 'Keep a backup',
      'The lesson': 'What is not backed up is lent, not owned.',
    });
    await form(options).getByRole('checkbox', { name: 'Persistence' }).check();
    await form(options).getByRole('button', { name: 'Save lesson' }).click();
    await section(options).getByRole('heading', { name: 'Keep a backup' }).waitFor();
    const backupSection = options.getByRole('region', { name: 'Backup' });
    const { path } = await options.download(
      backupSection.getByRole('button', { name: 'Back up everything' }),
    );
    const contents = (await import('node:fs')).readFileSync(path, 'utf8');
    expect(JSON.parse(contents)).toMatchObject({ format: 'lesson-tab-backup', version: 2 });

    // Everything cleared: the lesson deleted, the favorite removed, a setting changed.
    await section(options).getByRole('button', { name: 'Delete “Keep a backup”' }).click();
    await section(options).getByText('No lessons of your own yet.').waitFor();
    const favorites = options.getByRole('region', { name: 'Favorites' });
    await favorites.getByRole('button', { name: `Remove “${favorited}”` }).click();
    await options.getByRole('radio', { name: 'Dark' }).check();

    await options.chooseFile(backupSection.getByRole('button', { name: 'Restore from a backup…' }), {
      name: 'backup.json',
      contents,
    });
    const preview = backupSection.getByRole('region', { name: 'backup.json' });
    await preview.waitFor();
    const lines = (await preview.getByRole('listitem').allTextContents()).join('\n');
    expect(lines).toMatch(/added back: favorites 1, your lessons 1/);
    expect(lines).toMatch(/Settings that will change: Colours/);
    await options.screenshot('backup-restore-preview', { fullPage: true });
    await preview.getByRole('button', { name: 'Restore' }).click();
    await expect
      .poll(() => backupSection.getByRole('status').textContent())
      .toMatch(/Restored “backup.json”/);
    await section(options).getByRole('heading', { name: 'Keep a backup' }).waitFor();
    await favorites.getByRole('heading', { name: favorited as string }).waitFor();
    await expect
      .poll(() => options.getByRole('radio', { name: 'Same as the system' }).isChecked())
      .toBe(true);
    await options.close();
  });

  it('refuses a file that is not a backup, and changes nothing', async () => {
    const options = await session.openPage('options.html');
    const backupSection = options.getByRole('region', { name: 'Backup' });
    await options.chooseFile(backupSection.getByRole('button', { name: 'Restore from a backup…' }), {
      name: 'favorites.json',
      contents: '{"format":"lesson-tab-favorites","version":1,"favorites":[]}',
    });
    await expect
      .poll(() => backupSection.getByRole('status').textContent())
      .toMatch(/Could not restore “favorites.json”: This is not a Lesson Tab backup/);
    await section(options).getByRole('heading', { name: 'Keep a backup' }).waitFor();
    await options.close();
  });
});
