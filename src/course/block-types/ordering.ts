/** Put items in order: right when every item is in its own place. */
import type { OrderingBlock } from '../../content/block-schemas.ts';
import { allInPlace, digitsOf, range, type Tracking, type Workshop } from './rules.ts';

export interface OrderingInfo { id: string; type: 'ordering'; items: number }
/** Item indexes (0 = the first in the correct order) in the order the learner put them. */
export interface OrderingAnswer { type: 'ordering'; order: number[] }

const isPermutation = (d: number[], n: number) => d.length === n && new Set(d).size === n && d.every((x) => x < n);
/** A fixed mix for the room (every second item from the end first), never the answer. */
export const roomMix = <T,>(items: T[]) => [...items.filter((_, i) => i % 2 === 1).reverse(), ...items.filter((_, i) => i % 2 === 0)];

/** What a workshop does with it. */
export const workshop: Workshop<OrderingBlock> = {
  kind: 'blockOrdering', howTo: 'guideRunOrdering', minutes: 5, label: (b) => b.prompt,
  slides: (b, t) => [{
    kind: 'exercise', eyebrow: t('blockOrdering'), headline: b.prompt, points: roomMix(b.items), notes: [],
    answer: { headline: t('showAnswer'), points: b.items.map((x, i) => `${i + 1}. ${x}`), notes: [b.explanation] },
  }],
};

/** How an answer is kept, scored and reported. */
export const tracking: Tracking<OrderingBlock, OrderingInfo, OrderingAnswer> = {
  info: (b) => ({ id: b.id, type: 'ordering', items: b.items.length }),
  encode: (a) => a.order.join(''),
  decode(info, token) {
    const digits = digitsOf(token);
    return digits && isPermutation(digits, info.items) ? { type: 'ordering', order: digits } : undefined;
  },
  isCorrect: (info, a) => allInPlace(a.order, info.items),
  rightAnswer: (info) => ({ type: 'ordering', order: range(info.items) }),
  longestAnswer: (info) => ({ type: 'ordering', order: range(info.items).reverse() }),
  interaction: (info, a) => ({
    type: 'sequencing', response: { kind: 'list', items: a.order }, correct: { kind: 'list', items: range(info.items) },
    result: allInPlace(a.order, info.items) ? 'correct' : 'wrong',
  }),
};
