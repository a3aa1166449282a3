/**
 * Everything about one block type except its schema (src/content/block-schemas.ts)
 * and how it is drawn (src/components/blocks/, src/islands/blocks/), in one module
 * per type: what a workshop does with it, and, for a tracked type, what is kept of
 * the block in the course index, what a learner's answer is, how it is written in
 * the saved state, when it is right, its longest form (for the size budget of
 * `suspend_data`) and the interaction the LMS is told about. `index.ts` lists the
 * modules; islands, codec, scoring, the SCORM adapter, the agenda and the
 * PowerPoint export all go through that list, so a new type cannot be half-done.
 */
import type { StringKey, Translate } from '../../i18n/strings.ts';

/** A slide as plain data: what trainer mode shows and the PowerPoint export writes. */
export interface DeckSlide {
  kind: 'title' | 'text' | 'diagram' | 'exercise';
  /** Small line above the headline (module number, lesson position, exercise type). */
  eyebrow?: string;
  headline: string;
  /** A sentence under the headline: a summary, a question, a case's situation. */
  lead?: string;
  points: string[];
  /** Points are options (A, B, C …) rather than bullets. */
  lettered?: boolean;
  notes: string[];
  /** The `<Diagram>` id a diagram slide shows. */
  diagram?: string;
  /** An exercise's answer: the export shows it on the slide after. */
  answer?: { headline: string; points: string[]; notes: string[] };
}

/** What a workshop needs of a block type. */
export interface Workshop<Block> {
  /** The UI string that names the type ("Knowledge check"). */
  kind: StringKey;
  /** The UI string that tells a trainer how to run it. */
  howTo: StringKey;
  /** Suggested workshop minutes: a planning default for trainers, not a measured learning time. */
  minutes: number;
  /** The words that name this exercise in the agenda: a case's title, otherwise its question. */
  label(b: Block): string;
  /** Its slides for the PowerPoint export, each exercise with the answer the export puts on the slide after. */
  slides(b: Block, t: Translate): DeckSlide[];
}

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

export interface Tracking<Block, Info extends { id: string; type: string }, Answer extends { type: string }> {
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

export const letter = (i: number) => String.fromCharCode(65 + i);
export const range = (n: number) => Array.from({ length: n }, (_, i) => i);
export const same = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);
/** For ordering and matching answers: whether each item is in its own place (item i at position i, left i matched to right i). */
export const inPlace = (positions: number[]): boolean[] => positions.map((x, i) => x === i);
export const allInPlace = (positions: number[], n: number) => positions.length === n && inPlace(positions).every(Boolean);
