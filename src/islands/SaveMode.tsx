/**
 * A quiet line saying where progress is kept: the LMS, or (standalone, no LMS found) this browser.
 * Inside an LMS it also names whose record it is, which matters on a shared computer. The name
 * comes from the LMS and is untrusted: it is only ever a text node, isolated in <bdi> so a name
 * written right to left cannot reorder the sentence around it.
 */
import { $learnerName, $saveMode } from '../tracking/page-progress.ts';
import { useHydratedStore } from './use-hydrated-store.ts';

interface Props {
  browserText: string;
  lmsText: string;
  /** The LMS sentence with a `{name}` placeholder for the learner's name. */
  lmsNamedText: string;
}

export default function SaveMode({ browserText, lmsText, lmsNamedText }: Props) {
  const mode = useHydratedStore($saveMode, null);
  const name = useHydratedStore($learnerName, '');
  if (mode === 'lms' && name) {
    const [before, after = ''] = lmsNamedText.split('{name}');
    return <p class="save-mode">{before}<bdi class="learner-name">{name}</bdi>{after}</p>;
  }
  return <p class="save-mode">{mode === 'lms' ? lmsText : mode === 'browser' ? browserText : ''}</p>;
}
