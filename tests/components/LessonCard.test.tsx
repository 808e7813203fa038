import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { LessonCard } from '../../components/LessonCard';
import type { Lesson } from '../../data/lesson';

const lesson: Lesson = {
  id: 'repair-the-roof',
  title: 'Change while things go well',
  body: 'The best time to reinvent is when business is good.',
  tryThis: 'List one thing you would change if this were your best year.',
  quote: { text: 'Repair the roof while there is still sunshine,', speaker: 'Jack Ma', lang: 'en' },
  themes: ['innovation', 'going-global'],
  source: 'surprising-advice',
};

describe('LessonCard', () => {
  it('is an article named by its title', () => {
    render(<LessonCard lesson={lesson} />);
    expect(screen.getByRole('article', { name: lesson.title })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: lesson.title })).toBeTruthy();
  });

  it('shows the body, the quote with its speaker, the try-this and the source', () => {
    const { container } = render(<LessonCard lesson={lesson} />);
    expect(screen.getByText(lesson.body)).toBeTruthy();
    expect(container.querySelector('blockquote')?.textContent).toBe(lesson.quote?.text);
    expect(container.querySelector('figcaption cite')?.textContent).toBe('Jack Ma');
    expect(screen.getByText(lesson.tryThis as string)).toBeTruthy();
    expect(screen.getByText('Surprising Advice From Alibaba Founder Jack Ma')).toBeTruthy();
  });

  it('lists the themes as tags', () => {
    render(<LessonCard lesson={lesson} />);
    const tags = within(screen.getByRole('list', { name: 'Themes' })).getAllByRole('listitem');
    expect(tags.map((tag) => tag.textContent)).toEqual(['Innovation', 'Going global']);
  });

  it('leaves out the quote and try-this when a card has none', () => {
    const { container } = render(<LessonCard lesson={{ ...lesson, quote: undefined, tryThis: undefined }} />);
    expect(container.querySelector('blockquote')).toBeNull();
    expect(screen.queryByText('Try this')).toBeNull();
  });
});
