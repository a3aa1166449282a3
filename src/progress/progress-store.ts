/**
 * The learner's progress in a page: one store per page, made here and wired to
 * its backend in tracking/page-progress.ts. Islands read its atoms and call its
 * actions; the actions are one-liners over the pure steps, and whatever an
 * island shows as right, wrong or counted is derived here or in scoring.ts.
 * Saving goes through one backend (LMS or browser) and nowhere else.
 *
 * The store connects to its backend when it is first used: when an island
 * subscribes (nanostores' onMount), or when an action runs first.
 */
import { atom, computed, onMount } from 'nanostores';
import type { CourseIndex } from '../course/course-index.ts';
import { drawQuestions } from './draw.ts';
import type { ProgressBackend, SaveStatus, TrackingEvent } from './progress-backend.ts';
import {
  answerBlock, answerQuestion, clearBlock, emptyProgress, markVisited, SEED_RANGE, startAttempt, submitAttempt, withSeed,
  type BlockAnswer, type ProgressState,
} from './progress-state.ts';
import { attemptResult, attemptScore } from './scoring.ts';
import { decodeState, encodeState } from './state-codec.ts';

/** Something the learner should know about their progress, or null. */
export type ProgressNotice = 'reset' | 'unavailable' | null;
/** The one line the notice shows: the LMS's trouble first, then its recovery, then a reset or no storage. */
export type Notice = ProgressNotice | 'lms-offline' | 'lms-failed' | 'lms-retrying' | 'lms-recovered';

export interface ProgressStoreOptions {
  /** Finds where progress is kept; undefined (a server render) leaves the store empty and unsaved. */
  connect?: () => ProgressBackend | undefined;
  /** Draws an attempt's questions (pool positions); by default at random, spread over the modules. */
  draw?: () => number[];
  /** A new learner's shuffle seed; by default at random. */
  newSeed?: () => number;
}

export type ProgressStore = ReturnType<typeof createProgressStore>;

export function createProgressStore(index: CourseIndex, { connect, draw = () => drawQuestions(index), newSeed = () => Math.random() * SEED_RANGE }: ProgressStoreOptions = {}) {
  const $progress = atom<ProgressState>(emptyProgress);
  const $progressNotice = atom<ProgressNotice>(null);
  /** Where progress is kept: in the LMS, in this browser, or nowhere (storage refused). */
  const $saveMode = atom<'lms' | 'browser' | null>(null);
  /** The learner's name from the LMS ('' when none): untrusted text, rendered only as a text node. */
  const $learnerName = atom<string>('');
  /** Only set inside an LMS: whether the LMS is accepting what the course saves. */
  const $saveStatus = atom<SaveStatus | null>(null);
  /** True when saving to the LMS had trouble and then succeeded, until the next trouble. */
  const $recovered = atom(false);
  const $notice = computed([$progressNotice, $saveStatus, $recovered], (notice, save, recovered): Notice =>
    save === 'offline' ? 'lms-offline' : save === 'failed' ? 'lms-failed' : save === 'retrying' ? 'lms-retrying' : recovered ? 'lms-recovered' : notice);
  /** Assessment questions whose saved answers no longer fitted them when the progress was read (see state-codec.ts). */
  const $droppedQuestions = atom<number[]>([]);
  /**
   * The current assessment attempt with its results, once one was started; `dropped` lists the
   * questions whose saved answer was removed on loading and that are not answered again yet.
   */
  const $attempt = computed([$progress, $droppedQuestions], (p, dropped) => p.assessment && {
    ...p.assessment, ...attemptResult(index, p.assessment), masteryScore: index.masteryScore,
    dropped: dropped.filter((i) => (p.assessment!.answers[i] ?? []).length === 0),
  });

  let backend: ProgressBackend | undefined;
  let started = false;

  function start(): void {
    if (started || !connect) return;
    started = true;
    backend = connect();
    $saveMode.set(backend?.kind ?? null);
    $learnerName.set(backend?.learnerName ?? '');
    if (!backend) {
      $progressNotice.set('unavailable');
      return;
    }
    const decoded = decodeState(index, backend.read());
    // The seed is saved with the next change (every first lesson visit is one), before any answer can depend on it.
    const state = withSeed(decoded.state, newSeed());
    const reset = decoded.reset;
    $progress.set(state);
    $droppedQuestions.set(decoded.droppedQuestions ?? []);
    // Progress that was not this learner's is gone from view just as unreadable progress is: say so once, and save over it.
    if (reset || backend.foreignStateSetAside?.()) {
      $progressNotice.set('reset');
      save(state, { type: 'load' });
    } else if (decoded.state.seed === undefined && (Object.keys(state.answers).length > 0 || state.assessment)) {
      // Answers saved before options were shuffled: keep the order they are now shown in.
      save(state, { type: 'load' });
    }
    let hadTrouble = false;
    const stop = backend.onStatus?.((status) => {
      if (status !== 'saved') hadTrouble = true;
      $recovered.set(status === 'saved' && hadTrouble);
      $saveStatus.set(status);
    });
    if (stop) globalThis.addEventListener?.('pagehide', stop);
    // Another tab of the standalone course saved progress: show it here too.
    backend.onSavedElsewhere?.((text) => $progress.set(withSeed(decodeState(index, text).state, $progress.get().seed ?? newSeed())));
  }
  for (const $store of [$progress, $progressNotice, $saveMode, $learnerName, $saveStatus, $recovered]) onMount($store, () => { start(); });

  /** The state now, loaded first if nothing has used the store yet. */
  function current(): ProgressState {
    start();
    return $progress.get();
  }

  function update(next: ProgressState, event: TrackingEvent): void {
    if (next === $progress.get()) return;
    $progress.set(next);
    save(next, event);
  }

  function save(state: ProgressState, event: TrackingEvent): void {
    if (!backend) return;
    if (!backend.write(encodeState(index, state), event, state)) $progressNotice.set('unavailable');
  }

  return {
    $progress, $progressNotice, $saveMode, $learnerName, $saveStatus, $notice, $attempt,

    visitLesson(key: string): void {
      update(markVisited(current(), key), { type: 'visit', key });
    },
    /** Records a block's answer; `latencyMs` is the time from showing the block to answering. */
    answer(id: string, value: BlockAnswer, latencyMs: number): void {
      update(answerBlock(current(), id, value), { type: 'answer', id, latencyMs });
    },
    retryBlock(id: string): void {
      update(clearBlock(current(), id), { type: 'retry', id });
    },
    /** Starts a new attempt with freshly drawn questions. */
    beginAttempt(): void {
      $droppedQuestions.set([]);
      update(startAttempt(current(), draw()), { type: 'attempt' });
    },
    answerAssessment(position: number, selected: number[], latencyMs: number): void {
      update(answerQuestion(current(), position, selected), { type: 'question', position, latencyMs });
    },
    /** Submits the attempt once every question is answered; returns how many are still unanswered. */
    submitAssessment(): number {
      const state = current();
      if (!state.assessment) return 0;
      const unanswered = state.assessment.answers.filter((selected) => selected.length === 0).length;
      if (unanswered === 0) update(submitAttempt(state, attemptScore(index, state.assessment)), { type: 'submit' });
      return unanswered;
    },
  };
}
