/** The attempt as the store hands it to the assessment's parts. */
import type { $attempt } from '../../tracking/page-progress.ts';

export type AttemptView = NonNullable<ReturnType<typeof $attempt.get>>;
