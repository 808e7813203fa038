import { type Translate, themeKey } from '../i18n/i18n';
import type { LocalizedLesson } from '../i18n/localize-lesson';
import { sourceOf } from './lesson-source';

/** The card as plain text, for the clipboard (the C shortcut). */
export function lessonAsText(lesson: LocalizedLesson, t: Translate): string {
  const parts = [lesson.title, lesson.body];
  if (lesson.quote) {
    const speaker = lesson.quote.speaker ? ` — ${lesson.quote.speaker}` : '';
    const quote = [`${t('quoted', { text: lesson.quote.text })}${speaker}`];
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
      sourceLine(lesson, t),
    ].join('\n'),
  );
  return parts.join('\n\n');
}

function sourceLine(lesson: LocalizedLesson, t: Translate): string {
  const { title, own } = sourceOf(lesson);
  const source = title ? `${t('source')} ${title}` : '';
  return own ? [t('yourLesson'), source].filter(Boolean).join(' · ') : source;
}
