import { useCallback, useEffect, useState } from 'preact/hooks';
import { DeckNav } from '../../components/DeckNav';
import { LessonCard } from '../../components/LessonCard';
import type { Lesson } from '../../data/lesson';
import { append, canGoBack, currentId, goBack, goForward, type LessonTrail } from '../../utils/lesson-trail';
import { shortcutFor } from '../../utils/shortcuts';

export interface AppProps {
  initialTrail: LessonTrail;
  lessonById: (id: string | undefined) => Lesson | undefined;
  /** Draws the next card of the rotation (shared by every tab). */
  drawNext: () => Promise<string | undefined>;
}

export function App({ initialTrail, lessonById, drawNext }: AppProps) {
  const [trail, setTrail] = useState(initialTrail);
  const lesson = lessonById(currentId(trail));

  const previous = useCallback(() => setTrail(goBack), []);
  const next = useCallback(async () => {
    const forward = goForward(trail);
    if (forward) return setTrail(forward);
    const id = await drawNext();
    if (id) setTrail((current) => append(current, id));
  }, [trail, drawNext]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { key, altKey, ctrlKey, metaKey } = event;
      const action = shortcutFor({
        key,
        altKey,
        ctrlKey,
        metaKey,
        target: event.target as HTMLElement | null,
      });
      if (!action) return;
      event.preventDefault();
      if (action === 'next') void next();
      else previous();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [next, previous]);

  return (
    <main class="page">
      {lesson && <LessonCard key={lesson.id} lesson={lesson} />}
      <DeckNav canGoBack={canGoBack(trail)} onPrevious={previous} onNext={next} />
    </main>
  );
}
