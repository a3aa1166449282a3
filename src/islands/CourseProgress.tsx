/** Course-wide progress and a link back to the lesson the learner opened last. */
import { visitedCount } from '../progress/progress-state.ts';
import { useProgress } from './use-progress.ts';

interface Props {
  lessons: { key: string; title: string; href: string }[];
  summaryTemplate: string;
  continueTemplate: string;
  startLabel: string;
}

export default function CourseProgress({ lessons, summaryTemplate, continueTemplate, startLabel }: Props) {
  const progress = useProgress();
  const done = visitedCount(progress, lessons.map((l) => l.key));
  const resume = lessons.find((l) => l.key === progress.last);
  return (
    <div class="course-progress">
      <p>{summaryTemplate.replace('{done}', String(done)).replace('{total}', String(lessons.length))}</p>
      {resume ? (
        <a class="button" href={resume.href}>{continueTemplate.replace('{title}', resume.title)}</a>
      ) : (
        <a class="button" href={lessons[0]?.href}>{startLabel}</a>
      )}
    </div>
  );
}
