/** A knowledge check: one or several right options, with feedback on every option explaining why. */
import { useRef, useState } from 'preact/hooks';
import type { ChoiceBlock as Block } from '../../content/block-schemas.ts';
import { answer, retryBlock } from '../../tracking/page-progress.ts';
import { isCorrect } from '../../progress/scoring.ts';
import { infoFor, useLatency, useOptionOrder, useSavedAnswer } from './use-block.ts';
import OptionList, { optionStrings, toggled } from './OptionList.tsx';

export const choiceStrings = ['blockQuiz', 'chooseOne', 'chooseAll', 'checkAnswer', 'tryAgain', 'resultCorrect', 'resultIncorrect', 'chooseFirst', ...optionStrings] as const;
type S = Record<(typeof choiceStrings)[number], string>;

export default function ChoiceBlock({ block, strings: s }: { block: Block; strings: S }) {
  const saved = useSavedAnswer(block.id, 'choice');
  const [draft, setDraft] = useState<number[]>([]);
  const [warn, setWarn] = useState(false);
  const latency = useLatency();
  const form = useRef<HTMLFormElement>(null);
  const selected = saved?.selected ?? draft;
  const correct = saved !== undefined && isCorrect(infoFor(block.id, 'choice'), saved);
  const name = `choice-${block.id}`;
  const order = useOptionOrder(block.id, block.options.length);

  const check = (event: Event) => {
    event.preventDefault();
    if (draft.length === 0) { setWarn(true); return; }
    answer(block.id, { type: 'choice', selected: draft }, latency());
    // The check button is replaced by "Try again": keep focus where the learner is.
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('.block__retry')?.focus());
  };
  const retry = () => {
    setDraft([]);
    retryBlock(block.id);
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('input')?.focus());
  };

  return (
    <section class="block block--choice" aria-labelledby={`${name}-kind`}>
      <h3 class="block__kind" id={`${name}-kind`}>{s.blockQuiz}</h3>
      <form ref={form} onSubmit={check}>
        <fieldset aria-describedby={`${name}-help`}>
          <legend class="block__question">{block.question}</legend>
          <p class="block__help" id={`${name}-help`}>{block.multiple ? s.chooseAll : s.chooseOne}</p>
          <OptionList name={name} multiple={block.multiple} options={block.options} order={order} selected={selected} answered={saved !== undefined}
            onToggle={(i) => { setWarn(false); setDraft((d) => toggled(d, i, block.multiple)); }} strings={s} />
        </fieldset>
        <p role="status" class={`block__result${saved ? (correct ? ' block__result--right' : ' block__result--wrong') : ''}`}>
          {saved ? (correct ? s.resultCorrect : s.resultIncorrect) : warn ? s.chooseFirst : ''}
        </p>
        {saved
          ? <button type="button" class="button button--secondary block__retry" onClick={retry}>{s.tryAgain}</button>
          : <button type="submit" class="button">{s.checkAnswer}</button>}
      </form>
    </section>
  );
}
