/** Every question of the attempt, answered or not, each a way back to it; then on to submitting. */
import type { AssessmentQuestion } from '../../content/block-schemas.ts';
import { fill } from '../blocks/use-block.ts';
import type { AttemptView } from './attempt.ts';
import { headings, type AssessmentStrings } from './strings.ts';

interface Props {
  a: AttemptView;
  pool: AssessmentQuestion[];
  onOpen: (position: number) => void;
  onSubmit: () => void;
  strings: AssessmentStrings;
}

export default function ReviewList({ a, pool, onOpen, onSubmit, strings: s }: Props) {
  const answered = a.answers.filter((selected) => selected.length > 0).length;
  return (
    <section class="assessment__review" aria-labelledby={headings.review}>
      <h2 id={headings.review} tabIndex={-1}>{s.assessmentReviewHeading}</h2>
      <p>{fill(s.assessmentReviewCount, { answered, total: a.drawn.length })}</p>
      <ol class="assessment__review-list">
        {a.drawn.map((p, i) => {
          const done = (a.answers[i] ?? []).length > 0;
          // The state is in words (and a mark), never in colour alone.
          const state = done ? `✓ ${s.assessmentReviewAnswered}` : a.dropped.includes(i) ? `○ ${s.assessmentReviewDropped}` : `○ ${s.assessmentReviewUnanswered}`;
          return (
            <li key={p}>
              <button type="button" class={`assessment__review-item${done ? '' : ' assessment__review-item--open'}`} onClick={() => onOpen(i)}>
                <span class="assessment__review-n">{fill(s.assessmentReviewItem, { n: i + 1 })}</span>
                <span class="assessment__review-text">{pool[p].question}</span>
                <span class="assessment__review-state">{state}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" class="button" onClick={onSubmit}>{s.assessmentSubmit}</button>
    </section>
  );
}
