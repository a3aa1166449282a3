/** Whether the course is finished and what is left, from the page's progress store; undefined until hydrated (the static HTML knows no progress). */
import index from 'virtual:course-index';
import { finishStatus, type FinishStatus } from '../progress/finish.ts';
import type { ProgressState } from '../progress/progress-state.ts';
import { $progress } from '../tracking/page-progress.ts';
import { useHydratedStore } from './use-hydrated-store.ts';

export function useFinishStatus(): FinishStatus | undefined {
  const progress = useHydratedStore<ProgressState | null>($progress, null);
  return progress ? finishStatus(index, progress) : undefined;
}
