/** Records the visit of the lesson it sits on. Renders nothing. */
import { useEffect } from 'preact/hooks';
import { visitLesson } from '../progress/progress-store.ts';
import { startTracking } from '../tracking/start-tracking.ts';

export default function LessonVisit({ lessonKey }: { lessonKey: string }) {
  useEffect(() => {
    startTracking();
    visitLesson(lessonKey);
  }, [lessonKey]);
  return null;
}
