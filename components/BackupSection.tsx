import { useRef } from 'preact/hooks';
import { useI18n } from '../utils/i18n/i18n-context';
import { type Notice, NoticeLine } from './NoticeLine';

export interface BackupSectionProps {
  notice?: Notice;
  /** A restore waiting for confirmation: the file's name and what it will change, in words. */
  pending?: { file: string; lines: string[] };
  onBackUp: () => void;
  onChoose: (file: File) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Favorites, your lessons and settings in one file, and back: a restore shows what it changes. */
export function BackupSection({
  notice,
  pending,
  onBackUp,
  onChoose,
  onConfirm,
  onCancel,
}: BackupSectionProps) {
  const { t } = useI18n();
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <div class="backup">
      <p>{t('backupIntro')}</p>
      <div class="my-lessons__actions">
        <button type="button" class="button" onClick={onBackUp}>
          {t('backUpEverything')}
        </button>
        <button type="button" class="button" onClick={() => fileInput.current?.click()}>
          {t('restoreBackup')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) onChoose(file);
          }}
        />
      </div>
      {pending && (
        <section class="my-lessons__preview" aria-labelledby="restore-preview-heading">
          <h3 id="restore-preview-heading">{pending.file}</h3>
          <ul>
            {pending.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <div class="my-lessons__actions">
            <button type="button" class="button" onClick={onConfirm}>
              {t('restoreConfirm')}
            </button>
            <button type="button" class="button" onClick={onCancel}>
              {t('cancel')}
            </button>
          </div>
        </section>
      )}
      <NoticeLine notice={notice} />
    </div>
  );
}
