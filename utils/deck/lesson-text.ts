import { SOURCES } from '../../data/sources';
import { type Translate, themeKey } from '../i18n/i18n';
import type { LocalizedLesson } from '../i18n/localize-lesson';

/** The card as plain text, for the clipboard (the C shortcut). */
export function lessonAsText(lesson: LocalizedLesson, t: Translate): string {
  const parts = [lesson.title, lesson.body];
  if (lesson.quote) {
    const quote = [`${t('quoted', { text: lesson.quote.text })} — ${lesson.quote.speaker}`];
    if (lesson.quoteTranslation) quote.push(`${t('translation')} ${lesson.quoteTranslation}`);
    parts.push(quote.join('\n'));
  }
  if (lesson.tryThis) parts.push(t('labelled', { label: t('tryThis'), text: lesson.tryThis }));
  parts.push(
    [
      t('labelled', {
        label: t('themesList'),
        text: lesson.themes.map((theme) => t(themeKey(theme))).join(', '),
      }),
      `${t('source')} ${SOURCES[lesson.source].title}`,
    ].join('\n'),
  );
  return parts.join('\n\n');
}
