/**
 * Saved state as compact text. SCORM 1.2 gives a course 4,096 characters of
 * `suspend_data`, so the state is written by position against the course index
 * instead of by id. Each module carries a short fingerprint of its structure:
 * after a content update, modules that did not change are restored and only
 * changed ones start over. Text from outside (LMS, browser) is read as far as
 * it is valid; `reset` says whether anything saved had to be dropped.
 *
 *   v2~<module>!<module>…~<last>~<assessment>~<seed>
 *   module     = fingerprint(2) visited-bits(base64url) then "." + one token per tracked block
 *   last       = <saved module position>:<lesson position>, base 36
 *   assessment = fingerprint(2):attempts:lastScore:bestScore:submitted:drawn(2 chars each):answers(1 char each)
 *   seed       = the learner's shuffle seed, two digits (absent in states saved before options were shuffled)
 */
import { blocksById, type CourseIndex } from '../course/course-index.ts';
import { decodeAnswer, encodeAnswer } from '../course/block-types/index.ts';
import { DIGITS, mask, unmask } from '../course/block-types/rules.ts';
import { emptyProgress, type AssessmentState, type ProgressState } from './progress-state.ts';
import { fnv1a } from './fnv1a.ts';

const PREFIX = 'v2~';

export interface Decoded {
  state: ProgressState;
  /** True when saved text existed but some or all of it could not be used. */
  reset: boolean;
  /** Positions of the assessment questions whose saved answers no longer fitted them and were dropped (the rest of the attempt kept). */
  droppedQuestions?: number[];
}

/** 12-bit FNV-1a hash as two base64url digits: enough to notice that a module changed. */
function fingerprint(value: unknown): string {
  const h = fnv1a(JSON.stringify(value));
  return DIGITS[(h >>> 6) & 63] + DIGITS[h & 63];
}

const moduleFingerprint = (index: CourseIndex, m: CourseIndex['modules'][number]) =>
  fingerprint([m.id, m.lessons, m.blocks.map((id) => blocksById(index).get(id))]);
const poolFingerprint = (index: CourseIndex) => fingerprint(index.assessment.pool);

function bitsToText(bits: boolean[]): string {
  let out = '';
  for (let i = 0; i < bits.length; i += 6) {
    let n = 0;
    for (let j = 0; j < 6; j++) if (bits[i + j]) n |= 1 << j;
    out += DIGITS[n];
  }
  return out;
}
function textToBits(text: string, count: number): boolean[] | undefined {
  if (text.length !== Math.ceil(count / 6)) return undefined;
  const bits: boolean[] = [];
  for (let i = 0; i < count; i++) {
    const n = DIGITS.indexOf(text[Math.floor(i / 6)]);
    if (n < 0) return undefined;
    bits.push(((n >> (i % 6)) & 1) === 1);
  }
  return bits;
}
/** One block's token: empty while unanswered (each block type writes its own, src/course/block-types/). */
function answerToken(index: CourseIndex, id: string, state: ProgressState): string {
  const answer = state.answers[id];
  return answer ? encodeAnswer(blocksById(index).get(id)!, answer) : '';
}

export function encodeState(index: CourseIndex, state: ProgressState): string {
  const modules = index.modules.map((m) => {
    const bits = bitsToText(m.lessons.map((k) => state.visited.includes(k)));
    return moduleFingerprint(index, m) + bits + m.blocks.map((id) => `.${answerToken(index, id, state)}`).join('');
  });
  let last = '';
  index.modules.forEach((m, mi) => {
    const li = m.lessons.indexOf(state.last ?? '');
    if (li >= 0) last = `${mi.toString(36)}:${li.toString(36)}`;
  });
  const seed = state.seed === undefined ? '' : `~${DIGITS[(state.seed >> 6) & 63]}${DIGITS[state.seed & 63]}`;
  return `${PREFIX}${modules.join('!')}~${last}~${encodeAssessment(index, state.assessment)}${seed}`;
}

function encodeAssessment(index: CourseIndex, a: AssessmentState | undefined): string {
  if (!a) return '';
  const n = (x: number | undefined) => (x === undefined ? '' : x.toString(36));
  return [poolFingerprint(index), n(a.attempts), n(a.lastScore), n(a.bestScore), a.submitted ? '1' : '0',
    a.drawn.map((p) => p.toString(36).padStart(2, '0')).join(''), a.answers.map(mask).join('')].join(':');
}

export function decodeState(index: CourseIndex, text: string | null | undefined): Decoded {
  if (text == null || text === '') return { state: emptyProgress, reset: false };
  if (text.startsWith('{')) return decodeVersion1(index, text);
  if (!text.startsWith(PREFIX)) return { state: emptyProgress, reset: true };
  const [modulePart = '', lastPart = '', assessmentPart = '', seedPart, ...extra] = text.slice(PREFIX.length).split('~');
  let reset = extra.length > 0;
  const state: ProgressState = { visited: [], answers: {} };
  if (seedPart !== undefined) {
    const digits = /^[A-Za-z0-9_-]{2}$/.test(seedPart) ? [...seedPart].map((c) => DIGITS.indexOf(c)) : undefined;
    // A broken seed gets a new one from the store: answers stay (they name options, not screen positions).
    if (digits) state.seed = digits[0] * 64 + digits[1];
    else reset = true;
  }
  const segments = modulePart === '' ? [] : modulePart.split('!');
  const moduleForSegment = segments.map((segment) => index.modules.find((m) => moduleFingerprint(index, m) === segment.slice(0, 2)));

  segments.forEach((segment, si) => {
    const m = moduleForSegment[si];
    const [head, ...tokens] = segment.split('.');
    const bits = m && textToBits(head.slice(2), m.lessons.length);
    if (!m || !bits || tokens.length !== m.blocks.length) { reset = true; return; }
    m.lessons.forEach((k, i) => { if (bits[i]) state.visited.push(k); });
    m.blocks.forEach((id, i) => {
      if (tokens[i] === '') return;
      const answer = decodeAnswer(blocksById(index).get(id)!, tokens[i]);
      if (answer) state.answers[id] = answer;
      else reset = true;
    });
  });

  if (lastPart) {
    const [mi, li] = lastPart.split(':').map((x) => parseInt(x, 36));
    const key = moduleForSegment[mi]?.lessons[li];
    if (key && /^[0-9a-z]+:[0-9a-z]+$/.test(lastPart)) state.last = key;
    else reset = true;
  }
  let droppedQuestions: number[] | undefined;
  if (assessmentPart) {
    const a = decodeAssessment(index, assessmentPart);
    if (a) {
      const { dropped, poolChanged, ...assessment } = a;
      state.assessment = assessment;
      if (poolChanged) reset = true;
      if (dropped) { reset = true; droppedQuestions = dropped; }
    } else reset = true;
  }
  return { state, reset, ...(droppedQuestions ? { droppedQuestions } : {}) };
}

function decodeAssessment(index: CourseIndex, text: string): (AssessmentState & { dropped?: number[]; poolChanged?: true }) | undefined {
  const parts = text.split(':');
  if (parts.length !== 7) return undefined;
  const [fingerprint, attempts, lastScore, bestScore, submitted, drawnText, answersText] = parts;
  const num = (x: string, max: number) => (/^[0-9a-z]+$/.test(x) && parseInt(x, 36) <= max ? parseInt(x, 36) : undefined);
  if (fingerprint !== poolFingerprint(index)) return pastAttempts(attempts, lastScore, bestScore, num);
  const pool = index.assessment.pool;
  const drawn = (drawnText.match(/.{2}/g) ?? []).map((p) => num(p, pool.length - 1));
  const answers = [...answersText].map(unmask);
  const attemptCount = num(attempts, 9999);
  if (attemptCount === undefined || drawnText.length % 2 || drawn.some((d) => d === undefined) || new Set(drawn).size !== drawn.length
    || answers.length !== drawn.length || !['0', '1'].includes(submitted)) return undefined;
  // An answer that no longer fits its question is dropped on its own, never shown against another option.
  const fits = (s: number[] | undefined, i: number) => !!s && !s.some((o) => o >= pool[drawn[i]!].options) && (pool[drawn[i]!].multiple || s.length <= 1);
  const dropped = answers.flatMap((s, i) => (fits(s, i) ? [] : [i]));
  const scores = [lastScore, bestScore].map((s) => (s === '' ? undefined : num(s, 100)));
  if ((lastScore !== '' && scores[0] === undefined) || (bestScore !== '' && scores[1] === undefined)) return undefined;
  return {
    drawn: drawn as number[], answers: answers.map((s, i) => (fits(s, i) ? s! : [])), submitted: submitted === '1', attempts: attemptCount,
    ...(dropped.length > 0 ? { dropped } : {}),
    ...(scores[0] !== undefined ? { lastScore: scores[0] } : {}),
    ...(scores[1] !== undefined ? { bestScore: scores[1] } : {}),
  };
}

/**
 * After the question pool changed, the saved attempt's questions are no longer the pool's, so
 * that attempt goes; what the learner achieved stays: the number of attempts and the scores
 * (an LMS keeps its score too). The learner starts the next attempt from the beginning.
 */
function pastAttempts(attempts: string, lastScore: string, bestScore: string, num: (x: string, max: number) => number | undefined): (AssessmentState & { poolChanged: true }) | undefined {
  const count = num(attempts, 9999);
  const [last, best] = [lastScore, bestScore].map((x) => (x === '' ? undefined : num(x, 100)));
  if (count === undefined || (lastScore !== '' && last === undefined) || (bestScore !== '' && best === undefined)) return undefined;
  return {
    drawn: [], answers: [], submitted: false, attempts: count, poolChanged: true,
    ...(last !== undefined ? { lastScore: last } : {}),
    ...(best !== undefined ? { bestScore: best } : {}),
  };
}

/** The browser-only format of the first release: `{"v":1,"visited":[…],"last":"…"}`. */
function decodeVersion1(index: CourseIndex, text: string): Decoded {
  let data: unknown;
  try { data = JSON.parse(text); } catch { return { state: emptyProgress, reset: true }; }
  if (typeof data !== 'object' || data === null || (data as { v?: unknown }).v !== 1 || !Array.isArray((data as { visited?: unknown }).visited)) {
    return { state: emptyProgress, reset: true };
  }
  const saved = data as { visited: unknown[]; last?: unknown };
  const lessons = index.modules.flatMap((m) => m.lessons);
  const visited = lessons.filter((k) => saved.visited.includes(k));
  const last = typeof saved.last === 'string' && lessons.includes(saved.last) ? saved.last : undefined;
  const dropped = new Set(saved.visited).size !== visited.length || (saved.last !== undefined && last === undefined);
  return { state: { visited, answers: {}, ...(last ? { last } : {}) }, reset: dropped };
}
