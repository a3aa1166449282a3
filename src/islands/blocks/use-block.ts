/** What every block island needs: its saved answer (after hydration), when it was shown, and a text filler. */
import { useRef } from 'preact/hooks';
import { $progress } from '../../progress/progress-store.ts';
import { emptyProgress, type BlockAnswer } from '../../progress/progress-state.ts';
import { useHydratedStore } from '../use-hydrated-store.ts';

export function useSavedAnswer<T extends BlockAnswer['type']>(id: string, type: T): Extract<BlockAnswer, { type: T }> | undefined {
  const answer = useHydratedStore($progress, emptyProgress).answers[id];
  return answer?.type === type ? (answer as Extract<BlockAnswer, { type: T }>) : undefined;
}

/** Milliseconds since the block was first shown, for the LMS's latency field. */
export function useLatency(): () => number {
  const shown = useRef(Date.now());
  return () => {
    const ms = Date.now() - shown.current;
    shown.current = Date.now();
    return ms;
  };
}

export { fill } from '../../i18n/fill.ts';
