/** Match each item to one on the other side, with a plain select per item (the most robust control for every input method). */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { MatchingBlock as Block } from '../../content/block-schemas.ts';
import { answer, retryBlock } from '../../tracking/page-progress.ts';
import { seededOrder } from '../../progress/draw.ts';
import { inPlace } from '../../progress/scoring.ts';
import { feedbackStage } from '../../progress/feedback.ts';
import RetryActions from './RetryActions.tsx';
import { fill, useLatency, useSavedAnswer, useTries } from './use-block.ts';

export const matchingStrings = ['blockMatching', 'matchingChoose', 'checkMatches', 'tryAgain', 'showAnswer', 'tryOrShow', 'matchingRight', 'matchingWrong', 'matchingBelongs', 'matchingCorrect', 'matchingIncorrect', 'matchingIncomplete'] as const;
type S = Record<(typeof matchingStrings)[number], string>;

export default function MatchingBlock({ block, strings: s }: { block: Block; strings: S }) {
  const saved = useSavedAnswer(block.id, 'matching');
  const rights = useMemo(() => seededOrder(block.id, block.pairs.length), [block]);
  const [draft, setDraft] = useState<(number | undefined)[]>(block.pairs.map(() => undefined));
  const [warn, setWarn] = useState(false);
  const latency = useLatency();
  const root = useRef<HTMLElement>(null);
  const matches = saved?.matches ?? draft;
  const placed = saved ? inPlace(saved.matches) : [];
  const right = placed.filter(Boolean).length;
  const tries = useTries(root);
  const stage = feedbackStage(saved !== undefined, right === block.pairs.length, tries.wrongTries, tries.shown);
  const id = `matching-${block.id}`;

  const check = () => {
    if (draft.some((m) => m === undefined)) { setWarn(true); return; }
    tries.checked(inPlace(draft as number[]).every(Boolean));
    answer(block.id, { type: 'matching', matches: draft as number[] }, latency());
  };
  const retry = () => {
    setDraft(block.pairs.map(() => undefined));
    tries.retried('select');
    retryBlock(block.id);
  };

  return (
    <section class="block block--matching" aria-labelledby={`${id}-kind`} ref={root}>
      <h3 class="block__kind" id={`${id}-kind`}>{s.blockMatching}</h3>
      <p class="block__question">{block.prompt}</p>
      <ul class="matching">
        {block.pairs.map((pair, i) => (
          <li key={i} class={`matching__row${saved ? (placed[i] ? ' option--right' : ' option--wrong') : ''}`}>
            <label for={`${id}-${i}`} class="matching__left">{pair.left}</label>
            <select id={`${id}-${i}`} disabled={saved !== undefined} value={matches[i] === undefined ? '' : String(matches[i])}
              onChange={(e) => { setWarn(false); const v = (e.target as HTMLSelectElement).value; setDraft((d) => d.map((m, j) => (j === i ? (v === '' ? undefined : Number(v)) : m))); }}>
              <option value="">{s.matchingChoose}</option>
              {rights.map((r) => <option value={String(r)} key={r}>{block.pairs[r].right}</option>)}
            </select>
            {saved && (
              <p class="option__feedback"><strong>{placed[i] ? `✓ ${s.matchingRight}` : `✗ ${stage === 'retry' ? s.matchingWrong : fill(s.matchingBelongs, { right: pair.right })}`}</strong></p>
            )}
          </li>
        ))}
      </ul>
      <p role="status" tabIndex={-1} class={`block__result${saved ? (stage === 'right' ? ' block__result--right' : ' block__result--wrong') : ''}`}>
        {stage === 'right' ? s.matchingCorrect : saved ? `${fill(s.matchingIncorrect, { n: right, total: block.pairs.length })}${stage === 'retry' ? ` ${s.tryOrShow}` : ''}` : warn ? s.matchingIncomplete : ''}
      </p>
      {(stage === 'right' || stage === 'revealed') && <p class="block__explanation">{block.explanation}</p>}
      {!saved && <button type="button" class="button" onClick={check}>{s.checkMatches}</button>}
      {saved && <RetryActions stage={stage} onRetry={retry} onShow={tries.show} strings={s} />}
    </section>
  );
}
