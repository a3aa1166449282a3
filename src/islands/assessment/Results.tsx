/**
 * After submitting: the score against the pass mark, right of asked per module
 * with that module's lessons to revisit, and every question with the learner's
 * answer, the right one and why (each option's own feedback).
 */
import index from 'virtual:course-index';
import type { AssessmentQuestion } from '../../content/block-schemas.ts';
import { resultsByModule } from '../../progress/assessment-flow.ts';
import OptionList from '../blocks/OptionList.tsx';
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

      <h3 id="assessment-by-module">{s.assessmentByModule}</h3>
      <div class="assessment__table">
        <table aria-labelledby="assessment-by-module">
          <thead><tr><th scope="col">{s.assessmentModuleColumn}</th><th scope="col">{s.assessmentRightColumn}</th><th scope="col">{s.assessmentRevisitColumn}</th></tr></thead>
          <tbody>
            {byModule.map((r) => {
              const m = modules.find((x) => x.id === r.module);
              const allRight = r.right === r.asked;
              return (
                <tr key={r.module} class={allRight ? '' : 'assessment__module--revisit'}>
                  <th scope="row">{m ? <a href={m.href}>{m.title}</a> : r.module}</th>
                  <td>{fill(s.assessmentModuleRight, { right: r.right, asked: r.asked })}</td>
                  <td>{allRight ? `✓ ${s.assessmentModuleAllRight}` : (
                    <ul class="assessment__lessons">{m?.lessons.map((l) => <li key={l.href}><a href={l.href}>{l.title}</a></li>)}</ul>
                  )}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h3>{s.assessmentAnswersHeading}</h3>
      <ol class="assessment__answers">
        {a.drawn.map((p, i) => {
          const q = pool[p];
          const selected = a.answers[i] ?? [];
          return (
            <li class="block assessment__answer" key={q.id}>
              <fieldset>
                <legend class="block__question">
                  <span class="block__kind">{fill(s.assessmentQuestion, { n: i + 1, total: a.drawn.length })} · {a.correct[i] ? `✓ ${s.assessmentAnsweredRight}` : `✗ ${s.assessmentAnsweredWrong}`}</span>
                  <span class="assessment__text">{q.question}</span>
                </legend>
                {selected.length === 0 && <p class="block__help">{s.assessmentNotAnswered}</p>}
                <OptionList name={`assessment-result-${q.id}`} multiple={q.multiple} options={q.options} order={attemptOptionOrder(seed, a, q.id, q.options.length)}
                  selected={selected} answered onToggle={() => {}} strings={s} />
              </fieldset>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
