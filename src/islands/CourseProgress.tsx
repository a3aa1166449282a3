/** Course-wide progress and a link back to the lesson the learner opened last. */
import { useProgress } from './use-progress.ts';

interface Props {
  lessons: { key: string; title: string; href: string }[];
  summaryTemplate: string;
  continueTemplate: string;
  startLabel: string;
}

export default function CourseProgress({ lessons, summaryTemplate, continueTemplate, startLabel }: Props) {
  const { visited, last } = useProgress();
  const done = lessons.filter((l) => visited.includes(l.key)).length;
  const resume = lessons.find((l) => l.key === last);
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
