/**
 * The SCORM launch page. It finds the LMS, holds the one session for the
 * whole visit, and shows the course in a frame, starting at the learner's
 * bookmark. Course pages in the frame save through the session it publishes
 * as `window.__seIpsSession` (see ../launcher-link.ts).
 * Without an LMS it simply opens the course, which then saves in the browser.
 */
import index from 'virtual:course-index';
import { browserStorage } from '../../progress/browser-storage.ts';
import { decodeState } from '../../progress/state-codec.ts';
import type { Scope } from '../../progress/scoring.ts';
import { findLmsApi } from '../scorm/find-api.ts';
import { connect } from '../scorm/lms-connection.ts';
import { createLmsSession } from '../scorm/lms-session.ts';

export interface LauncherConfig {
  /** "course", or a module id for a module package. */
  scope: string;
  /** Where to start when there is no bookmark (relative to the launch page). */
  start: string;
  /** Every lesson key and its address relative to the launch page. */
  lessons: Record<string, string>;
}

export function startLauncher(root: HTMLElement): void {
  const config = JSON.parse(root.dataset.config ?? '{}') as LauncherConfig;
  const frame = root.querySelector('iframe')!;
  const found = findLmsApi(window);
  if (!found) {
    window.location.replace(config.start);
    return;
  }
  const scope: Scope = config.scope === 'course' ? { kind: 'course' } : { kind: 'module', moduleId: config.scope };
  const session = createLmsSession({ connection: connect(found), index, scope, localStorage: browserStorage() });
  const { text, location } = session.start();
  window.__seIpsSession = session;

  // The bookmark comes from the LMS: use it only if it names one of our lessons.
  // Object.hasOwn, not `in`: a location like "constructor" would find Object's own properties.
  const bookmark = Object.hasOwn(config.lessons, location) ? location : decodeState(index, text).state.last;
  frame.src = (bookmark && config.lessons[bookmark]) || config.start;

  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') session.save(); });
  window.addEventListener('pagehide', () => session.finish());
  window.addEventListener('beforeunload', (event) => {
    // Progress the LMS has not confirmed is still in this browser, but say so before the learner leaves.
    if (session.status() !== 'saved') event.preventDefault();
  });
}
