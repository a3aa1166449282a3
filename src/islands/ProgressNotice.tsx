/** Tells the learner plainly when progress was reset or cannot be saved. */
import { $progressNotice } from '../progress/progress-store.ts';
import { useHydratedStore } from './use-hydrated-store.ts';

interface Props {
  resetText: string;
  unavailableText: string;
}

export default function ProgressNotice({ resetText, unavailableText }: Props) {
  const notice = useHydratedStore($progressNotice, null);
  // The live region exists from the start so screen readers announce the change.
  return (
    <div role="status" class={notice ? 'notice' : 'notice notice--empty'}>
      {notice === 'reset' ? resetText : notice === 'unavailable' ? unavailableText : ''}
    </div>
  );
}
