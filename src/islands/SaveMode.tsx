/** A quiet line saying where progress is kept: the LMS, or (standalone, no LMS found) this browser. */
import { $saveMode } from '../progress/progress-store.ts';
import { useHydratedStore } from './use-hydrated-store.ts';

export default function SaveMode({ browserText, lmsText }: { browserText: string; lmsText: string }) {
  const mode = useHydratedStore($saveMode, null);
  return <p class="save-mode">{mode === 'lms' ? lmsText : mode === 'browser' ? browserText : ''}</p>;
}
