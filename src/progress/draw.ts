/**
 * Chance in the course, kept apart from scoring: which assessment questions an
 * attempt draws, and the repeatable shuffles the blocks start from.
 */
import type { CourseIndex } from '../course/course-index.ts';
import { fnv1a } from './fnv1a.ts';

/**
 * Draws questions for an attempt: round-robin over the modules in course order,
 * a random question from each, so every attempt covers the whole course.
 */
export function drawQuestions(index: CourseIndex, random: () => number = Math.random): number[] {
  const byModule = index.modules.map((m) => index.assessment.pool.flatMap((q, i) => (q.module === m.id ? [i] : [])))
    .map((list) => shuffle(list, random)).filter((list) => list.length > 0);
  const drawn: number[] = [];
  const want = Math.min(index.assessment.drawn, index.assessment.pool.length);
  for (let round = 0; drawn.length < want; round++) {
    for (const list of byModule) if (round < list.length && drawn.length < want) drawn.push(list[round]);
  }
  return shuffle(drawn, random);
}

export function shuffle<T>(list: T[], random: () => number = Math.random): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * The positions 0…n-1 in an order that is the same for the same seed (a block id)
 * on the server and in the browser; with `notInOrder`, never 0…n-1 itself.
 */
export function seededOrder(seed: string, n: number, { notInOrder = false } = {}): number[] {
  const random = seededRandom(seed);
  let order = shuffle([...Array(n).keys()], random);
  while (notInOrder && n > 1 && order.every((x, i) => x === i)) order = shuffle(order, random);
  return order;
}

/** mulberry32: a tiny seeded PRNG (the bench's and the fault suite's simulated learners use it too). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A repeatable pseudo-random sequence per block id, so the server and the browser shuffle alike. */
export const seededRandom = (seed: string): (() => number) => mulberry32(fnv1a(seed));

/**
 * The screen order of a question's options for this learner: drawn from the
 * learner's seed and the question's key (block id, or attempt number and
 * question id in the final assessment), so it is stable until a new attempt.
 * Without a seed (a server render, before the saved state is read) the authored order.
 */
export function optionOrder(seed: number | undefined, key: string, n: number): number[] {
  return seed === undefined ? [...Array(n).keys()] : seededOrder(`${seed}/${key}`, n);
}

/** The key of a final-assessment question's option order: a new attempt gets a new order. */
export const assessmentOrderKey = (attempt: number, questionId: string) => `${attempt}/${questionId}`;
