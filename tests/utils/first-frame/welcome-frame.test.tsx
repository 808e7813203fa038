import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../../data/lessons';
import { frameTree } from '../../../utils/first-frame/frame-tree';
import { fits } from '../../../utils/first-frame/frames';
import { ENGLISH, loadLanguage } from '../../../utils/i18n/i18n';

describe('first frames', () => {
  // The first tab of a fresh profile has no frame from a previous tab: it starts with this one,
  // bundled into the first-frame script. A file snapshot keeps it equal to what the app renders;
  // after changing the card or the page, `npx vitest run -u` writes it again.
  it('is the first card as the app renders it, in English', async () => {
    const [first] = LESSONS;
    if (!first) throw new Error('the deck is empty');
    const frame = { id: first.id, tree: frameTree(first, ENGLISH) };
    await expect(`${JSON.stringify(frame, null, 1)}\n`).toMatchFileSnapshot(
      '../../../data/welcome-frame.json',
    );
  });

  // A frame the first-frame script would refuse costs that card its quick first frame, silently.
  it('of every card, in both languages, pass the check the first-frame script makes', async () => {
    for (const pack of [ENGLISH, await loadLanguage('fr')]) {
      for (const lesson of LESSONS) {
        expect(
          fits({ id: lesson.id, tree: frameTree(lesson, pack) }, lesson.id),
          `${lesson.id} (${pack.lang})`,
        ).toBe(true);
        // And as a favorite coming back, with a note.
        const returning = { savedAt: Date.UTC(2026, 4, 3), note: 'Tried it on Monday.\nIt worked.' };
        expect(
          fits({ id: lesson.id, tree: frameTree(lesson, pack, true, returning) }, lesson.id),
          `${lesson.id} (${pack.lang}, coming back)`,
        ).toBe(true);
      }
    }
  });
});
