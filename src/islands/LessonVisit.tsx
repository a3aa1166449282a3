/** Records the visit of the lesson it sits on. Renders nothing. */
import { useEffect } from 'preact/hooks';
import { startProgress, visitLesson } from '../progress/progress-store.ts';

export default function LessonVisit({ lessonKey }: { lessonKey: string }) {
  useEffect(() => {
    startProgress();
    visitLesson(lessonKey);
  }, [lessonKey]);
  return null;
}
