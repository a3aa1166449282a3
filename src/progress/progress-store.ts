/**
 * The one place that holds the learner's progress in the page. Islands read
 * `$progress` and call `visitLesson`; saving happens here and nowhere else.
 */
import { atom } from 'nanostores';
import { browserStorage, type TextStorage } from './browser-storage.ts';
import { decodeProgress, emptyProgress, encodeProgress, markVisited, type ProgressState } from './progress-state.ts';

export const STORAGE_KEY = 'se-ips:progress';

/** Something the learner should know about saving, or null. */
export type ProgressNotice = 'reset' | 'unavailable' | null;

export const $progress = atom<ProgressState>(emptyProgress);
export const $progressNotice = atom<ProgressNotice>(null);

let storage: TextStorage | undefined;
let started = false;

/** Loads saved progress once per page; safe to call from every island. */
export function startProgress(source: TextStorage | undefined = browserStorage()): void {
  if (started) return;
  started = true;
  storage = source;
  if (!storage) {
    $progressNotice.set('unavailable');
    return;
  }
  const { state, reset } = decodeProgress(storage.read(STORAGE_KEY));
  $progress.set(state);
  if (reset) {
    $progressNotice.set('reset');
    save(state);
  }
  // Another tab of the course saved progress: show it here too.
  globalThis.addEventListener?.('storage', (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) $progress.set(decodeProgress(event.newValue).state);
  });
}

export function visitLesson(key: string): void {
  const next = markVisited($progress.get(), key);
  if (next === $progress.get()) return;
  $progress.set(next);
  save(next);
}

function save(state: ProgressState): void {
  if (storage && !storage.write(STORAGE_KEY, encodeProgress(state))) $progressNotice.set('unavailable');
}

/** For tests: forget the loaded state so startProgress reads again. */
export function resetProgressStoreForTests(): void {
  started = false;
  storage = undefined;
  $progress.set(emptyProgress);
  $progressNotice.set(null);
}
