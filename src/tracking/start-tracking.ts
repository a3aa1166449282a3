/**
 * Browser entry point: picks the backend (the SCORM launcher if the page runs
 * inside one, else the browser's storage) and starts the progress store.
 */
import index from 'virtual:course-index';
import { reloadFromText, startProgress } from '../progress/progress-store.ts';
import { browserBackend, STORAGE_KEY } from './browser-backend.ts';
import { findLauncherSession } from './launcher-link.ts';

let done = false;

export function startTracking(): void {
  if (done) return;
  done = true;
  const launcher = findLauncherSession();
  startProgress(index, launcher ?? browserBackend());
  if (!launcher) {
    globalThis.addEventListener?.('storage', (event: StorageEvent) => {
      if (event.key === STORAGE_KEY) reloadFromText(event.newValue);
    });
  }
}
