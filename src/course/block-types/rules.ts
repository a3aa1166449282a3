/**
 * What tracking needs to know of one block type, in one place: what is kept of
 * the block in the course index, what a learner's answer is, how it is written
 * in the saved state, when it is right, its longest form (for the size budget of
 * `suspend_data`) and the interaction the LMS is told about. One module per type
 * implements this; `index.ts` lists them. Islands, codec, scoring and the SCORM
 * adapter all go through that list, so a new type cannot be half-tracked.
 */

/** A response as positions, so each SCORM version can write it in its own format. */
export type Response =
  | { kind: 'list'; items: number[] }
  | { kind: 'pairs'; pairs: [left: number, right: number][] }
  | { kind: 'path'; steps: number[] };

/** The LMS interaction of an answered block, before a SCORM version writes it. */
export interface Interaction {
  type: 'choice' | 'sequencing' | 'matching' | 'path';
  response: Response;
  correct: Response;
  result: 'correct' | 'wrong' | 'neutral';
}

export interface BlockRules<Block, Info extends { id: string; type: string }, Answer extends { type: string }> {
  /** What the course index keeps of the block: enough to validate and score an answer, no words. */
  info(block: Block): Info;
  /** The answer as a short token for the saved state (no "." "!" "~" or ":" in it). */
  encode(answer: Answer): string;
  /** A saved token read back, or undefined when it cannot be an answer to this block. */
  decode(info: Info, token: string): Answer | undefined;
  isCorrect(info: Info, answer: Answer): boolean;
  /** A right answer, for simulations and tests. */
  rightAnswer(info: Info): Answer;
  /** The answer whose token is longest, for the worst-case saved state. */
  longestAnswer(info: Info): Answer;
  /** The interaction record, or undefined while the answer is not finished (a scenario before its ending). */
  interaction(info: Info, answer: Answer): Interaction | undefined;
}

/** The characters of the saved state's tokens (base64url). */
export const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Up to six selected option indexes as one character. */
export const mask = (selected: number[]) => DIGITS[selected.reduce((n, i) => n | (1 << i), 0)];
export const unmask = (ch: string): number[] | undefined => {
  const n = DIGITS.indexOf(ch);
  return n < 0 ? undefined : [0, 1, 2, 3, 4, 5].filter((i) => (n >> i) & 1);
};
/** A token of decimal digits (ordering, matching, scenario) as numbers. */
export const digitsOf = (token: string): number[] | undefined => (/^[0-9]*$/.test(token) ? [...token].map(Number) : undefined);

export const range = (n: number) => Array.from({ length: n }, (_, i) => i);
export const same = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);
/** For ordering and matching answers: whether each item is in its own place (item i at position i, left i matched to right i). */
export const inPlace = (positions: number[]): boolean[] => positions.map((x, i) => x === i);
export const allInPlace = (positions: number[], n: number) => positions.length === n && inPlace(positions).every(Boolean);
