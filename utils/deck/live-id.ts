import { RETIRED } from '../../data/retired';

const retired = new Map(Object.entries(RETIRED));

/** The id a card goes by now: a retired card's is the one it was merged into. */
export function liveId(id: string): string {
  return retired.get(id) ?? id;
}
