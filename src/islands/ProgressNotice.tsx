/** Tells the learner plainly when progress was reset, cannot be saved, or the LMS is not taking it. */
import type { Notice } from '../progress/progress-store.ts';
import { $notice } from '../tracking/page-progress.ts';
import { useHydratedStore } from './use-hydrated-store.ts';

interface Props {
  resetText: string;
  unavailableText: string;
  lmsRetryingText: string;
  lmsFailedText: string;
  lmsOfflineText: string;
  lmsRecoveredText: string;
}

export default function ProgressNotice(props: Props) {
  const notice = useHydratedStore($notice, null);
  const texts: Record<Exclude<Notice, null>, string> = {
    'lms-offline': props.lmsOfflineText, 'lms-failed': props.lmsFailedText, 'lms-retrying': props.lmsRetryingText, 'lms-recovered': props.lmsRecoveredText,
    reset: props.resetText, unavailable: props.unavailableText,
  };
  const text = notice ? texts[notice] : '';
  // The live region exists from the start so screen readers announce the change.
  return <div role="status" class={text ? 'notice' : 'notice notice--empty'}>{text}</div>;
}
