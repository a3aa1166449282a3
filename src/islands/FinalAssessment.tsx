/**
 * The final assessment, one question at a time: starts an attempt (the store
 * draws the questions), saves each answer as it is given (so a learner can
 * leave and resume the attempt), offers a review list and a confirmation
 * before submitting, then shows the results. Focus follows the learner to the
 * heading of each new view; where they are in the attempt survives a reload.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import index from 'virtual:course-index';
import type { AssessmentQuestion } from '../content/block-schemas.ts';
import { $attempt, $progress, answerAssessment, beginAttempt, submitAssessment } from '../tracking/page-progress.ts';
import { toggled } from './blocks/OptionList.tsx';
import { fill, useLatency } from './blocks/use-block.ts';
import { useHydratedStore } from './use-hydrated-store.ts';
import { emptyProgress } from '../progress/progress-state.ts';
import { attemptKey, placeStorage, unansweredPositions, type Place } from '../progress/assessment-flow.ts';
import QuestionView from './assessment/QuestionView.tsx';
import ReviewList from './assessment/ReviewList.tsx';
import ConfirmSubmit from './assessment/ConfirmSubmit.tsx';
import Results from './assessment/Results.tsx';
import { headings, type AssessmentStrings, type ModuleLinks } from './assessment/strings.ts';

export { assessmentStrings } from './assessment/strings.ts';

interface Props {
  /** The whole pool in the page's language, in pool order. */
  pool: AssessmentQuestion[];
  /** Every module with its lessons, for the results' links. */
  modules: ModuleLinks[];
  strings: AssessmentStrings;
}

/** Read at the moment of the key press, not from the last render: two quick presses must both count. */
const currentAnswer = (position: number) => $progress.get().assessment?.answers[position] ?? [];
const places = placeStorage(index.id);

export default function FinalAssessment({ pool, modules, strings: s }: Props) {
  const a = useHydratedStore($attempt, undefined);
  const seed = useHydratedStore($progress, emptyProgress).seed;
  const [moved, setMoved] = useState<{ key: string; place: Place } | null>(null);
  const latency = useLatency();
  const root = useRef<HTMLDivElement>(null);
  const focusTarget = useRef<string | null>(null);

  // Focus follows the learner to the heading of the view they moved to, in the same task as the
  // render: the button pressed is gone by then, and focus must not rest on the page body meanwhile.
  useLayoutEffect(() => {
    if (!focusTarget.current) return;
    // Several renders may follow one press; keep the target until the element it names exists.
    const target = root.current?.querySelector<HTMLElement>(`#${focusTarget.current}`);
    if (!target) return;
    target.focus();
    focusTarget.current = null;
  });

  const start = () => { focusTarget.current = headings.question; beginAttempt(); };

  if (!a || (a.submitted === false && a.drawn.length === 0)) {
    return (
      <div class="assessment" ref={root}>
        <button type="button" class="button" onClick={start}>{s.assessmentStart}</button>
      </div>
    );
  }

  const dropped = a.dropped.length > 0 && (
    <p class="notice assessment__notice">{fill(s.assessmentDropped, { questions: a.dropped.map((i) => i + 1).join(', ') })}</p>
  );
  if (a.submitted) {
    return (
      <div class="assessment" ref={root}>
        {dropped}
        <Results a={a} pool={pool} modules={modules} seed={seed} onRetake={start} strings={s} />
      </div>
    );
  }

  const key = attemptKey(a);
  // The learner's own move in this attempt, else where they were before a reload, else the first question.
  const place = moved?.key === key ? moved.place : places.read(key, a.drawn.length);
  const go = (next: Place) => {
    places.write(key, next);
    setMoved({ key, place: next });
    focusTarget.current = next.view === 'question' ? headings.question : headings[next.view];
  };
  // The LMS's latency for a question counts from when it is shown.
  const open = (position: number) => { latency(); go({ view: 'question', position }); };
  const confirm = () => {
    // The store checks the latest answers, not the last render's: an answer given just before pressing counts.
    if (submitAssessment() === 0) focusTarget.current = headings.result;
  };

  return (
    <div class="assessment" ref={root}>
      <p class="block__help">{s.assessmentSaved}</p>
      {dropped}
      {place.view === 'question' && (() => {
        const position = Math.min(place.position, a.drawn.length - 1);
        const q = pool[a.drawn[position]];
        return (
          <QuestionView key={`${q.id}-${a.attempts}`} a={a} position={position} question={q} seed={seed} strings={s}
            onToggle={(o) => answerAssessment(position, toggled(currentAnswer(position), o, q.multiple), latency())}
            onMove={open} onReview={() => go({ view: 'review' })} />
        );
      })()}
      {place.view === 'review' && <ReviewList a={a} pool={pool} onOpen={open} onSubmit={() => go({ view: 'confirm' })} strings={s} />}
      {place.view === 'confirm' && (
        <ConfirmSubmit total={a.drawn.length} unanswered={unansweredPositions(a)} onSubmit={confirm} onBack={() => go({ view: 'review' })}
          onOpen={open} strings={s} />
      )}
    </div>
  );
}
