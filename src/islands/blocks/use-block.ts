/** What every block island needs: its saved answer (after hydration), its structure in the course index, when it was shown, and a text filler. */
import { useRef, useState } from 'preact/hooks';
import index from 'virtual:course-index';
import { blocksById, type BlockInfo } from '../../course/course-index.ts';
import { emptyProgress, type BlockAnswer } from '../../progress/progress-state.ts';
import { optionOrder } from '../../progress/draw.ts';
import { $progress } from '../../tracking/page-progress.ts';
import { useHydratedStore } from '../use-hydrated-store.ts';

export function useSavedAnswer<T extends BlockAnswer['type']>(id: string, type: T): Extract<BlockAnswer, { type: T }> | undefined {
  const answer = useHydratedStore($progress, emptyProgress).answers[id];
  return answer?.type === type ? (answer as Extract<BlockAnswer, { type: T }>) : undefined;
}

/** The screen order of a question's options, from the learner's saved seed (authored order until it is read). */
export function useOptionOrder(key: string, n: number): number[] {
  const seed = useHydratedStore($progress, emptyProgress).seed;
  return optionOrder(seed, key, n);
}

/** The block as tracking knows it (the same in every language): what scoring and the scenario graph read. */
export function infoFor<T extends BlockInfo['type']>(id: string, type: T): Extract<BlockInfo, { type: T }> {
  const info = blocksById(index).get(id);
  if (info?.type !== type) throw new Error(`No ${type} block "${id}" in the course index; run the content check for details.`);
  return info as Extract<BlockInfo, { type: T }>;
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

/**
 * A block's tries in this page session (src/progress/feedback.ts): its wrong checks and whether
 * the answer was asked for, never saved; and focus kept in the block after each step, as the
 * button that was pressed is gone.
 */
export function useTries(root: { current: HTMLElement | null }) {
  const [wrongTries, setWrongTries] = useState(0);
  const [shown, setShown] = useState(false);
  const focus = (selector: string) => requestAnimationFrame(() => root.current?.querySelector<HTMLElement>(selector)?.focus());
  return {
    wrongTries, shown,
    /** A check: focus on "Try again", or once right on the result. */
    checked(right: boolean) {
      if (!right) setWrongTries((n) => n + 1);
      focus(right ? '.block__result' : '.block__retry');
    },
    /** "Show the answer": focus on "Try again". */
    show() {
      setShown(true);
      focus('.block__retry');
    },
    /** "Try again": a wrong answer restored from the saved state counts as a first try; focus on the block's first control. */
    retried(firstControl: string) {
      setShown(false);
      setWrongTries((n) => Math.max(n, 1));
      focus(firstControl);
    },
  };
}

export { fill } from '../../i18n/fill.ts';
