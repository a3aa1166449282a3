import { emptyProgress } from '../progress/progress-state.ts';
import { $progress } from '../tracking/page-progress.ts';
import { useHydratedStore } from './use-hydrated-store.ts';

/** The learner's progress, loaded from storage after hydration (the static HTML shows none). */
export function useProgress() {
  return useHydratedStore($progress, emptyProgress);
}
