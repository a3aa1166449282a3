/**
 * Guessing cannot pass the final assessment: 10,000 attempts per strategy on the
 * real content, drawn and shuffled by the course's own code. Where an option sits
 * is the same in every language; how long it is is checked in each.
 */
import { describe, expect, it } from 'vitest';
import { courseIndex } from '../../src/course/course-index.ts';
import { loadCourseTree } from '../../src/course/course-tree.ts';
import { passRate } from '../../src/progress/guessing.ts';
import { assessmentOrderKey, optionOrder } from '../../src/progress/draw.ts';
import { languages } from '../../src/i18n/languages.ts';

const tree = loadCourseTree(process.cwd());
const index = courseIndex(tree);
const lengthsIn = (lang: (typeof languages)[number]) => tree.assessment.questions.map((q) => q.text[lang].options.map((o) => o.text.length));

describe('option order', () => {
  it('is the same for the same learner and question, differs between learners and attempts, and is the authored order only before the seed is read', () => {
    const order = optionOrder(1234, 'ips-check', 4);
    expect([...order].sort()).toEqual([0, 1, 2, 3]);
    expect(optionOrder(1234, 'ips-check', 4)).toEqual(order);
    const learners = new Set(Array.from({ length: 50 }, (_, s) => optionOrder(s, 'ips-check', 4).join('')));
    expect(learners.size).toBeGreaterThan(10);
    const attempts = new Set(Array.from({ length: 20 }, (_, a) => optionOrder(1234, assessmentOrderKey(a, 'final-ips-start'), 4).join('')));
    expect(attempts.size).toBeGreaterThan(5);
    expect(optionOrder(undefined, 'ips-check', 4)).toEqual([0, 1, 2, 3]);
  });
});

describe('guessing the final assessment', () => {
  it.each(['first', 'last', 'random'] as const)('"%s" (by screen position) passes in under 1 % of 10,000 attempts', (strategy) => {
    expect(passRate(index, lengthsIn('nb'), strategy, 10_000)).toBeLessThan(0.01);
  }, 60_000);
  for (const lang of languages) {
    it.each(['longest', 'shortest'] as const)(`in ${lang}, "always the %s" passes in under 1 % of 10,000 attempts`, (strategy) => {
      expect(passRate(index, lengthsIn(lang), strategy, 10_000)).toBeLessThan(0.01);
    }, 60_000);
  }
});
