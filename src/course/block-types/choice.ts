/** A knowledge check: one or more options; right when exactly the right ones are chosen. */
import type { ChoiceBlock } from '../../content/block-schemas.ts';
import { letter, mask, same, unmask, type Tracking, type Workshop } from './rules.ts';

export interface ChoiceInfo { id: string; type: 'choice'; options: number; correct: number[]; multiple: boolean }
/** Option indexes the learner selected, in ascending order. */
export interface ChoiceAnswer { type: 'choice'; selected: number[] }

export const correctIndexes = (options: { correct: boolean }[]) => options.flatMap((o, i) => (o.correct ? [i] : []));

/** What a workshop does with it. */
export const workshop: Workshop<ChoiceBlock> = {
  kind: 'blockQuiz', howTo: 'guideRunChoice', minutes: 3, label: (b) => b.question,
  slides: (b, t) => [{
    kind: 'exercise', eyebrow: t('blockQuiz'), headline: b.question, points: b.options.map((o) => o.text), lettered: true, notes: [],
    answer: {
      headline: t('showAnswer'),
      points: b.options.map((o, i) => `${letter(i)}: ${o.correct ? `✓ ${t('answerRight')}` : `✗ ${t('answerWrong')}`}`),
      notes: b.options.map((o, i) => `${letter(i)}: ${o.feedback}`),
    },
  }],
};

/** How an answer is kept, scored and reported. */
export const tracking: Tracking<ChoiceBlock, ChoiceInfo, ChoiceAnswer> = {
  info: (b) => ({ id: b.id, type: 'choice', options: b.options.length, correct: correctIndexes(b.options), multiple: b.multiple }),
  encode: (a) => mask(a.selected),
  decode(info, token) {
    const selected = token.length === 1 ? unmask(token) : undefined;
    if (!selected || selected.length === 0 || selected.some((i) => i >= info.options)) return undefined;
    return !info.multiple && selected.length !== 1 ? undefined : { type: 'choice', selected };
  },
  isCorrect: (info, a) => same(a.selected, info.correct),
  rightAnswer: (info) => ({ type: 'choice', selected: info.correct }),
  longestAnswer: (info) => ({ type: 'choice', selected: info.correct }),
  interaction: (info, a) => ({
    type: 'choice', response: { kind: 'list', items: a.selected }, correct: { kind: 'list', items: info.correct },
    result: same(a.selected, info.correct) ? 'correct' : 'wrong',
  }),
};
