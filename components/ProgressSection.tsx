import { useMemo } from 'preact/hooks';
import { type Translate, themeKey } from '../utils/i18n/i18n';
import { useI18n } from '../utils/i18n/i18n-context';
import type { CyclePlace, ThemeProgress } from '../utils/progress/progress';
import './ProgressSection.css';

export interface ProgressSectionProps {
  cycle: CyclePlace;
  themes: readonly ThemeProgress[];
  /** Favorites due within a week; 'never' when they never come back; undefined when unread. */
  dueThisWeek: number | 'never' | undefined;
}

/** The chart's geometry, in its own units: labels on the left, a bar per theme on the right. */
const WIDTH = 480;
const BAR_X = 180;
const BAR_WIDTH = WIDTH - BAR_X - 10;
const TOP = 30;
const ROW = 26;

function dueSentence(due: number | 'never', t: Translate, n: (value: number) => string): string {
  if (due === 'never') return t('progressDueNever');
  if (due === 0) return t('progressDueNone');
  return due === 1 ? t('progressDueOne') : t('progressDueMany', { count: n(due) });
}

/** Where the reader is in the cycle, how many favorites come back soon, and each theme's figures. */
export function ProgressSection({ cycle, themes, dueThisWeek }: ProgressSectionProps) {
  const { lang, t } = useI18n();
  const format = useMemo(() => new Intl.NumberFormat(lang), [lang]);
  const n = (value: number) => format.format(value);
  return (
    <div class="progress">
      <p class="progress__cycle">
        {cycle.total === 0
          ? t('progressCycleEmpty')
          : t('progressCycle', { seen: n(cycle.seen), total: n(cycle.total), round: n(cycle.round) })}
      </p>
      {dueThisWeek !== undefined && <p>{dueSentence(dueThisWeek, t, n)}</p>}
      {/* The table below holds the same figures for screen readers: the chart is for the eye. */}
      <ThemeChart themes={themes} t={t} />
      <table class="progress__table">
        <caption>{t('progressTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progressTheme')}</th>
            <th scope="col">{t('progressSeen')}</th>
            <th scope="col">{t('progressFavorited')}</th>
            <th scope="col">{t('progressLessons')}</th>
          </tr>
        </thead>
        <tbody>
          {themes.map((row) => (
            <tr key={row.theme}>
              <th scope="row">{t(themeKey(row.theme))}</th>
              <td>{n(row.seen)}</td>
              <td>{n(row.favorited)}</td>
              <td>{n(row.cards)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One bar of the chart, from its left edge: the track, or the part seen or favorited. */
function Bar({
  kind,
  y,
  width,
  height,
}: {
  kind: 'track' | 'seen' | 'favorited';
  y: number;
  width: number;
  height: number;
}) {
  return <rect class={`progress-chart__${kind}`} x={BAR_X} y={y} width={width} height={height} rx={2} />;
}

/** Per theme, the share of its cards seen (a bar) and favorited (a thin bar under it). */
function ThemeChart({ themes, t }: { themes: readonly ThemeProgress[]; t: Translate }) {
  const part = (count: number, of: number) => (of === 0 ? 0 : (BAR_WIDTH * count) / of);
  return (
    <svg
      class="progress-chart"
      viewBox={`0 0 ${WIDTH} ${TOP + themes.length * ROW}`}
      aria-hidden="true"
      focusable="false"
    >
      <rect class="progress-chart__seen" x={BAR_X} y={6} width={12} height={10} rx={2} />
      <text x={BAR_X + 18} y={15}>
        {t('progressSeen')}
      </text>
      <rect class="progress-chart__favorited" x={BAR_X + 120} y={9} width={12} height={4} rx={2} />
      <text x={BAR_X + 138} y={15}>
        {t('progressFavorited')}
      </text>
      {themes.map((row, at) => {
        const y = TOP + at * ROW;
        return (
          <g key={row.theme}>
            <text x={BAR_X - 10} y={y + 12} text-anchor="end">
              {t(themeKey(row.theme))}
            </text>
            <Bar kind="track" y={y + 3} width={BAR_WIDTH} height={10} />
            <Bar kind="seen" y={y + 3} width={part(row.seen, row.cards)} height={10} />
            <Bar kind="favorited" y={y + 16} width={part(row.favorited, row.cards)} height={4} />
          </g>
        );
      })}
    </svg>
  );
}
