/**
 * Inside a SCORM package, every page runs in a frame of the launcher page
 * (scorm/launch), which holds the one LMS session for the whole course. This
 * finds the launcher and uses it as the progress backend.
 */
import type { ProgressBackend, SaveStatus, TrackingEvent } from '../progress/progress-backend.ts';

/** What the launcher exposes on its window as `__seIpsHost`. */
export interface LauncherHost {
  read(): string | null;
  /** The learner's name from the LMS, '' when it has none. */
  learnerName(): string;
  foreignStateSetAside(): boolean;
  write(text: string, event: TrackingEvent): boolean;
  onStatus(listener: (status: SaveStatus) => void): () => void;
  /** Asks the launcher to end the session, e.g. from an "Exit course" button. */
  exit(): void;
}

declare global {
  interface Window { __seIpsHost?: LauncherHost }
}

export function findLauncher(win: Window = window): LauncherHost | undefined {
  try {
    // Reading a cross-origin parent throws: then there is no launcher of ours.
    return win.parent !== win ? win.parent.__seIpsHost : undefined;
  } catch {
    return undefined;
  }
}

export function launcherBackend(host: LauncherHost): ProgressBackend {
  return {
    kind: 'lms',
    learnerName: host.learnerName(),
    read: () => host.read(),
    foreignStateSetAside: () => host.foreignStateSetAside(),
    write: (text, event) => host.write(text, event),
    onStatus: (listener) => host.onStatus(listener),
  };
}
