/**
 * One question in the results: the learner's answer and, when it was not right,
 * the right one, each option with its own feedback (why it holds or not).
 * Only those options, so fifteen questions stay readable on a phone.
 */
import type { AssessmentQuestion } from '../../content/block-schemas.ts';
import { fill } from '../blocks/use-block.ts';
import type { AssessmentStrings } from './strings.ts';

interface Props {
  n: number;
  total: number;
  question: AssessmentQuestion;
  /** The options' screen order in this attempt, so they read as the learner saw them. */
  order: number[];
  selected: number[];
  right: boolean;
  strings: AssessmentStrings;
}

export default function AnswerReview({ n, total, question: q, order, selected, right, strings: s }: Props) {
  const explained = (which: number[]) => (
    <ul class="options">
      {order.filter((i) => which.includes(i)).map((i) => {
        const o = q.options[i];
        return (
          <li key={i} class={`option ${o.correct ? 'option--right' : 'option--wrong'}`}>
            <strong>{o.correct ? `✓ ${s.answerRight}` : `✗ ${s.answerWrong}`}:</strong> {o.text}
            <p class="option__feedback">{o.feedback}</p>
          </li>
        );
      })}
    </ul>
  );
  const rightOptions = q.options.flatMap((o, i) => (o.correct ? [i] : []));
  return (
    <li class="block assessment__answer">
      <h4 class="block__kind">{fill(s.assessmentQuestion, { n, total })} · {right ? `✓ ${s.assessmentAnsweredRight}` : `✗ ${s.assessmentAnsweredWrong}`}</h4>
      <p class="block__question assessment__text">{q.question}</p>
      <p class="assessment__label">{s.assessmentYourAnswer}</p>
      {selected.length === 0 ? <p>{s.assessmentNotAnswered}</p> : explained(selected)}
      {!right && (
        <>
          <p class="assessment__label">{s.assessmentRightAnswer}</p>
          {explained(rightOptions)}
        </>
      )}
    </li>
  );
}
