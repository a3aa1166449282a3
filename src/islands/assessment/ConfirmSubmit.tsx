/**
 * The step before submitting: with every question answered, a last yes or no;
 * otherwise how many are still open, and the way to the first of them.
 */
import { fill } from '../blocks/use-block.ts';
import { headings, type AssessmentStrings } from './strings.ts';

interface Props {
  total: number;
  unanswered: number[];
  onSubmit: () => void;
  onBack: () => void;
  onOpen: (position: number) => void;
  strings: AssessmentStrings;
}

export default function ConfirmSubmit({ total, unanswered, onSubmit, onBack, onOpen, strings: s }: Props) {
  return (
    <section class="block assessment__confirm" aria-labelledby={headings.confirm}>
      <h2 id={headings.confirm} tabIndex={-1}>{s.assessmentConfirmHeading}</h2>
      {unanswered.length > 0 ? (
        <>
          <p class="block__result block__result--wrong">{fill(s.assessmentUnanswered, { n: unanswered.length })}</p>
          <div class="assessment__nav">
            <button type="button" class="button" onClick={() => onOpen(unanswered[0])}>{s.assessmentFirstUnanswered}</button>
            <button type="button" class="button button--secondary" onClick={onBack}>{s.assessmentConfirmBack}</button>
          </div>
        </>
      ) : (
        <>
          <p>{fill(s.assessmentConfirmReady, { total })}</p>
          <div class="assessment__nav">
            <button type="button" class="button" onClick={onSubmit}>{s.assessmentConfirmSubmit}</button>
            <button type="button" class="button button--secondary" onClick={onBack}>{s.assessmentConfirmBack}</button>
          </div>
        </>
      )}
    </section>
  );
}
