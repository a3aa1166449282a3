import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import { $progress, startProgress } from '../progress/progress-store.ts';

/** The learner's progress, loaded from storage after hydration. */
export function useProgress() {
  useEffect(() => startProgress(), []);
  return useStore($progress);
}
