/**
 * The one place that holds the learner's progress in the page. Islands read
 * `$progress` and call the actions below; saving goes through one backend
 * (LMS or browser) and nowhere else.
 */
import { atom } from 'nanostores';
import type { CourseIndex } from '../course/course-index.ts';
import type { ProgressBackend, SaveStatus, TrackingEvent } from './progress-backend.ts';
import { decodeState, encodeState } from './state-codec.ts';
import { attemptScore } from './scoring.ts';
import {
  answerBlock, answerQuestion, clearBlock, emptyProgress, markVisited, startAttempt, submitAttempt,
  type BlockAnswer, type ProgressState,
} from './progress-state.ts';

/** Something the learner should know about saving, or null. */
export type ProgressNotice = 'reset' | 'unavailable' | null;

export const $progress = atom<ProgressState>(emptyProgress);
export const $progressNotice = atom<ProgressNotice>(null);
/** Where progress is kept: in the LMS, in this browser, or nowhere (storage refused). */
export const $saveMode = atom<'lms' | 'browser' | null>(null);
/** The learner's name from the LMS ('' when none): untrusted text, rendered only as a text node. */
export const $learnerName = atom<string>('');
/** Only set inside an LMS: whether the LMS is accepting what the course saves. */
export const $saveStatus = atom<SaveStatus | null>(null);

let backend: ProgressBackend | undefined;
let index: CourseIndex | undefined;
let started = false;

/** Loads saved progress once per page; safe to call from every island. */
export function startProgress(courseIndex: CourseIndex, source: ProgressBackend | undefined): void {
  if (started) return;
  started = true;
  index = courseIndex;
  backend = source;
  $saveMode.set(source?.kind ?? null);
  $learnerName.set(source?.learnerName ?? '');
  if (!backend) {
    $progressNotice.set('unavailable');
    return;
  }
  const { state, reset } = decodeState(index, backend.read());
  $progress.set(state);
  // Progress that was not this learner's is gone from view just as unreadable progress is: say so once, and save over it.
  if (reset || backend.foreignStateSetAside?.()) {
    $progressNotice.set('reset');
    save(state, { type: 'load' });
  }
  if (backend.onStatus) {
    const stop = backend.onStatus((status) => $saveStatus.set(status));
    globalThis.addEventListener?.('pagehide', stop);
  }
}

/** Another tab of the standalone course saved progress: show it here too. */
export function reloadFromText(text: string | null): void {
  if (index) $progress.set(decodeState(index, text).state);
}

function update(next: ProgressState, event: TrackingEvent): void {
  if (next === $progress.get()) return;
  $progress.set(next);
  save(next, event);
}

function save(state: ProgressState, event: TrackingEvent): void {
  if (!backend || !index) return;
  if (!backend.write(encodeState(index, state), event, state)) $progressNotice.set('unavailable');
}

export function visitLesson(key: string): void {
  update(markVisited($progress.get(), key), { type: 'visit', key });
}

/** Records a block's answer; `latencyMs` is the time from showing the block to answering. */
export function answer(id: string, value: BlockAnswer, latencyMs: number): void {
  update(answerBlock($progress.get(), id, value), { type: 'answer', id, latencyMs });
}

export function retryBlock(id: string): void {
  update(clearBlock($progress.get(), id), { type: 'retry', id });
}

export function beginAttempt(drawn: number[]): void {
  update(startAttempt($progress.get(), drawn), { type: 'load' });
}

export function answerAssessment(position: number, selected: number[], latencyMs: number): void {
  update(answerQuestion($progress.get(), position, selected), { type: 'question', position, latencyMs });
}

export function submitAssessment(): void {
  const state = $progress.get();
  if (!index || !state.assessment) return;
  update(submitAttempt(state, attemptScore(index, state.assessment)), { type: 'submit' });
}

/** For tests: forget the loaded state so startProgress reads again. */
export function resetProgressStoreForTests(): void {
  started = false;
  backend = undefined;
  index = undefined;
  $progress.set(emptyProgress);
  $progressNotice.set(null);
  $saveStatus.set(null);
  $saveMode.set(null);
  $learnerName.set('');
}
