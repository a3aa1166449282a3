/**
 * Inside a SCORM package, every page runs in a frame of the launcher page
 * (scorm/launch), which holds the one LMS session for the whole course and
 * publishes it on its window. The pages save through that session directly.
 */
import type { ProgressBackend } from '../progress/progress-backend.ts';

declare global {
  interface Window { __seIpsSession?: ProgressBackend }
}

/** The launcher's LMS session, when this page runs in the launcher's frame. */
export function findLauncherSession(win: Window = window): ProgressBackend | undefined {
  try {
    // Reading a cross-origin parent throws: then there is no launcher of ours.
    return win.parent !== win ? win.parent.__seIpsSession : undefined;
  } catch {
    return undefined;
  }
}
