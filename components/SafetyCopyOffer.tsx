import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../utils/i18n/i18n-context';
import type { SafetyCopyOffer as Offer } from '../utils/safety-copy/safety-copy-offer';
import type { RestoreOutcome } from '../utils/safety-copy/use-safety-copy';
import './SafetyCopyOffer.css';

export interface SafetyCopyOfferProps {
  /** The copy on offer; absent when there is nothing to offer. */
  offer?: Offer;
  restoring?: boolean;
  /** What the last restore did. */
  result?: RestoreOutcome;
  onRestore: () => void;
}

/** "Your favorites seem to be missing…": the safety copy, what it holds, and one button to restore it. */
export function SafetyCopyOffer({ offer, restoring = false, result, onRestore }: SafetyCopyOfferProps) {
  const { t, lang } = useI18n();
  const status = useRef<HTMLParagraphElement>(null);
  // The button leaves with the offer: focus goes to what the restore did, not to the page's start.
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (result?.ok && lost) status.current?.focus();
  }, [result]);
  if (!offer && !result) return null;

  const date = offer ? new Date(offer.takenAt).toLocaleDateString(lang, { dateStyle: 'medium' }) : '';
  const resultText = !result
    ? ''
    : !result.ok
      ? t('safetyCopyFailed')
      : [
          t('safetyCopyRestored', { favorites: result.added + result.updated, lessons: result.lessonsAdded }),
          result.lessonsLeft > 0 ? t('safetyCopyLessonsLeft', { count: result.lessonsLeft }) : '',
        ].join(' ');

  return (
    <div class="safety-copy">
      {offer && (
        <>
          <p class="safety-copy__lead">
            {t(offer.restorable ? 'safetyCopyMissing' : 'safetyCopyUnopenable')}
          </p>
          <p>
            {offer.favorites === 1
              ? t('safetyCopyHoldsOne', { date })
              : t('safetyCopyHoldsMany', { date, count: offer.favorites })}
            {offer.lessons > 0 &&
              ` ${offer.lessons === 1 ? t('safetyCopyLessonsOne') : t('safetyCopyLessonsMany', { count: offer.lessons })}`}
          </p>
          {offer.restorable ? (
            <button type="button" class="button button--small" disabled={restoring} onClick={onRestore}>
              {t(restoring ? 'safetyCopyRestoring' : 'safetyCopyRestore')}
            </button>
          ) : (
            <p>{t('safetyCopyUnopenableHelp')}</p>
          )}
        </>
      )}
      <p
        ref={status}
        tabIndex={-1}
        role="status"
        class={`safety-copy__status${result?.ok === false ? ' safety-copy__status--error' : ''}`}
      >
        {resultText.trim()}
      </p>
    </div>
  );
}
