/** One question of the attempt: "Question n of 15", its options in the learner's order, and the way on. */
import type { AssessmentQuestion } from '../../content/block-schemas.ts';
import { step } from '../../progress/assessment-flow.ts';
import OptionList from '../blocks/OptionList.tsx';
import { fill } from '../blocks/use-block.ts';
import type { AttemptView } from './attempt.ts';
import { attemptOptionOrder } from './option-order.ts';
import { headings, type AssessmentStrings } from './strings.ts';

interface Props {
  a: AttemptView;
  position: number;
  question: AssessmentQuestion;
  seed: number | undefined;
  onToggle: (option: number) => void;
  onMove: (position: number) => void;
  onReview: () => void;
  strings: AssessmentStrings;
}

export default function QuestionView({ a, position, question: q, seed, onToggle, onMove, onReview, strings: s }: Props) {
  const name = `assessment-${q.id}`;
  const last = position === a.drawn.length - 1;
  return (
    <section class="block assessment__question" aria-labelledby={headings.question}>
      <h2 id={headings.question} class="assessment__position" tabIndex={-1}>{fill(s.assessmentQuestion, { n: position + 1, total: a.drawn.length })}</h2>
      {a.dropped.includes(position) && <p class="notice assessment__notice">{s.assessmentDroppedHere}</p>}
      <fieldset aria-describedby={`${name}-help`}>
        <legend class="block__question assessment__text">{q.question}</legend>
        <p class="block__help" id={`${name}-help`}>{q.multiple ? s.chooseAll : s.chooseOne}</p>
        <OptionList name={name} multiple={q.multiple} options={q.options} order={attemptOptionOrder(seed, a, q.id, q.options.length)}
          selected={a.answers[position] ?? []} answered={false} onToggle={onToggle} strings={s} />
      </fieldset>
      <div class="assessment__nav">
        {position > 0 && <button type="button" class="button button--secondary" onClick={() => onMove(step(position, -1, a.drawn.length))}>{s.assessmentPrevious}</button>}
        {!last && <button type="button" class="button" onClick={() => onMove(step(position, 1, a.drawn.length))}>{s.assessmentNext}</button>}
        <button type="button" class={last ? 'button' : 'button button--secondary'} onClick={onReview}>{s.assessmentToReview}</button>
      </div>
    </section>
  );
}
