/**
 * A branching case: the learner decides, sees what follows, decides again, and
 * reaches an ending with a debrief. Each decision is saved, so a learner who
 * leaves mid-case comes back to the same point.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { ScenarioBlock as Block } from '../../content/block-schemas.ts';
import { answer, retryBlock } from '../../tracking/page-progress.ts';
import { bestPath, compareWithBest, follow } from '../../course/scenario-graph.ts';
import { fill, infoFor, useLatency, useSavedAnswer } from './use-block.ts';

export const scenarioStrings = ['blockScenario', 'scenarioDecision', 'scenarioYouChose', 'scenarioOutcome', 'outcomeGood', 'outcomeMixed', 'outcomePoor', 'scenarioDebrief', 'scenarioPrinciple', 'scenarioRestart', 'scenarioBestChoice', 'scenarioBetterChoice', 'scenarioBestPath', 'scenarioOnBestPath'] as const;
type S = Record<(typeof scenarioStrings)[number], string>;

/**
 * The saved path in this language's words: the decisions taken, then the current step or
 * the ending; once ended, the best choice at each decision where the learner's differed,
 * and the best path.
 */
function walk(block: Block, path: number[]) {
  const graph = infoFor(block.id, 'scenario');
  const followed = follow(graph, path);
  const ended = followed.ending !== undefined;
  const compared = ended ? compareWithBest(graph, path) : undefined;
  const best = ended ? bestPath(graph) : undefined;
  return {
    taken: followed.taken.map(({ step, choice }, n) => {
      const better = compared?.decisions[n]?.better;
      return { step: block.steps[step], choice, better: better === undefined ? undefined : block.steps[step].options[better].text, compared: ended };
    }),
    current: followed.current === undefined ? undefined : block.steps[followed.current],
    ending: followed.ending === undefined ? undefined : block.endings[followed.ending],
    onBestPath: compared?.onBestPath ?? false,
    best: best && { choices: best.taken.map(({ step, choice }) => block.steps[step].options[choice].text), outcome: best.outcome },
  };
}

export default function ScenarioBlock({ block, strings: s }: { block: Block; strings: S }) {
  const saved = useSavedAnswer(block.id, 'scenario');
  const path = saved?.path ?? [];
  const { taken, current, ending, onBestPath, best } = walk(block, path);
  const latency = useLatency();
  const root = useRef<HTMLElement>(null);
  const id = `scenario-${block.id}`;
  const last = taken.at(-1);
  const outcomes = { good: s.outcomeGood, mixed: s.outcomeMixed, poor: s.outcomePoor };
  const outcome = ending && outcomes[ending.outcome];

  // After a decision the clicked button is gone: move focus to the new decision or the outcome, once rendered.
  const focusPending = useRef(false);
  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    root.current?.querySelector<HTMLElement>('[data-latest]')?.focus();
  }, [path.length]);
  const focusLatest = () => { focusPending.current = true; };
  const choose = (i: number) => {
    answer(block.id, { type: 'scenario', path: [...path, i] }, latency());
    focusLatest();
  };
  const restart = () => {
    retryBlock(block.id);
    focusLatest();
  };

  return (
    <section class="block block--scenario" aria-labelledby={`${id}-title`} ref={root}>
      <h3 class="block__kind" id={`${id}-title`}>{s.blockScenario}: {block.title}</h3>
      <p class="scenario__situation">{block.situation}</p>
      <ol class="scenario__path">
        {taken.map(({ step, choice, better, compared }, n) => (
          <li class="scenario__decision" key={step.id}>
            <h4>{fill(s.scenarioDecision, { n: n + 1 })}</h4>
            <p>{step.prompt}</p>
            <p class="scenario__choice"><strong>{fill(s.scenarioYouChose, { choice: step.options[choice].text })}</strong></p>
            <p class="scenario__consequence">{step.options[choice].consequence}</p>
            {/* Once the case has ended, each decision says how it compares with the best one there. */}
            {compared && (better === undefined
              ? <p class="scenario__compare scenario__compare--best"><span aria-hidden="true">✓ </span>{s.scenarioBestChoice}</p>
              : <p class="scenario__compare scenario__compare--better"><span aria-hidden="true">→ </span>{fill(s.scenarioBetterChoice, { choice: better })}</p>)}
          </li>
        ))}
      </ol>
      {current && (
        <div class="scenario__step">
          <h4 tabIndex={-1} data-latest>{fill(s.scenarioDecision, { n: taken.length + 1 })}</h4>
          <p>{current.prompt}</p>
          <ul class="scenario__options">
            {current.options.map((o, i) => (
              <li key={`${current.id}-${i}`}><button type="button" class="scenario__option" onClick={() => choose(i)}>{o.text}</button></li>
            ))}
          </ul>
        </div>
      )}
      {ending && (
        <div class={`scenario__ending scenario__ending--${ending.outcome}`}>
          <h4 tabIndex={-1} data-latest>{s.scenarioOutcome}: {outcome}</h4>
          <p>{ending.text}</p>
          {onBestPath || !best ? <p class="scenario__best"><strong>{s.scenarioOnBestPath}</strong></p> : (
            <div class="scenario__best">
              <h4>{s.scenarioBestPath}{best.outcome ? `: ${outcomes[best.outcome]}` : ''}</h4>
              <ol>{best.choices.map((c, i) => <li key={i}>{c}</li>)}</ol>
            </div>
          )}
          <h4>{s.scenarioDebrief}</h4>
          <p><strong>{fill(s.scenarioPrinciple, { principle: block.debrief.principle })}</strong></p>
          <p>{block.debrief.text}</p>
          <button type="button" class="button button--secondary" onClick={restart}>{s.scenarioRestart}</button>
        </div>
      )}
      <p role="status" class="visually-hidden">
        {last ? `${fill(s.scenarioYouChose, { choice: last.step.options[last.choice].text })}. ${last.step.options[last.choice].consequence}${outcome ? ` ${s.scenarioOutcome}: ${outcome}.` : ''}` : ''}
      </p>
    </section>
  );
}
