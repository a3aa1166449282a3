/** Put items in order with "move up / move down" buttons: works with keyboard, touch and screen readers alike. */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { OrderingBlock as Block } from '../../content/block-schemas.ts';
import { answer, retryBlock } from '../../tracking/page-progress.ts';
import { seededOrder } from '../../progress/draw.ts';
import { inPlace } from '../../progress/scoring.ts';
import { feedbackStage } from '../../progress/feedback.ts';
import RetryActions from './RetryActions.tsx';
import { fill, useLatency, useSavedAnswer, useTries } from './use-block.ts';

export const orderingStrings = ['blockOrdering', 'orderingHelp', 'moveUp', 'moveDown', 'orderingMoved', 'checkOrder', 'tryAgain', 'showAnswer', 'tryOrShow', 'orderingRightPlace', 'orderingWrongPlace', 'orderingBelongs', 'orderingCorrect', 'orderingIncorrect'] as const;
type S = Record<(typeof orderingStrings)[number], string>;

export default function OrderingBlock({ block, strings: s }: { block: Block; strings: S }) {
  const saved = useSavedAnswer(block.id, 'ordering');
  // A shuffled start that is never already in the right order.
  const initial = useMemo(() => seededOrder(block.id, block.items.length, { notInOrder: true }), [block]);
  const [draft, setDraft] = useState(initial);
  const [moved, setMoved] = useState('');
  const latency = useLatency();
  const root = useRef<HTMLElement>(null);
  const order = saved?.order ?? draft;
  const placed = saved ? inPlace(saved.order) : [];
  const rightPlaces = placed.filter(Boolean).length;
  const tries = useTries(root);
  const stage = feedbackStage(saved !== undefined, rightPlaces === block.items.length, tries.wrongTries, tries.shown);
  const id = `ordering-${block.id}`;

  // Key repeat can fire faster than Preact renders: move from the latest order, not the last rendered one.
  const latest = useRef(initial);
  const move = (item: number, by: -1 | 1) => {
    const from = latest.current.indexOf(item);
    const to = from + by;
    if (saved || to < 0 || to >= order.length) return;
    const next = [...latest.current];
    latest.current = next;
    [next[from], next[to]] = [next[to], next[from]];
    setDraft(next);
    setMoved(fill(s.orderingMoved, { item: block.items[next[to]], n: to + 1, total: next.length }));
    // Keep focus on the same button as its item moves, so the learner can press it again.
    requestAnimationFrame(() => root.current?.querySelector<HTMLElement>(`[data-item="${next[to]}"][data-dir="${by}"]`)?.focus());
  };
  const check = () => {
    tries.checked(inPlace(draft).every(Boolean));
    answer(block.id, { type: 'ordering', order: draft }, latency());
  };
  const retry = () => {
    latest.current = initial;
    setDraft(initial);
    setMoved('');
    tries.retried('[data-item]');
    retryBlock(block.id);
  };

  return (
    <section class="block block--ordering" aria-labelledby={`${id}-kind`} ref={root}>
      <h3 class="block__kind" id={`${id}-kind`}>{s.blockOrdering}</h3>
      <p class="block__question" id={`${id}-q`}>{block.prompt}</p>
      <p class="block__help">{s.orderingHelp}</p>
      <ol class="ordering" aria-labelledby={`${id}-q`}>
        {order.map((item, pos) => (
          <li key={item} class={`ordering__item${saved ? (placed[pos] ? ' option--right' : ' option--wrong') : ''}`}>
            <span class="ordering__text">{block.items[item]}</span>
            {saved ? (
              // Where an item belongs is the answer: it waits for the reveal.
              <span class="ordering__mark"><strong>{placed[pos] ? `✓ ${s.orderingRightPlace}` : `✗ ${stage === 'retry' ? s.orderingWrongPlace : fill(s.orderingBelongs, { n: item + 1 })}`}</strong></span>
            ) : (
              <span class="ordering__buttons">
                <button type="button" class="icon-button" data-item={item} data-dir="-1" aria-disabled={pos === 0} aria-label={fill(s.moveUp, { item: block.items[item] })} onClick={() => move(item, -1)}>↑</button>
                <button type="button" class="icon-button" data-item={item} data-dir="1" aria-disabled={pos === order.length - 1} aria-label={fill(s.moveDown, { item: block.items[item] })} onClick={() => move(item, 1)}>↓</button>
              </span>
            )}
          </li>
        ))}
      </ol>
      <p role="status" tabIndex={-1} class={`block__result${saved ? (stage === 'right' ? ' block__result--right' : ' block__result--wrong') : ''}`}>
        {stage === 'right' ? s.orderingCorrect : saved ? `${fill(s.orderingIncorrect, { n: rightPlaces, total: order.length })}${stage === 'retry' ? ` ${s.tryOrShow}` : ''}` : moved}
      </p>
      {(stage === 'right' || stage === 'revealed') && <p class="block__explanation">{block.explanation}</p>}
      {!saved && <button type="button" class="button" onClick={check}>{s.checkOrder}</button>}
      {saved && <RetryActions stage={stage} onRetry={retry} onShow={tries.show} strings={s} />}
    </section>
  );
}
