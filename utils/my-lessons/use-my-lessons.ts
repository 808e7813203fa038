/** The store of the user's own lessons, as a page's state. */
import { useStoreState } from '../favorites/use-store';
import type { MyLessonsState, MyLessonsStore } from './my-lessons-store';

export const useMyLessons = (store: MyLessonsStore): MyLessonsState => useStoreState(store);
