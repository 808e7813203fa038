import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ProgressSection, type ProgressSectionProps } from '../../components/ProgressSection';
import { loadLanguage } from '../../utils/i18n/i18n';
import { I18nContext, i18nFor } from '../../utils/i18n/i18n-context';

const props: ProgressSectionProps = {
  cycle: { seen: 27, total: 43, round: 3 },
  themes: [
    { theme: 'failure', cards: 12, seen: 9, favorited: 2 },
    { theme: 'going-global', cards: 7, seen: 0, favorited: 0 },
  ],
  dueThisWeek: 4,
};

describe('ProgressSection', () => {
  it('says where the reader is in the cycle and how many favorites come back this week', () => {
    render(<ProgressSection {...props} />);
    expect(screen.getByText('27 of 43 seen in this cycle · cycle 3')).toBeTruthy();
    expect(screen.getByText('4 favorites due this week.')).toBeTruthy();
  });

  it('gives the per-theme figures as a table, the chart hidden from screen readers', () => {
    const { container } = render(<ProgressSection {...props} />);
    const table = screen.getByRole('table', { name: 'Lessons seen and favorited, by theme' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['Theme', 'Seen', 'Favorited', 'Lessons']);
    const row = within(table).getByRole('row', { name: /Failure/ });
    expect(within(row).getByRole('rowheader').textContent).toBe('Failure');
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['9', '2', '12']);
    expect(within(table).getByRole('rowheader', { name: 'Going global' })).toBeTruthy();
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
    // One bar per theme, seen as a share of its cards.
    const seenBars = svg?.querySelectorAll('g .progress-chart__seen');
    expect(seenBars?.length).toBe(2);
    expect(Number(seenBars?.[0]?.getAttribute('width'))).toBeCloseTo((290 * 9) / 12);
    expect(Number(seenBars?.[1]?.getAttribute('width'))).toBe(0);
  });

  it.each([
    ['never', 'No favorites come back.'],
    [0, 'No favorites due this week.'],
    [1, '1 favorite due this week.'],
  ] as const)('says so when %s favorites come back', (dueThisWeek, text) => {
    render(<ProgressSection {...props} dueThisWeek={dueThisWeek} />);
    expect(screen.getByText(text)).toBeTruthy();
  });

  it('says nothing of favorites due while they are unread, and why no cycle runs with an empty deck', () => {
    const { container } = render(
      <ProgressSection {...props} cycle={{ seen: 0, total: 0, round: 1 }} dueThisWeek={undefined} />,
    );
    expect(container.textContent).not.toMatch(/due this week/);
    expect(screen.getByText('No lessons match your settings, so no cycle is under way.')).toBeTruthy();
  });

  it('writes numbers the French way', async () => {
    const french = i18nFor(await loadLanguage('fr'));
    const { container } = render(
      <I18nContext.Provider value={french}>
        <ProgressSection {...props} cycle={{ seen: 1234, total: 5043, round: 2 }} dueThisWeek={1200} />
      </I18nContext.Provider>,
    );
    // Grouped with the narrow no-break space (U+202F), as French text is set everywhere.
    const [cycle, due] = [...container.querySelectorAll('p')].map((p) => p.textContent);
    expect(cycle).toBe('1\u202f234 sur 5\u202f043 vues dans ce cycle · cycle 2');
    expect(due).toBe('1\u202f200 favoris à revoir cette semaine.');
    expect(screen.getByRole('table', { name: 'Leçons vues et mises en favori, par thème' })).toBeTruthy();
  });
});
