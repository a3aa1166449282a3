/**
 * A knowledge check: one or several right options, with feedback on every option explaining why.
 * A first wrong try explains the learner's own choice and keeps the right answer back; a second
 * wrong try, or "Show the answer", reveals it (src/progress/feedback.ts has the rules).
 */
import { useRef, useState } from 'preact/hooks';
import type { ChoiceBlock as Block } from '../../content/block-schemas.ts';
import { answer, retryBlock } from '../../tracking/page-progress.ts';
import { isCorrect } from '../../progress/scoring.ts';
import { choiceFeedback, type ChoiceFeedback } from '../../progress/feedback.ts';
import RetryActions from './RetryActions.tsx';
import { fill, infoFor, useLatency, useOptionOrder, useSavedAnswer, useTries } from './use-block.ts';
import OptionList, { optionStrings, toggled } from './OptionList.tsx';

export const choiceStrings = ['blockQuiz', 'chooseOne', 'chooseAll', 'checkAnswer', 'tryAgain', 'showAnswer', 'resultCorrect', 'resultIncorrect', 'resultPartial', 'resultRevealed', 'chooseFirst', ...optionStrings] as const;
type S = Record<(typeof choiceStrings)[number], string>;

function resultText(f: ChoiceFeedback, multiple: boolean, s: S): string {
  switch (f.stage) {
    case 'right': return s.resultCorrect;
    case 'revealed': return s.resultRevealed;
    case 'retry': return multiple ? fill(s.resultPartial, { right: f.right, chosen: f.chosen, missing: f.missing }) : s.resultIncorrect;
    case 'unanswered': return '';
  }
}

export default function ChoiceBlock({ block, strings: s }: { block: Block; strings: S }) {
  const saved = useSavedAnswer(block.id, 'choice');
  const [draft, setDraft] = useState<number[]>([]);
  const [warn, setWarn] = useState(false);
  const latency = useLatency();
  const form = useRef<HTMLFormElement>(null);
  const tries = useTries(form);
  const info = infoFor(block.id, 'choice');
  const selected = saved?.selected ?? draft;
  const feedback = choiceFeedback(info, saved?.selected, tries.wrongTries, tries.shown);
  const name = `choice-${block.id}`;
  const order = useOptionOrder(block.id, block.options.length);

  const check = (event: Event) => {
    event.preventDefault();
    if (draft.length === 0) { setWarn(true); return; }
    const given = { type: 'choice', selected: draft } as const;
    tries.checked(isCorrect(info, given));
    answer(block.id, given, latency());
  };
  const retry = () => {
    setDraft([]);
    tries.retried('input');
    retryBlock(block.id);
  };

  return (
    <section class="block block--choice" aria-labelledby={`${name}-kind`}>
      <h3 class="block__kind" id={`${name}-kind`}>{s.blockQuiz}</h3>
      <form ref={form} onSubmit={check}>
        <fieldset aria-describedby={`${name}-help`}>
          <legend class="block__question">{block.question}</legend>
          <p class="block__help" id={`${name}-help`}>{block.multiple ? s.chooseAll : s.chooseOne}</p>
          <OptionList name={name} multiple={block.multiple} options={block.options} order={order} selected={selected} answered={saved !== undefined}
            explained={feedback.explained} onToggle={(i) => { setWarn(false); setDraft((d) => toggled(d, i, block.multiple)); }} strings={s} />
        </fieldset>
        <p role="status" tabIndex={-1} class={`block__result${feedback.stage === 'right' ? ' block__result--right' : saved ? ' block__result--wrong' : ''}`}>
          {saved ? resultText(feedback, block.multiple, s) : warn ? s.chooseFirst : ''}
        </p>
        {!saved && <button type="submit" class="button">{s.checkAnswer}</button>}
        {saved && <RetryActions stage={feedback.stage} onRetry={retry} onShow={tries.show} strings={s} />}
      </form>
    </section>
  );
}
