import { describe, expect, it } from 'vitest';
import { LESSONS_FR } from '../../../data/lessons-fr';
import { MESSAGES_EN } from '../../../data/messages-en';
import { hiddenItems } from '../../../utils/hidden-lessons/hidden-list';
import { translator } from '../../../utils/i18n/i18n';

const t = translator(MESSAGES_EN);
const hidden = [
  { id: 'my-a1b2c3d4e5f6', hiddenAt: 3 },
  { id: 'rejected-by-thirty-companies', hiddenAt: 2 },
  { id: 'hold-steady-in-the-storm', hiddenAt: 1 },
  { id: 'no-such-card' },
];
const mine = [{ id: 'my-a1b2c3d4e5f6', title: 'Ship on Fridays', lang: 'en' as const }];

describe('the hidden lessons’ names', () => {
  it('names ours in the reader’s language, the user’s own by theirs, a retired card by the one it became', () => {
    expect(hiddenItems(hidden, { mine, mineRead: true, lang: 'fr', translations: LESSONS_FR }, t)).toEqual([
      { id: 'my-a1b2c3d4e5f6', title: 'Ship on Fridays', lang: 'en' },
      { id: 'rejected-by-thirty-companies', title: 'Trente refus, une nouvelle voie', lang: 'fr' },
      { id: 'hold-steady-in-the-storm', title: LESSONS_FR['repair-the-roof-in-sunshine']?.title, lang: 'fr' },
      { id: 'no-such-card', title: 'A lesson that no longer exists' },
    ]);
  });

  it('keeps the English title, marked as such, until the French words have loaded', () => {
    const [, ours] = hiddenItems(hidden, { mine, mineRead: true, lang: 'fr' }, t);
    expect(ours).toEqual({
      id: 'rejected-by-thirty-companies',
      title: 'Thirty rejections, one new path',
      lang: 'en',
    });
  });

  it('does not call a lesson of the user’s gone before their lessons are read', () => {
    expect(hiddenItems(hidden.slice(0, 1), { mine: [], mineRead: false, lang: 'en' }, t)).toEqual([
      { id: 'my-a1b2c3d4e5f6', title: 'One of your own lessons' },
    ]);
    expect(hiddenItems(hidden.slice(0, 1), { mine: [], mineRead: true, lang: 'en' }, t)).toEqual([
      { id: 'my-a1b2c3d4e5f6', title: 'A lesson that no longer exists' },
    ]);
  });
});
