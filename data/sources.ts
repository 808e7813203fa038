import type { Source } from './lesson';

/** The articles the deck is drawn from; every card names one of them. */
export const SOURCES = {
  'leadership-philosophy': {
    title: 'Jack Ma’s leadership philosophy and style: Lessons for entrepreneurs',
    file: '000_72f605df09580ca7.txt',
    lang: 'en',
  },
  'surprising-advice': {
    title: 'Surprising Advice From Alibaba Founder Jack Ma',
    file: '001_4a2ae0bff6461210.txt',
    lang: 'en',
  },
  'unstoppable-jack-ma': {
    title: 'The Unstoppable Jack Ma: Lessons from His Indomitable Spirit and Alibaba’s Success',
    file: '002_b4d6bf767c38224e.txt',
    lang: 'en',
  },
  'small-business-to-empire': {
    title: 'Successful Story of Jack Ma: How he built Small business into Big Empire',
    file: '003_dd9381b6204e8779.txt',
    lang: 'en',
  },
  'incroyable-histoire': {
    title: 'L’incroyable histoire de Jack Ma / Success Story Alibaba',
    file: '004_86b32136bd22b933.txt',
    lang: 'fr',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
