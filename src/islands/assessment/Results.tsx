/**
 * After submitting: the score against the pass mark, right of asked per module
 * with that module's lessons to revisit, and every question with the learner's
 * answer, the right one and why (each option's own feedback).
 */
import index from 'virtual:course-index';
import type { AssessmentQuestion } from '../../content/block-schemas.ts';
import { resultsByModule } from '../../progress/assessment-flow.ts';
import AnswerReview from './AnswerReview.tsx';
import { fill } from '../blocks/use-block.ts';
import type { AttemptView } from './attempt.ts';
import { attemptOptionOrder } from './option-order.ts';
import { headings, type AssessmentStrings, type ModuleLinks } from './strings.ts';

interface Props {
  a: AttemptView;
  pool: AssessmentQuestion[];
  modules: ModuleLinks[];
  seed: number | undefined;
  onRetake: () => void;
  strings: AssessmentStrings;
}

export default function Results({ a, pool, modules, seed, onRetake, strings: s }: Props) {
  const mastery = a.masteryScore;
  const byModule = resultsByModule(index, a, a.correct);
  return (
    <section class="assessment__result" aria-labelledby={headings.result}>
      <h2 id={headings.result} tabIndex={-1}>{s.assessmentResult}</h2>
      <p role="status" class={a.passed ? 'block__result--right' : 'block__result--wrong'}><strong>{fill(s.assessmentScore, { score: a.lastScore!, right: a.right, total: a.drawn.length })}</strong> {a.passed ? fill(s.assessmentPassed, { mastery }) : fill(s.assessmentFailed, { mastery })}</p>
      {a.attempts > 1 && <p>{fill(s.assessmentBest, { score: a.bestScore! })}</p>}
      <button type="button" class="button" onClick={onRetake}>{s.assessmentRetake}</button>

      <h3>{s.assessmentByModule}</h3>
      {/* A list, not a table: it reflows on a phone without scrolling sideways. */}
      <ul class="assessment__modules">
        {byModule.map((r) => {
          const m = modules.find((x) => x.id === r.module);
          const allRight = r.right === r.asked;
          return (
            <li key={r.module} class={`assessment__module${allRight ? '' : ' assessment__module--revisit'}`}>
              <p class="assessment__module-head">
                {m ? <a href={m.href}>{m.title}</a> : r.module}: <span>{allRight ? '✓ ' : ''}{fill(s.assessmentModuleRight, { right: r.right, asked: r.asked })}</span>
              </p>
              {!allRight && (
                <>
                  <p class="assessment__revisit">{s.assessmentRevisit}</p>
                  <ul class="assessment__lessons">{m?.lessons.map((l) => <li key={l.href}><a href={l.href}>{l.title}</a></li>)}</ul>
                </>
              )}
            </li>
          );
        })}
      </ul>

      <h3>{s.assessmentAnswersHeading}</h3>
      <ol class="assessment__answers">
        {a.drawn.map((p, i) => {
          const q = pool[p];
          return (
            <AnswerReview key={q.id} n={i + 1} total={a.drawn.length} question={q} order={attemptOptionOrder(seed, a, q.id, q.options.length)}
              selected={a.answers[i] ?? []} right={a.correct[i]} strings={s} />
          );
        })}
      </ol>
    </section>
  );
}
