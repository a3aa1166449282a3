/**
 * The page's one progress store, wired to where this page keeps progress: the
 * launcher's LMS session when the page runs in a SCORM package's frame, else
 * the browser's storage. It connects when an island first uses it.
 */
import index from 'virtual:course-index';
import { createProgressStore } from '../progress/progress-store.ts';
import { browserBackend } from './browser-backend.ts';
import { findLauncherSession } from './launcher-link.ts';

// A server render has no window and nothing to load: there the store stays empty.
const connect = typeof window === 'undefined' ? undefined : () => findLauncherSession() ?? browserBackend();

export const {
  $progress, $notice, $saveMode, $learnerName, $attempt,
  visitLesson, answer, retryBlock, beginAttempt, answerAssessment, submitAssessment,
} = createProgressStore(index, { connect });
