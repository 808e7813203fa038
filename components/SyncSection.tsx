import type { MessageKey } from '../data/messages-en';
import type { SyncProblem, SyncState } from '../utils/favorites-sync/sync-engine';
import { useI18n } from '../utils/i18n/i18n-context';

export interface SyncSectionProps {
  enabled: boolean;
  state?: SyncState;
  onToggle: (enabled: boolean) => void;
  onRemoveSynced: () => void;
  /** What the last "remove what was synced" did. */
  notice?: string;
}

const PROBLEMS: Record<SyncProblem, MessageKey> = {
  quota: 'syncQuota',
  rate: 'syncRate',
  corrupt: 'syncCorrupt',
  'newer-version': 'syncNewer',
  failed: 'syncFailed',
};

/** The options page's "Sync" section: the switch, where the data goes, and how sync stands. */
export function SyncSection({ enabled, state, onToggle, onRemoveSynced, notice }: SyncSectionProps) {
  const { t, lang } = useI18n();
  const number = new Intl.NumberFormat(lang);
  const kb = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const lines: string[] = [];
  if (enabled && state) {
    if (state.status === 'syncing' && state.syncedAt === undefined) lines.push(t('syncSyncing'));
    if (state.syncedAt !== undefined)
      lines.push(
        t('syncInSync', { count: number.format(state.synced), size: kb.format(state.bytes / 1024) }),
      );
    if (state.own > 0) lines.push(t('syncOwnStayHere', { count: number.format(state.own) }));
    if (state.entriesLeftOut > 0)
      lines.push(t('syncEntriesStayHere', { count: number.format(state.entriesLeftOut) }));
    if (state.notesLeftOut > 0)
      lines.push(t('syncNotesStayHere', { count: number.format(state.notesLeftOut) }));
    if (state.repaired > 0) lines.push(t('syncRepaired'));
  }
  const problem = enabled && state?.status === 'error' && state.problem ? t(PROBLEMS[state.problem]) : '';
  return (
    <div class="sync-section">
      <label class="settings-choice">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(event) => onToggle(event.currentTarget.checked)}
        />{' '}
        {t('syncSwitch')}
      </label>
      <p class="options__hint">{t('syncWhere')}</p>
      <div role="status" class="sync-section__status">
        {enabled ? lines.map((line) => <p key={line}>{line}</p>) : <p>{t('syncOff')}</p>}
        {problem && <p class="sync-section__problem">{problem}</p>}
        {notice && <p>{notice}</p>}
      </div>
      {!enabled && (
        <button type="button" class="button button--small" onClick={onRemoveSynced}>
          {t('syncRemove')}
        </button>
      )}
    </div>
  );
}
