/** The store loads once, saves every visit, and keeps working when storage fails. */
import { beforeEach, describe, expect, it } from 'vitest';
import { $progress, $progressNotice, resetProgressStoreForTests, startProgress, STORAGE_KEY, visitLesson } from '../../src/progress/progress-store.ts';
import type { TextStorage } from '../../src/progress/browser-storage.ts';

function memoryStorage(initial: Record<string, string> = {}, { failWrites = false } = {}) {
  const data = new Map(Object.entries(initial));
  const storage: TextStorage = {
    read: (key) => data.get(key) ?? null,
    write: (key, value) => { if (failWrites) return false; data.set(key, value); return true; },
  };
  return { storage, data };
}

beforeEach(() => resetProgressStoreForTests());

describe('progress store', () => {
  it('restores saved progress and saves each new visit', () => {
    const { storage, data } = memoryStorage({ [STORAGE_KEY]: '{"v":1,"visited":["m/a"],"last":"m/a"}' });
    startProgress(storage);
    expect($progress.get().visited).toEqual(['m/a']);
    visitLesson('m/b');
    expect(JSON.parse(data.get(STORAGE_KEY)!)).toEqual({ v: 1, visited: ['m/a', 'm/b'], last: 'm/b' });
    expect($progressNotice.get()).toBeNull();
  });

  it('reads storage only once, however many islands start it', () => {
    const { storage } = memoryStorage({ [STORAGE_KEY]: '{"v":1,"visited":["m/a"]}' });
    startProgress(storage);
    visitLesson('m/b');
    startProgress(memoryStorage().storage);
    expect($progress.get().visited).toEqual(['m/a', 'm/b']);
  });

  it('replaces corrupt saved data, saves the clean state and raises the reset notice', () => {
    const { storage, data } = memoryStorage({ [STORAGE_KEY]: '{{{' });
    startProgress(storage);
    expect($progressNotice.get()).toBe('reset');
    expect(data.get(STORAGE_KEY)).toBe('{"v":1,"visited":[]}');
  });

  it('keeps progress in memory and says so when storage is missing', () => {
    startProgress(undefined);
    visitLesson('m/a');
    expect($progress.get().visited).toEqual(['m/a']);
    expect($progressNotice.get()).toBe('unavailable');
  });

  it('keeps progress in memory and says so when a save fails', () => {
    startProgress(memoryStorage({}, { failWrites: true }).storage);
    visitLesson('m/a');
    expect($progress.get().visited).toEqual(['m/a']);
    expect($progressNotice.get()).toBe('unavailable');
  });
});
