import type { SourceId } from './sources';

/** The lesson deck's types. Data only: no logic lives here. */

/** Every theme a card can carry; the options page lists them in this order. */
export const THEMES = [
  'failure',
  'customers',
  'innovation',
  'passion',
  'persistence',
  'vision',
  'leadership',
  'people',
  'going-global',
  'small-business',
] as const;

export type Theme = (typeof THEMES)[number];

export type Lang = 'en' | 'fr';

/** Each card's id and themes: enough to deal from, without the cards' words (data/deck-index.ts). */
export type DeckIndex = readonly (readonly [id: string, themes: readonly Theme[]])[];

export interface Source {
  title: string;
  /** The article's file name in shared/seeds (copied to tests/fixtures/seeds). */
  file: string;
  lang: Lang;
}

export interface Quote {
  /** Copied verbatim from the source article, without the surrounding quotation marks. */
  text: string;
  speaker: string;
  /** The language the quote was said in; it is never translated in place. */
  lang: Lang;
  /** An English rendering, for a quote said in another language (shown marked as a translation). */
  translation?: string;
}

/** The words of a card in one language. A translation supplies one of these per card id. */
export interface LessonText {
  title: string;
  /** One to three sentences, in our own words. */
  body: string;
  /** One sentence: something a reader could do today. */
  tryThis?: string;
}

/** A card in another language, keyed by the card's id in that language's file. */
export interface LessonTranslation extends LessonText {
  /** The quote rendered in this language, when it was said in another (marked as a translation). */
  quote?: string;
}

/** Where a lesson of the user's own comes from: what they wrote as its source, and its language. */
export interface OwnSource {
  own: true;
  text?: string;
  lang: Lang;
}

/** A card: one of ours (its source is one of our articles) or one of the user's own. */
export interface Lesson extends LessonText {
  /** Stable id: never renamed or reused once shipped, favorites point at it. */
  id: string;
  themes: readonly Theme[];
  source: SourceId | OwnSource;
  quote?: Quote;
}

/** A card of our deck. */
export interface DeckLesson extends Lesson {
  /** Kebab-case. */
  id: string;
  source: SourceId;
}
