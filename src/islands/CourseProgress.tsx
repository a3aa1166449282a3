/**
 * Course-wide progress on the home page: lessons visited, the final assessment's
 * standing, and the next step: the lesson opened last (or the first), the final
 * assessment once every lesson is visited, and the finish page once it is earned.
 */
import { fill } from '../i18n/fill.ts';
import { visitedCount } from '../progress/progress-state.ts';
import { useFinishStatus } from './use-finish.ts';
import { useProgress } from './use-progress.ts';

interface Props {
  lessons: { key: string; title: string; href: string }[];
  summaryTemplate: string;
  continueTemplate: string;
  startLabel: string;
  /** Links relative to the page. */
  finishHref: string;
  assessmentHref: string;
  labels: {
    assessmentNotTaken: string;
    /** With {score} and {mastery}. */
    assessmentNotPassed: string;
    /** With {score}. */
    assessmentPassed: string;
    finished: string;
    finishLink: string;
    takeAssessment: string;
    whatIsLeft: string;
  };
}

export default function CourseProgress({ lessons, summaryTemplate, continueTemplate, startLabel, finishHref, assessmentHref, labels }: Props) {
  const progress = useProgress();
  const status = useFinishStatus();
  const done = visitedCount(progress, lessons.map((l) => l.key));
  const resume = lessons.find((l) => l.key === progress.last);
  const a = status?.assessment;
  const assessmentLine = !a || a.bestScore === undefined ? labels.assessmentNotTaken
    : a.passed ? fill(labels.assessmentPassed, { score: a.bestScore }) : fill(labels.assessmentNotPassed, { score: a.bestScore, mastery: a.masteryScore });
  const next = status?.finished ? { href: finishHref, label: labels.finishLink }
    : status && status.lessonsLeft.length === 0 ? { href: assessmentHref, label: labels.takeAssessment }
    : resume ? { href: resume.href, label: fill(continueTemplate, { title: resume.title }) }
    : { href: lessons[0]?.href, label: startLabel };
  const started = done > 0 || (a?.attempts ?? 0) > 0;
  return (
    <div class="course-progress">
      {status?.finished && <p class="course-progress__done"><span aria-hidden="true">✓ </span>{labels.finished}</p>}
      <p>{fill(summaryTemplate, { done, total: lessons.length })}</p>
      <p class="course-progress__assessment">{assessmentLine}</p>
      <div class="course-progress__actions">
        <a class="button" href={next.href}>{next.label}</a>
        {started && !status?.finished && <a href={finishHref}>{labels.whatIsLeft}</a>}
      </div>
    </div>
  );
}
