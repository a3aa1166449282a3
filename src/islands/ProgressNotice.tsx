/** Tells the learner plainly when progress was reset, cannot be saved, or the LMS is not taking it. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { $progressNotice, $saveStatus } from '../progress/progress-store.ts';
import { useHydratedStore } from './use-hydrated-store.ts';

interface Props {
  resetText: string;
  unavailableText: string;
  lmsRetryingText: string;
  lmsFailedText: string;
  lmsRecoveredText: string;
}

export default function ProgressNotice(props: Props) {
  const notice = useHydratedStore($progressNotice, null);
  const save = useHydratedStore($saveStatus, null);
  const hadTrouble = useRef(false);
  const [recovered, setRecovered] = useState(false);
  useEffect(() => {
    if (save === 'retrying' || save === 'failed') { hadTrouble.current = true; setRecovered(false); }
    if (save === 'saved' && hadTrouble.current) setRecovered(true);
  }, [save]);

  const text = save === 'failed' ? props.lmsFailedText
    : save === 'retrying' ? props.lmsRetryingText
    : recovered ? props.lmsRecoveredText
    : notice === 'reset' ? props.resetText
    : notice === 'unavailable' ? props.unavailableText : '';
  // The live region exists from the start so screen readers announce the change.
  return <div role="status" class={text ? 'notice' : 'notice notice--empty'}>{text}</div>;
}
