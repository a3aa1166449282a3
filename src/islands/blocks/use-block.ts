/** What every block island needs: its saved answer (after hydration), when it was shown, and a text filler. */
import { useRef } from 'preact/hooks';
import { $progress } from '../../progress/progress-store.ts';
import { emptyProgress, type BlockAnswer } from '../../progress/progress-state.ts';
import { useHydratedStore } from '../use-hydrated-store.ts';
import { fnv1a } from '../../tracking/fnv1a.ts';

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

/** A repeatable pseudo-random sequence per block id, so the server and the browser shuffle alike. */
export function seededRandom(seed: string): () => number {
  let h = fnv1a(seed);
  return () => {
    h = (h + 0x6d2b79f5) >>> 0;
    let t = Math.imul(h ^ (h >>> 15), 1 | h);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
