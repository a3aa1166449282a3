/** Tells the learner plainly when progress was reset or cannot be saved. */
import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import { $progressNotice, startProgress } from '../progress/progress-store.ts';

interface Props {
  resetText: string;
  unavailableText: string;
}

export default function ProgressNotice({ resetText, unavailableText }: Props) {
  useEffect(() => startProgress(), []);
  const notice = useStore($progressNotice);
  // The live region exists from the start so screen readers announce the change.
  return (
    <div role="status" class={notice ? 'notice' : 'notice notice--empty'}>
      {notice === 'reset' ? resetText : notice === 'unavailable' ? unavailableText : ''}
    </div>
  );
}
