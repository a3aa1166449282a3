/**
 * The final assessment: starts an attempt (the store draws the questions),
 * saves each answer as it is given (so a learner can leave and resume the
 * attempt), submits, and shows the result and every option's explanation.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AssessmentQuestion } from '../content/block-schemas.ts';
import { $attempt, $progress, answerAssessment, beginAttempt, submitAssessment } from '../tracking/page-progress.ts';
import OptionList, { optionStrings, toggled } from './blocks/OptionList.tsx';
import { fill, useLatency } from './blocks/use-block.ts';
import { useHydratedStore } from './use-hydrated-store.ts';
import { assessmentOrderKey, optionOrder } from '../progress/draw.ts';
import { emptyProgress } from '../progress/progress-state.ts';

export const assessmentStrings = [
  'assessmentStart', 'assessmentSaved', 'assessmentQuestion', 'assessmentSubmit', 'assessmentUnanswered', 'assessmentResult',
  'assessmentScore', 'assessmentPassed', 'assessmentFailed', 'assessmentBest', 'assessmentRetake', 'assessmentAnsweredRight',
  'assessmentAnsweredWrong', 'chooseOne', 'chooseAll', ...optionStrings,
] as const;
type S = Record<(typeof assessmentStrings)[number], string>;

interface Props {
  /** The whole pool in the page's language, in pool order. */
  pool: AssessmentQuestion[];
  strings: S;
}

/** Read at the moment of the key press, not from the last render: two quick presses must both count. */
const currentAnswer = (position: number) => $progress.get().assessment?.answers[position] ?? [];

export default function FinalAssessment({ pool, strings: s }: Props) {
  const a = useHydratedStore($attempt, undefined);
  const seed = useHydratedStore($progress, emptyProgress).seed;
  const [unanswered, setUnanswered] = useState(0);
  const latency = useLatency();
  const root = useRef<HTMLDivElement>(null);
  const focusTarget = useRef<string | null>(null);

  // Focus follows the learner: to the first question on start, to the result on submit.
  useEffect(() => {
    if (!focusTarget.current) return;
    // Several renders may follow one press; keep the target until the element it names exists.
    const target = root.current?.querySelector<HTMLElement>(focusTarget.current);
    if (!target) return;
    target.focus();
    focusTarget.current = null;
  });

  const start = () => { focusTarget.current = '.assessment__question legend'; setUnanswered(0); beginAttempt(); };
  const submit = (event: Event) => {
    event.preventDefault();
    // The store checks the latest answers, not the last render's: an answer given just before pressing Submit counts.
    const missing = submitAssessment();
    setUnanswered(missing);
    if (missing === 0) focusTarget.current = '#assessment-result';
  };

  if (!a || (a.submitted === false && a.drawn.length === 0)) {
    return (
      <div class="assessment" ref={root}>
        <button type="button" class="button" onClick={start}>{s.assessmentStart}</button>
      </div>
    );
  }
  const mastery = a.masteryScore;

  return (
    <div class="assessment" ref={root}>
      {a.submitted && (
        <section class={`assessment__result ${a.passed ? 'block__result--right' : 'block__result--wrong'}`} aria-labelledby="assessment-result">
          <h2 id="assessment-result" tabIndex={-1}>{s.assessmentResult}</h2>
          <p role="status"><strong>{fill(s.assessmentScore, { score: a.lastScore!, right: a.right, total: a.drawn.length })}</strong> {a.passed ? fill(s.assessmentPassed, { mastery }) : fill(s.assessmentFailed, { mastery })}</p>
          {a.attempts > 1 && <p>{fill(s.assessmentBest, { score: a.bestScore! })}</p>}
          <button type="button" class="button" onClick={start}>{s.assessmentRetake}</button>
        </section>
      )}
      {!a.submitted && <p class="block__help">{s.assessmentSaved}</p>}
      <form onSubmit={submit}>
        <ol class="assessment__questions">
          {a.drawn.map((p, i) => {
            const q = pool[p];
            const selected = a.answers[i] ?? [];
            const name = `assessment-${q.id}`;
            const ok = a.correct[i];
            // The attempt's number, the same before and after submitting it: a new attempt, a new order.
            const order = optionOrder(seed, assessmentOrderKey(a.attempts - (a.submitted ? 1 : 0), q.id), q.options.length);
            return (
              <li class="block assessment__question" key={`${q.id}-${a.attempts}`}>
                <fieldset aria-describedby={`${name}-help`}>
                  <legend class="block__question" tabIndex={-1}>
                    <span class="block__kind">{fill(s.assessmentQuestion, { n: i + 1, total: a.drawn.length })}{a.submitted ? ` · ${ok ? `✓ ${s.assessmentAnsweredRight}` : `✗ ${s.assessmentAnsweredWrong}`}` : ''}</span>
                    <span class="assessment__text">{q.question}</span>
                  </legend>
                  <p class="block__help" id={`${name}-help`}>{q.multiple ? s.chooseAll : s.chooseOne}</p>
                  <OptionList name={name} multiple={q.multiple} options={q.options} order={order} selected={selected} answered={a.submitted}
                    onToggle={(o) => { setUnanswered(0); answerAssessment(i, toggled(currentAnswer(i), o, q.multiple), latency()); }} strings={s} />
                </fieldset>
              </li>
            );
          })}
        </ol>
        {!a.submitted && (
          <>
            <p role="status" class="block__result block__result--wrong">{unanswered > 0 ? fill(s.assessmentUnanswered, { n: unanswered }) : ''}</p>
            <button type="submit" class="button">{s.assessmentSubmit}</button>
          </>
        )}
      </form>
    </div>
  );
}
