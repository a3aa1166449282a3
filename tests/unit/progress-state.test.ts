/** Saved progress comes from outside the course: it is read as far as it is valid, never trusted blindly. */
import { describe, expect, it } from 'vitest';
import { decodeProgress, emptyProgress, encodeProgress, markVisited } from '../../src/progress/progress-state.ts';

describe('progress state', () => {
  it('round-trips visited lessons and the last lesson', () => {
    const state = markVisited(markVisited(emptyProgress, 'history/origins'), 'history/norway');
    expect(decodeProgress(encodeProgress(state))).toEqual({ state: { visited: ['history/origins', 'history/norway'], last: 'history/norway' }, reset: false });
  });

  it('counts a lesson once however often it is opened, and remembers the latest', () => {
    const state = ['a/one', 'a/two', 'a/one'].reduce(markVisited, emptyProgress);
    expect(state).toEqual({ visited: ['a/one', 'a/two'], last: 'a/one' });
  });

  it('ignores keys that are not lesson keys', () => {
    expect(markVisited(emptyProgress, '../../etc')).toBe(emptyProgress);
  });

  it('starts fresh without a notice when nothing was saved', () => {
    expect(decodeProgress(null)).toEqual({ state: emptyProgress, reset: false });
    expect(decodeProgress('')).toEqual({ state: emptyProgress, reset: false });
  });

  it.each([
    ['truncated JSON', '{"v":1,"visited":["a/one"'],
    ['not JSON', 'garbage'],
    ['a different format version', '{"v":99,"visited":["a/one"]}'],
    ['the wrong shape', '["a/one"]'],
    ['visited that is not a list', '{"v":1,"visited":"a/one"}'],
  ])('resets %s and says so', (_name, text) => {
    expect(decodeProgress(text)).toEqual({ state: emptyProgress, reset: true });
  });

  it('keeps the valid entries of partly damaged data and says something was dropped', () => {
    const text = JSON.stringify({ v: 1, visited: ['a/one', 42, '<script>', 'a/one', 'b/two'], last: 'javascript:alert(1)' });
    expect(decodeProgress(text)).toEqual({ state: { visited: ['a/one', 'b/two'] }, reset: true });
  });
});
