/** Records the visit of the lesson it sits on. Renders nothing. */
import { useEffect } from 'preact/hooks';
import { visitLesson } from '../tracking/page-progress.ts';

export default function LessonVisit({ lessonKey }: { lessonKey: string }) {
  useEffect(() => visitLesson(lessonKey), [lessonKey]);
  return null;
}
