/** Shared helpers for tests that store lessons of the user's own. */
import type { MyLesson } from '../../../utils/my-lessons/my-lesson';

/** A well-formed lesson of the user's own, named by `suffix`, last changed at `updatedAt`. */
export function sampleLesson(suffix: string, updatedAt: number): MyLesson {
  return {
    id: `my-${suffix.padEnd(12, '0')}`,
    title: `Lesson ${suffix}`,
    body: `What ${suffix} taught me.`,
    themes: ['persistence'],
    lang: 'en',
    createdAt: updatedAt,
    updatedAt,
  };
}
