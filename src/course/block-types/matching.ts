/** Match each left-hand item to a right-hand one: right when every pair is its own. */
import type { MatchingBlock } from '../../content/block-schemas.ts';
import { allInPlace, digitsOf, range, type Tracking, type Workshop } from './rules.ts';

export interface MatchingInfo { id: string; type: 'matching'; pairs: number }
/** For each left-hand item, the index of the right-hand item the learner matched to it. */
export interface MatchingAnswer { type: 'matching'; matches: number[] }

const pairsOf = (matches: number[]) => matches.map((r, l) => [l, r] as [number, number]);

/** What a workshop does with it. */
export const workshop: Workshop<MatchingBlock> = {
  kind: 'blockMatching', howTo: 'guideRunMatching', minutes: 5, label: (b) => b.prompt,
  slides: (b, t) => [{
    kind: 'exercise', eyebrow: t('blockMatching'), headline: b.prompt, points: b.pairs.map((p) => p.left), notes: [],
    answer: { headline: t('showAnswer'), points: b.pairs.map((p) => `${p.left}: ${p.right}`), notes: [b.explanation] },
  }],
};

/** How an answer is kept, scored and reported. */
export const tracking: Tracking<MatchingBlock, MatchingInfo, MatchingAnswer> = {
  info: (b) => ({ id: b.id, type: 'matching', pairs: b.pairs.length }),
  encode: (a) => a.matches.join(''),
  decode(info, token) {
    const digits = digitsOf(token);
    return digits && digits.length === info.pairs && digits.every((d) => d < info.pairs) ? { type: 'matching', matches: digits } : undefined;
  },
  isCorrect: (info, a) => allInPlace(a.matches, info.pairs),
  rightAnswer: (info) => ({ type: 'matching', matches: range(info.pairs) }),
  longestAnswer: (info) => ({ type: 'matching', matches: range(info.pairs) }),
  interaction: (info, a) => ({
    type: 'matching', response: { kind: 'pairs', pairs: pairsOf(a.matches) }, correct: { kind: 'pairs', pairs: pairsOf(range(info.pairs)) },
    result: allInPlace(a.matches, info.pairs) ? 'correct' : 'wrong',
  }),
};
