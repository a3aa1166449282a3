/**
 * "2 of 4 lessons visited" with a progress bar, for one module; on the module
 * page also whether the module is done (the way to the finish page is CourseFinishedLink).
 */
import { visitedCount } from '../progress/progress-state.ts';
import { useProgress } from './use-progress.ts';

interface Props {
  lessonKeys: string[];
  /** Label of the bar, e.g. "Progress: History". */
  label: string;
  /** Text with {done} and {total} placeholders. */
  template: string;
  /** The module page's extra line once every lesson in it is visited. */
  finish?: { moduleDone: string };
}

export default function ModuleProgress({ lessonKeys, label, template, finish }: Props) {
  const done = visitedCount(useProgress(), lessonKeys);
  const text = template.replace('{done}', String(done)).replace('{total}', String(lessonKeys.length));
  return (
    <div class="module-progress">
      <progress max={lessonKeys.length} value={done} aria-label={label} aria-valuetext={text} />
      <span class="module-progress__text">{text}</span>
      {finish && done === lessonKeys.length && <p class="module-progress__done"><span aria-hidden="true">✓ </span>{finish.moduleDone}</p>}
    </div>
  );
}
