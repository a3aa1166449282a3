/**
 * A module's state on its card, in words and a mark (never colour alone):
 * not started, in progress or done, with "2 of 4 lessons visited".
 * Reads progress through the shared store; renders nothing interactive.
 */
import { useProgress } from './use-progress.ts';

interface Props {
  lessonKeys: string[];
  /** Text with {done} and {total} placeholders. */
  template: string;
  labels: { notStarted: string; inProgress: string; done: string };
}

export default function ModuleState({ lessonKeys, template, labels }: Props) {
  const { visited } = useProgress();
  const done = lessonKeys.filter((k) => visited.includes(k)).length;
  const state = done === 0 ? 'not-started' : done === lessonKeys.length ? 'done' : 'in-progress';
  const label = state === 'done' ? labels.done : state === 'in-progress' ? labels.inProgress : labels.notStarted;
  return (
    <p class={`state state--${state}`}>
      <span class="state__mark" aria-hidden="true" />
      <span class="state__label">{label}</span>
      {done > 0 && <span class="state__count">{template.replace('{done}', String(done)).replace('{total}', String(lessonKeys.length))}</span>}
    </p>
  );
}
