/** Says in words (not just colour) whether a lesson has been visited. */
import { useProgress } from './use-progress.ts';

interface Props {
  lessonKey: string;
  visitedLabel: string;
  notVisitedLabel: string;
}

export default function VisitedMark({ lessonKey, visitedLabel, notVisitedLabel }: Props) {
  const { visited } = useProgress();
  return visited.includes(lessonKey) ? (
    <span class="visited-mark visited-mark--done"><span aria-hidden="true">✓ </span>{visitedLabel}</span>
  ) : (
    <span class="visited-mark">{notVisitedLabel}</span>
  );
}
