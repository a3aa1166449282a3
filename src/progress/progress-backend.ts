/**
 * The one front door through which progress is saved and loaded. Behind it is
 * either the LMS session (the SCORM launcher's, reached from the frame) or the
 * browser's storage. Lessons and islands never see which.
 */
import type { ProgressState } from './progress-state.ts';

/** What just happened, so an LMS backend can record interactions with their latency. */
export type TrackingEvent =
  /** Saving over a saved state that could not be used, when the page loads. */
  | { type: 'load' }
  | { type: 'attempt' }
  | { type: 'visit'; key: string }
  | { type: 'answer'; id: string; latencyMs: number }
  | { type: 'question'; position: number; latencyMs: number }
  | { type: 'submit' }
  | { type: 'retry'; id: string };

/**
 * How saving to an LMS is going: `retrying` and `failed` keep a copy in the browser meanwhile;
 * `offline`: no LMS answered at launch, so the work stays in the browser until a later launch.
 */
export type SaveStatus = 'saved' | 'retrying' | 'failed' | 'offline';

export interface ProgressBackend {
  readonly kind: 'lms' | 'browser';
  /** Whose record this is, as the LMS names the learner (untrusted text, shown only as text); absent outside an LMS. */
  readonly learnerName?: string;
  /** The saved state text, or null when nothing was saved. */
  read(): string | null;
  /**
   * Saves the state text; false when it could not be saved anywhere. `state` is what
   * `text` encodes, so an LMS backend can report status and interactions without decoding.
   */
  write(text: string, event: TrackingEvent, state: ProgressState): boolean;
  /** LMS backends report when saving starts failing or recovers. Returns an unsubscribe function. */
  onStatus?(listener: (status: SaveStatus) => void): () => void;
  /** The standalone course in another tab saved: the listener gets the new text. Returns an unsubscribe function. */
  onSavedElsewhere?(listener: (text: string | null) => void): () => void;
  /** True when the LMS gave another learner's progress, which was set aside: the learner is told as for a reset. */
  foreignStateSetAside?(): boolean;
}
