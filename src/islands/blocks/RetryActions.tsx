/** "Try again" while an answer is not right, and "Show the answer" until it is revealed: the same for every block. */
import type { FeedbackStage } from '../../progress/feedback.ts';

export default function RetryActions({ stage, onRetry, onShow, strings: s }: { stage: FeedbackStage; onRetry: () => void; onShow: () => void; strings: { tryAgain: string; showAnswer: string } }) {
  if (stage !== 'retry' && stage !== 'revealed') return null;
  return (
    <p class="block__actions">
      <button type="button" class="button button--secondary block__retry" onClick={onRetry}>{s.tryAgain}</button>
      {stage === 'retry' && <button type="button" class="button button--secondary block__show" onClick={onShow}>{s.showAnswer}</button>}
    </p>
  );
}
