/**
 * Each tracked block type's rules (src/course/block-types/) hold together on the
 * real course: a right answer scores right and is reported "correct" to the
 * LMS, and every answer the course can save reads back as the same answer.
 * A new type whose module disagrees with itself fails here before a learner meets it.
 */
import { describe, expect, it } from 'vitest';
import { decodeAnswer, encodeAnswer, interactionOf, isCorrect, longestAnswer, rightAnswer, trackingRules } from '../../src/course/block-types/index.ts';
import { courseIndex } from '../../src/course/course-index.ts';
import { loadCourseTree } from '../../src/course/course-tree.ts';

const index = courseIndex(loadCourseTree(process.cwd()));

describe('block types', () => {
  it('the course has a block of every tracked type', () => {
    expect(new Set(index.blocks.map((b) => b.type))).toEqual(new Set(Object.keys(trackingRules)));
  });

  for (const info of index.blocks) {
    it(`${info.type} "${info.id}": a right answer is right, saved and read back, and reported correct`, () => {
      const right = rightAnswer(info);
      expect(isCorrect(info, right)).toBe(true);
      expect(decodeAnswer(info, encodeAnswer(info, right))).toEqual(right);
      expect(interactionOf(info, right)?.result).toBe('correct');
      const longest = longestAnswer(info);
      expect(decodeAnswer(info, encodeAnswer(info, longest))).toEqual(longest);
      expect(encodeAnswer(info, longest).length).toBeGreaterThanOrEqual(encodeAnswer(info, right).length);
    });
  }

  it('an answer of another type is never right, never saved and never reported', () => {
    const [a, b] = [index.blocks.find((x) => x.type === 'choice')!, index.blocks.find((x) => x.type === 'ordering')!];
    const foreign = rightAnswer(b);
    expect(isCorrect(a, foreign)).toBe(false);
    expect(encodeAnswer(a, foreign)).toBe('');
    expect(interactionOf(a, foreign)).toBeUndefined();
  });

  it('a token that does not fit the block is refused, not read as some other answer', () => {
    for (const info of index.blocks) {
      for (const token of ['', '~', '99999999', 'é']) expect(decodeAnswer(info, token), `${info.id} "${token}"`).toBeUndefined();
    }
  });
});
