/**
 * A tab's own back/forward path through the lessons it has shown, like a browser's history:
 * "Previous lesson" walks back, "Next lesson" walks forward and draws a new card at the end.
 */
export interface LessonTrail {
  ids: readonly string[];
  index: number;
}

/** A tab opens at the card it just drew, with the cards shown before it (in any tab) behind it. */
export function startTrail(recent: readonly string[]): LessonTrail {
  return { ids: recent, index: recent.length - 1 };
}

export function currentId(trail: LessonTrail): string | undefined {
  return trail.ids[trail.index];
}

export function canGoBack(trail: LessonTrail): boolean {
  return trail.index > 0;
}

export function goBack(trail: LessonTrail): LessonTrail {
  return canGoBack(trail) ? { ...trail, index: trail.index - 1 } : trail;
}

/** Forward along the trail, or undefined when at its end: the caller then draws a new card. */
export function goForward(trail: LessonTrail): LessonTrail | undefined {
  return trail.index < trail.ids.length - 1 ? { ...trail, index: trail.index + 1 } : undefined;
}

/** Appends a newly drawn card and moves to it. */
export function append(trail: LessonTrail, id: string): LessonTrail {
  const ids = [...trail.ids.slice(0, trail.index + 1), id];
  return { ids, index: ids.length - 1 };
}
