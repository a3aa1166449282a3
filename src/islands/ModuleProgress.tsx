/** "2 of 4 lessons visited" with a progress bar, for one module. */
import { visitedCount } from '../progress/progress-state.ts';
import { useProgress } from './use-progress.ts';

interface Props {
  lessonKeys: string[];
  /** Label of the bar, e.g. "Progress: History". */
  label: string;
  /** Text with {done} and {total} placeholders. */
  template: string;
}

export default function ModuleProgress({ lessonKeys, label, template }: Props) {
  const done = visitedCount(useProgress(), lessonKeys);
  const text = template.replace('{done}', String(done)).replace('{total}', String(lessonKeys.length));
  return (
    <div class="module-progress">
      <progress max={lessonKeys.length} value={done} aria-label={label} aria-valuetext={text} />
      <span class="module-progress__text">{text}</span>
    </div>
  );
}
