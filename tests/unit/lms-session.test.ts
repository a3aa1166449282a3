/**
 * The SCORM layer against scorm-again as the LMS, for both versions: what the
 * LMS records (location, suspend_data, status, score, interactions, times, exit),
 * Terminate once, resume, and an LMS that refuses, throws or vanishes.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as scorm12 from 'scorm-again/scorm12';
import * as scorm2004 from 'scorm-again/scorm2004';
import type { CourseIndex } from '../../src/course/course-index.ts';
import type { TextStorage } from '../../src/progress/browser-storage.ts';
import { answerBlock, answerQuestion, clearBlock, emptyProgress, markVisited, startAttempt, submitAttempt, type ProgressState } from '../../src/progress/progress-state.ts';
import { findLmsApi, type RawApi } from '../../src/tracking/scorm/find-api.ts';
import { connect } from '../../src/tracking/scorm/lms-connection.ts';
import { createLmsSession } from '../../src/tracking/scorm/lms-session.ts';
import type { ScormVersion } from '../../src/tracking/scorm/scorm-versions.ts';
import { attemptScore } from '../../src/progress/scoring.ts';
import { decodeState, encodeState } from '../../src/progress/state-codec.ts';
import type { TrackingEvent } from '../../src/progress/progress-backend.ts';
import { fixtureIndex } from './course-index-fixture.ts';
import { unseal } from '../../src/tracking/scorm/learner-seal.ts';
import { unstamp } from '../../src/tracking/scorm/write-stamp.ts';
import { atFinish, flatten, handOut, noRules, toPost, unflatten } from '../../src/preview/app/lms-rules.ts';

// scorm-again's ESM build exports the classes by name while its type files declare default exports.
const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof scorm12.default };
const { Scorm2004API } = scorm2004 as unknown as { Scorm2004API: typeof scorm2004.default };
const index = fixtureIndex();
// The session warns on the console when the LMS misbehaves; these tests make it misbehave on purpose.
beforeEach(() => { vi.spyOn(console, 'warn').mockImplementation(() => {}); });
const settings = { autocommit: false, lmsCommitUrl: false as const, logLevel: 5 as const };
type Lms = InstanceType<typeof Scorm2004API> | InstanceType<typeof Scorm12API>;
const newLms = (version: ScormVersion): Lms => (version === '2004' ? new Scorm2004API(settings) : new Scorm12API(settings));

function memory(): TextStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, read: (k) => data.get(k) ?? null, write: (k, v) => { data.set(k, v); return true; } };
}

/** A session on `lms` with a manual clock and manual retry timer. */
function sessionOn(version: ScormVersion, api: RawApi, local = memory()) {
  let clock = Date.UTC(2026, 10, 25, 12, 0, 0);
  const timers: (() => void)[] = [];
  const session = createLmsSession({
    connection: connect({ version, api }), index, scope: { kind: 'course' }, localStorage: local,
    now: () => clock, schedule: (run) => { timers.push(run); },
  });
  let state: ProgressState = emptyProgress;
  return {
    session, local,
    tick: (ms: number) => { clock += ms; },
    runRetries: () => timers.splice(0).forEach((run) => run()),
    act(change: (s: ProgressState) => ProgressState, event: TrackingEvent) {
      state = change(state);
      return session.write(encodeState(index, state), event, state);
    },
    state: () => state,
  };
}

const cmi = (lms: Lms) => lms.renderCommitCMI(true) as unknown as { cmi: Record<string, any> };
/** The state text in a suspend_data the course wrote (without its write stamp and learner seal). */
const stateIn = (suspendData: string, learner = '') => unstamp(unseal(suspendData, learner).text).text;

/** The whole course: both lessons, a wrong answer to the check, the scenario to its good end, the assessment passed. */
function takeCourse(s: ReturnType<typeof sessionOn>) {
  s.act((x) => markVisited(x, 'basics/first'), { type: 'visit', key: 'basics/first' });
  s.act((x) => markVisited(x, 'basics/second'), { type: 'visit', key: 'basics/second' });
  s.tick(4200);
  s.act((x) => answerBlock(x, 'basics-check', { type: 'choice', selected: [1] }), { type: 'answer', id: 'basics-check', latencyMs: 4200 });
  s.act((x) => answerBlock(x, 'basics-case', { type: 'scenario', path: [0, 0] }), { type: 'answer', id: 'basics-case', latencyMs: 9000 });
  s.act((x) => startAttempt(x, [0, 1]), { type: 'attempt' });
  s.act((x) => answerQuestion(x, 0, [0]), { type: 'question', position: 0, latencyMs: 3000 });
  s.act((x) => answerQuestion(x, 1, [0, 1]), { type: 'question', position: 1, latencyMs: 5000 });
  s.act((x) => submitAttempt(x, attemptScore(index, x.assessment!)), { type: 'submit' });
}

describe('SCORM 2004 4th Edition', () => {
  it('reports location, progress, completion, success, score and one interaction per answer', () => {
    const lms = newLms('2004');
    const s = sessionOn('2004', lms as unknown as RawApi);
    s.session.start();
    s.act((x) => markVisited(x, 'basics/first'), { type: 'visit', key: 'basics/first' });
    expect(cmi(lms).cmi.location).toBe('basics/first');
    expect(cmi(lms).cmi.completion_status).toBe('incomplete');
    expect(Number(cmi(lms).cmi.progress_measure)).toBeCloseTo(1 / 3);
    takeCourse(s);
    s.tick(60_000);
    s.session.finish();
    const data = cmi(lms).cmi;
    expect(data.location).toBe('basics/second');
    expect(data.completion_status).toBe('completed');
    expect(data.success_status).toBe('passed');
    expect(data.score).toMatchObject({ raw: '100', min: '0', max: '100', scaled: '1' });
    expect(data.exit).toBe('normal');
    expect(data.session_time).toMatch(/^PT0H1M/);
    expect(stateIn(data.suspend_data)).toBe(encodeState(index, s.state()));
    const interactions = Object.values(data.interactions as Record<string, any>);
    expect(interactions.map((i) => [i.id, i.type, i.learner_response, i.correct_responses[0].pattern, i.result])).toEqual([
      ['basics-check', 'choice', 'b', 'a', 'incorrect'],
      ['basics-case', 'other', 'a-a', 'a-a', 'correct'],
      ['final-basics-first', 'choice', 'a', 'a', 'correct'],
      ['final-basics-support', 'choice', 'a[,]b', 'a[,]b', 'correct'],
    ]);
    expect(interactions[0]).toMatchObject({ latency: 'PT0H0M4.20S', timestamp: '2026-11-25T12:00:04' });
    expect(interactions[3].latency).toBe('PT0H0M5.00S');
  });

  it('updates the same interaction record when a question is answered again', () => {
    const lms = newLms('2004');
    const s = sessionOn('2004', lms as unknown as RawApi);
    s.session.start();
    s.act((x) => answerBlock(x, 'basics-check', { type: 'choice', selected: [1] }), { type: 'answer', id: 'basics-check', latencyMs: 1000 });
    s.act((x) => answerBlock(x, 'basics-check', { type: 'choice', selected: [0] }), { type: 'answer', id: 'basics-check', latencyMs: 1000 });
    const interactions = Object.values(cmi(lms).cmi.interactions as Record<string, any>);
    expect(interactions.map((i) => [i.id, i.learner_response, i.result])).toEqual([['basics-check', 'a', 'correct']]);
  });

  it('suspends when leaving unfinished, terminates exactly once, and resumes where the learner was', () => {
    const lms = newLms('2004');
    let terminations = 0;
    const api = new Proxy(lms, { get: (t, p) => (p === 'Terminate' ? (...a: string[]) => { terminations++; return (t as any).Terminate(...a); } : (t as any)[p]) });
    const s = sessionOn('2004', api as unknown as RawApi);
    s.session.start();
    s.act((x) => markVisited(x, 'basics/second'), { type: 'visit', key: 'basics/second' });
    s.act((x) => answerBlock(x, 'basics-case', { type: 'scenario', path: [0] }), { type: 'answer', id: 'basics-case', latencyMs: 1000 });
    s.session.finish();
    s.session.finish();
    expect(terminations).toBe(1);
    expect(cmi(lms).cmi.exit).toBe('suspend');

    // The LMS launches a new session with what it stored.
    const next = newLms('2004');
    next.loadFromJSON({ cmi: { suspend_data: cmi(lms).cmi.suspend_data, location: cmi(lms).cmi.location, entry: 'resume' } } as never, '');
    const resumed = sessionOn('2004', next as unknown as RawApi).session.start();
    expect(resumed.location).toBe('basics/second');
    expect(resumed.text).toBe(encodeState(index, s.state()));
  });
});

describe('SCORM 1.2', () => {
  it('reports lesson_location, lesson_status, score and interactions in 1.2 formats', () => {
    const lms = newLms('1.2');
    const s = sessionOn('1.2', lms as unknown as RawApi);
    s.session.start();
    s.act((x) => markVisited(x, 'basics/first'), { type: 'visit', key: 'basics/first' });
    expect(cmi(lms).cmi.core.lesson_status).toBe('incomplete');
    takeCourse(s);
    s.tick(3_725_000);
    s.session.finish();
    const data = cmi(lms).cmi;
    expect(data.core).toMatchObject({ lesson_location: 'basics/second', lesson_status: 'passed', exit: '' });
    expect(data.core.session_time).toMatch(/^0*1:02:09$/);
    expect(data.core.score).toMatchObject({ raw: '100', min: '0', max: '100' });
    const interactions = Object.values(data.interactions as Record<string, any>);
    expect(interactions.map((i) => [i.id, i.type, i.student_response, i.correct_responses[0].pattern, i.result])).toEqual([
      ['basics-check', 'choice', 'b', 'a', 'wrong'],
      ['basics-case', 'performance', 'a-a', 'a-a', 'correct'],
      ['final-basics-first', 'choice', 'a', 'a', 'correct'],
      ['final-basics-support', 'choice', 'a,b', 'a,b', 'correct'],
    ]);
    expect(interactions[0].latency).toMatch(/^0*:?00:00:04$/);
    expect(interactions[0].time).toBe('12:00:04');
  });

  it('reports failed below the mastery score and suspends so the learner can try again', () => {
    const lms = newLms('1.2');
    const s = sessionOn('1.2', lms as unknown as RawApi);
    s.session.start();
    s.act((x) => markVisited(markVisited(x, 'basics/first'), 'basics/second'), { type: 'visit', key: 'basics/second' });
    s.act((x) => startAttempt(x, [0, 1]), { type: 'attempt' });
    s.act((x) => answerQuestion(x, 0, [1]), { type: 'question', position: 0, latencyMs: 1 });
    s.act((x) => answerQuestion(x, 1, [0, 1]), { type: 'question', position: 1, latencyMs: 1 });
    s.act((x) => submitAttempt(x, attemptScore(index, x.assessment!)), { type: 'submit' });
    s.session.finish();
    expect(cmi(lms).cmi.core).toMatchObject({ lesson_status: 'failed', exit: 'suspend', score: expect.objectContaining({ raw: '50' }) });
  });
});

describe('an LMS that misbehaves', () => {
  for (const version of ['2004', '1.2'] as const) {
    it(`(${version}) refusing commits: the course keeps going, says so, keeps a local copy and loses nothing once the LMS recovers`, () => {
      const lms = newLms(version);
      let refuse = true;
      const commit = version === '2004' ? 'Commit' : 'LMSCommit';
      const api = new Proxy(lms, { get: (t, p) => (p === commit ? (...a: string[]) => (refuse ? 'false' : (t as any)[commit](...a)) : (t as any)[p]) });
      const s = sessionOn(version, api as unknown as RawApi);
      const statuses: string[] = [];
      s.session.onStatus((x) => statuses.push(x));
      s.session.start();
      expect(s.act((x) => markVisited(x, 'basics/first'), { type: 'visit', key: 'basics/first' })).toBe(true);
      s.act((x) => answerBlock(x, 'basics-check', { type: 'choice', selected: [0] }), { type: 'answer', id: 'basics-check', latencyMs: 10 });
      // The batched commit, then two retries.
      s.runRetries();
      s.runRetries();
      s.runRetries();
      expect(statuses).toEqual(['saved', 'retrying', 'failed']);
      const copy = JSON.parse([...s.local.data.values()][0]);
      expect(stateIn(copy.value)).toBe(encodeState(index, s.state()));
      expect(copy.confirmed).toBe(false);

      refuse = false;
      s.runRetries();
      expect(statuses.at(-1)).toBe('saved');
      const data = cmi(lms).cmi;
      expect(data.suspend_data).toBe(copy.value);
      expect(Object.values(data.interactions as Record<string, any>).map((i) => i.id)).toEqual(['basics-check']);
    });
  }

  it('throwing or vanishing mid-session: calls are caught and the next launch restores the unconfirmed local copy', () => {
    const lms = newLms('2004');
    let gone = false;
    const api = new Proxy(lms, { get: (t, p) => { if (gone && typeof (t as any)[p] === 'function') throw new Error('LMS frame removed'); return (t as any)[p]; } });
    const local = memory();
    const s = sessionOn('2004', api as unknown as RawApi, local);
    s.session.start();
    s.act((x) => markVisited(x, 'basics/first'), { type: 'visit', key: 'basics/first' });
    s.session.save();
    gone = true;
    s.tick(1000);
    expect(() => s.act((x) => markVisited(x, 'basics/second'), { type: 'visit', key: 'basics/second' })).not.toThrow();
    expect(s.session.status()).toBe('retrying');
    expect(() => s.session.finish()).not.toThrow();

    // Next launch: the LMS has the older state; the browser's unconfirmed copy wins and is sent to the LMS.
    const next = newLms('2004');
    next.loadFromJSON({ cmi: { suspend_data: cmi(lms).cmi.suspend_data } } as never, '');
    const again = sessionOn('2004', next as unknown as RawApi, local);
    const resumed = again.session.start();
    expect(resumed.restoredLocalCopy).toBe(true);
    expect(resumed.text).toBe(encodeState(index, s.state()));
    expect(stateIn(cmi(next).cmi.suspend_data)).toBe(encodeState(index, s.state()));
  });

  it("another learner's saved state is set aside: not shown, not resumed at, not mixed into the learner's own", () => {
    const forAda = newLms('1.2');
    forAda.loadFromJSON({ cmi: { core: { student_id: 'ada' } } } as never, '');
    const ada = sessionOn('1.2', forAda as unknown as RawApi);
    ada.session.start();
    ada.act((x) => answerBlock(markVisited(x, 'basics/second'), 'basics-check', { type: 'choice', selected: [0] }), { type: 'answer', id: 'basics-check', latencyMs: 1 });
    ada.session.finish();
    const adas = cmi(forAda).cmi;
    expect(adas.suspend_data).toMatch(/^v2~.*~#[0-9a-z]+~@[0-9a-z]{3}$/);

    // The LMS mixes up its records and hands Bo what it stored for Ada.
    const forBo = newLms('1.2');
    forBo.loadFromJSON({ cmi: { core: { student_id: 'bo', lesson_location: adas.core.lesson_location }, suspend_data: adas.suspend_data } } as never, '');
    const bo = sessionOn('1.2', forBo as unknown as RawApi);
    expect(bo.session.start()).toEqual({ text: null, location: '', learnerName: '', restoredLocalCopy: false, review: false });
    expect(bo.session.foreignStateSetAside()).toBe(true);
    // The course saves over it at once (as the progress store does after a reset), bookmark included.
    bo.session.write(encodeState(index, emptyProgress), { type: 'load' }, emptyProgress);
    expect(cmi(forBo).cmi.core.lesson_location).toBe('');
    expect(stateIn(cmi(forBo).cmi.suspend_data, 'bo')).toBe(encodeState(index, emptyProgress));
    bo.act((x) => markVisited(x, 'basics/first'), { type: 'visit', key: 'basics/first' });
    expect(bo.session.foreignStateSetAside()).toBe(false);
    expect(stateIn(cmi(forBo).cmi.suspend_data, 'bo')).toBe(encodeState(index, bo.state()));

    // Ada's own state, sealed for her, still resumes.
    const again = newLms('1.2');
    again.loadFromJSON({ cmi: { core: { student_id: 'ada', lesson_location: adas.core.lesson_location }, suspend_data: adas.suspend_data } } as never, '');
    expect(sessionOn('1.2', again as unknown as RawApi).session.start()).toEqual({ text: encodeState(index, ada.state()), location: 'basics/second', learnerName: '', restoredLocalCopy: false, review: false });
  });

  it('an LMS that will not initialize leaves the course usable, saving in the browser', () => {
    const api = { Initialize: () => 'false', GetLastError: () => '101', GetErrorString: () => 'General exception' } as RawApi;
    const s = sessionOn('2004', api);
    expect(s.session.start()).toMatchObject({ text: null });
    expect(s.session.status()).toBe('offline');
    expect(s.act((x) => markVisited(x, 'basics/first'), { type: 'visit', key: 'basics/first' })).toBe(true);
    expect(stateIn(JSON.parse([...s.local.data.values()][0]).value)).toBe(encodeState(index, s.state()));
  });
});

/** An LMS API whose calls are counted, on top of scorm-again. */
function counted(lms: Lms, version: ScormVersion) {
  const calls: string[] = [];
  const api = new Proxy(lms, { get: (t, p) => (typeof (t as any)[p] === 'function' ? (...a: string[]) => { calls.push(`${String(p)} ${a.join(' ')}`.trim()); return (t as any)[p](...a); } : (t as any)[p]) });
  const commits = () => calls.filter((c) => c === (version === '2004' ? 'Commit' : 'LMSCommit')).length;
  return { api: api as unknown as RawApi, calls, commits };
}

describe("under real LMSs' rules (../shared/reference/lms-findings.md)", () => {
  it('(1.2) reports "incomplete" from the first launch: a learner who opens and leaves is not marked completed', () => {
    const lms = newLms('1.2');
    const s = sessionOn('1.2', lms as unknown as RawApi);
    s.session.start();
    expect(cmi(lms).cmi.core.lesson_status).toBe('incomplete');
    s.session.finish();
    expect(cmi(lms).cmi.core).toMatchObject({ lesson_status: 'incomplete', exit: 'suspend' });
  });

  it('(1.2) sends a score only with the status it implies, so a mastery override cannot turn it into "passed"', () => {
    const lms = newLms('1.2');
    const s = sessionOn('1.2', lms as unknown as RawApi);
    s.session.start();
    // The assessment before the lessons: 100 %, but the course is not completed.
    s.act((x) => startAttempt(x, [0, 1]), { type: 'attempt' });
    s.act((x) => answerQuestion(answerQuestion(x, 0, [0]), 1, [0, 1]), { type: 'question', position: 1, latencyMs: 1 });
    s.act((x) => submitAttempt(x, attemptScore(index, x.assessment!)), { type: 'submit' });
    s.session.finish();
    expect(cmi(lms).cmi.core.lesson_status).toBe('incomplete');
    expect(cmi(lms).cmi.core.score.raw).toBe('');
  });

  for (const version of ['2004', '1.2'] as const) {
    it(`(${version}) never reports below what the LMS holds: a finished learner handed an empty state keeps completion, success and score`, () => {
      const lms = newLms(version);
      lms.loadFromJSON({ cmi: version === '2004'
        ? { completion_status: 'completed', success_status: 'passed', score: { raw: '87', scaled: '0.87', min: '0', max: '100' } }
        : { core: { lesson_status: 'passed', score: { raw: '87', min: '0', max: '100' } } } } as never, '');
      const s = sessionOn(version, lms as unknown as RawApi);
      expect(s.session.start().text).toBeNull();
      s.act((x) => markVisited(x, 'basics/first'), { type: 'visit', key: 'basics/first' });
      s.act((x) => startAttempt(x, [0, 1]), { type: 'attempt' });
      s.act((x) => answerQuestion(answerQuestion(x, 0, [1]), 1, [1]), { type: 'question', position: 1, latencyMs: 1 });
      s.act((x) => submitAttempt(x, attemptScore(index, x.assessment!)), { type: 'submit' });
      s.session.finish();
      const data = cmi(lms).cmi;
      if (version === '2004') expect(data).toMatchObject({ completion_status: 'completed', success_status: 'passed', score: { raw: '87' }, exit: 'normal' });
      else expect(data.core).toMatchObject({ lesson_status: 'passed', score: { raw: '87' }, exit: '' });
    });
  }

  it('(2004) in review mode writes nothing to the LMS and shows the learner the copy this browser kept', () => {
    const first = newLms('2004');
    const local = memory();
    const s = sessionOn('2004', first as unknown as RawApi, local);
    s.session.start();
    takeCourse(s);
    s.session.finish();
    expect(cmi(first).cmi.exit).toBe('normal');

    // The next launch: review, and nothing handed out (2004 restores data only after exit = suspend).
    const next = newLms('2004');
    next.loadFromJSON({ cmi: { mode: 'review', entry: 'ab-initio' } } as never, '');
    const watched = counted(next, '2004');
    const again = sessionOn('2004', watched.api, local);
    const started = again.session.start();
    expect(started).toMatchObject({ review: true, text: encodeState(index, s.state()) });
    again.act((x) => markVisited(x, 'basics/first'), { type: 'visit', key: 'basics/first' });
    again.session.finish();
    expect(watched.calls.filter((c) => c.startsWith('SetValue') || c === 'Commit')).toEqual([]);
    expect(watched.calls.filter((c) => c === 'Terminate')).toHaveLength(1);
  });

  it('(2004) every write differs from the one it replaces, even when the state returns to its launch value', () => {
    const lms = newLms('2004');
    const s = sessionOn('2004', lms as unknown as RawApi);
    s.session.start();
    s.act((x) => markVisited(x, 'basics/first'), { type: 'visit', key: 'basics/first' });
    const before = cmi(lms).cmi.suspend_data;
    s.tick(1000);
    s.act((x) => answerBlock(x, 'basics-check', { type: 'choice', selected: [0] }), { type: 'answer', id: 'basics-check', latencyMs: 1 });
    s.tick(1000);
    s.act((x) => clearBlock(x, 'basics-check'), { type: 'retry', id: 'basics-check' });
    expect(stateIn(cmi(lms).cmi.suspend_data)).toBe(stateIn(before));
    expect(cmi(lms).cmi.suspend_data).not.toBe(before);
  });

  it('a copy stays unconfirmed until a later launch finds the LMS holding it: a Commit that said "true" but stored nothing is made good', () => {
    const lms = newLms('2004');
    const local = memory();
    const s = sessionOn('2004', lms as unknown as RawApi, local);
    s.session.start();
    s.act((x) => markVisited(x, 'basics/first'), { type: 'visit', key: 'basics/first' });
    s.session.save();
    const stored = cmi(lms).cmi.suspend_data;
    s.tick(1000);
    s.act((x) => answerBlock(markVisited(x, 'basics/second'), 'basics-check', { type: 'choice', selected: [1] }), { type: 'answer', id: 'basics-check', latencyMs: 1 });
    // Leaving: the LMS answers "true" for a request its server then refuses, and keeps the older state.
    s.session.finish();
    const next = newLms('2004');
    next.loadFromJSON({ cmi: { suspend_data: stored, location: 'basics/first', entry: 'resume' } } as never, '');
    const again = sessionOn('2004', next as unknown as RawApi, local);
    expect(again.session.start()).toMatchObject({ restoredLocalCopy: true, text: encodeState(index, s.state()) });
    again.session.finish();
    expect(stateIn(cmi(next).cmi.suspend_data)).toBe(encodeState(index, s.state()));

    // The launch after that finds the LMS holding the copy: the LMS's state is used as it is.
    const third = newLms('2004');
    third.loadFromJSON({ cmi: { suspend_data: cmi(next).cmi.suspend_data, entry: 'resume' } } as never, '');
    expect(sessionOn('2004', third as unknown as RawApi, local).session.start().restoredLocalCopy).toBe(false);
    expect(JSON.parse([...local.data.values()][0]).confirmed).toBe(true);
  });

  for (const version of ['2004', '1.2'] as const) {
    it(`(${version}) commits only when the status changes, when asked, on exit, or once per batch after other changes`, () => {
      const lms = newLms(version);
      const watched = counted(lms, version);
      const s = sessionOn(version, watched.api);
      s.session.start();
      for (const key of ['basics/first', 'basics/second']) s.act((x) => markVisited(x, key), { type: 'visit', key });
      s.act((x) => answerBlock(x, 'basics-check', { type: 'choice', selected: [0] }), { type: 'answer', id: 'basics-check', latencyMs: 1 });
      expect(watched.commits()).toBe(0);
      s.runRetries();
      expect(watched.commits()).toBe(1);
      // Submitting the assessment changes success and score: committed at once.
      s.act((x) => startAttempt(x, [0, 1]), { type: 'attempt' });
      s.act((x) => answerQuestion(answerQuestion(x, 0, [0]), 1, [0, 1]), { type: 'question', position: 1, latencyMs: 1 });
      s.act((x) => submitAttempt(x, attemptScore(index, x.assessment!)), { type: 'submit' });
      expect(watched.commits()).toBe(2);
      s.session.finish();
      expect(watched.commits()).toBe(3);
      expect(s.session.commits()).toBe(3);
    });
  }

  it('work done while no LMS answered at launch is offered at the next launch with its contents, and added only if the learner says so', () => {
    const local = memory();
    const down = { Initialize: () => 'false', GetLastError: () => '101', GetErrorString: () => 'General exception' } as RawApi;
    const offline = sessionOn('2004', down, local);
    offline.session.start();
    offline.tick(60_000);
    offline.act((x) => answerBlock(markVisited(x, 'basics/second'), 'basics-check', { type: 'choice', selected: [0] }), { type: 'answer', id: 'basics-check', latencyMs: 1 });
    offline.session.finish();

    for (const use of [false, true]) {
      const lms = newLms('2004');
      lms.loadFromJSON({ cmi: { learner_id: 'ada', suspend_data: encodeState(index, markVisited(emptyProgress, 'basics/first')) } } as never, '');
      const s = sessionOn('2004', lms as unknown as RawApi, local);
      const started = s.session.start();
      expect(started.offlineWork).toEqual({ at: Date.UTC(2026, 10, 25, 12, 1, 0), lessons: 1, answers: 1 });
      // Nothing is merged before the learner answers.
      expect(started.text).toBe(encodeState(index, markVisited(emptyProgress, 'basics/first')));
      s.session.useOfflineWork(use);
      const state = decodeState(index, stateIn(cmi(lms).cmi.suspend_data, 'ada')).state;
      if (use) expect(state).toMatchObject({ visited: ['basics/first', 'basics/second'], last: 'basics/second', answers: { 'basics-check': { type: 'choice', selected: [0] } } });
      else expect(state.visited).toEqual(['basics/first']);
      if (!use) {
        // Discarded work is not offered again; the next launch of this test offers it again only because we put it back.
        const fresh = newLms('2004');
        fresh.loadFromJSON({ cmi: { learner_id: 'ada' } } as never, '');
        const again = sessionOn('2004', fresh as unknown as RawApi, local);
        expect(again.session.start().offlineWork).toBeUndefined();
        const key = [...local.data.keys()].find((k) => k.endsWith(':unknown'))!;
        local.data.set(key, JSON.stringify({ ...JSON.parse(local.data.get(key)!), confirmed: false }));
      }
    }
  });
});

describe('what the LMS says about the learner', () => {
  it.each(['2004', '1.2'] as const)('(%s) reads the learner name as plain text, markup and all, for the footer to show', (version) => {
    const lms = newLms(version);
    const name = '  <img src=x onerror=alert(1)>, Kari  ';
    if (version === '2004') (lms as InstanceType<typeof Scorm2004API>).cmi.learner_name = name;
    else (lms as InstanceType<typeof Scorm12API>).cmi.core.student_name = name;
    expect(sessionOn(version, lms as unknown as RawApi).session.start().learnerName).toBe('<img src=x onerror=alert(1)>, Kari');
  });

  it('has no name when the LMS will not start a session', () => {
    const api = { Initialize: () => 'false', GetValue: () => 'Someone', GetLastError: () => '101', GetErrorString: () => 'General exception' } as RawApi;
    expect(sessionOn('2004', api).session.start().learnerName).toBe('');
  });
});

describe('finding the LMS API', () => {
  const frame = (props: object, parent?: object) => {
    const win: Record<string, unknown> = { ...props };
    win.parent = parent ?? win;
    return win as unknown as Window;
  };

  it('finds SCORM 2004 before 1.2 in the parent chain', () => {
    const lms = frame({ API: { v: 12 }, API_1484_11: { v: 2004 } });
    const found = findLmsApi(frame({}, frame({}, lms)));
    expect(found?.version).toBe('2004');
  });

  it('finds SCORM 1.2 through the opener when the course opened in a new window', () => {
    const opener = frame({ API: { v: 12 } });
    const popup = frame({ opener });
    (popup as unknown as { top: Window }).top = popup;
    expect(findLmsApi(popup)?.version).toBe('1.2');
  });

  it('gives up after seven levels, and skips a frame that throws on access', () => {
    let win = frame({ API: { v: 12 } });
    for (let i = 0; i < 9; i++) win = frame({}, win);
    expect(findLmsApi(win)).toBeUndefined();
    const hostile = new Proxy({}, { get: () => { throw new DOMException('Blocked a frame', 'SecurityError'); } });
    expect(findLmsApi(frame({}, hostile))).toBeUndefined();
  });
});

// Keep the index type honest for the fixture used above.
const _typed: CourseIndex = index;
void _typed;

describe("the preview's real-LMS rules (src/preview/app/lms-rules.ts)", () => {
  const moodle = { deltaPosting: true, reviewAfterFinish: true, beaconAtUnload: true, finishCompletes: true, masteryOverride: true };

  it('posts only what differs from the reference with delta posting, everything without it', () => {
    const reference = { location: 'a/b', suspend_data: 'x', learner_id: 'ada' };
    const current = { location: 'a/b', suspend_data: 'y', learner_id: 'ada' };
    expect(toPost(current, reference, moodle)).toEqual({ suspend_data: 'y' });
    expect(toPost(current, reference, noRules())).toEqual({ location: 'a/b', suspend_data: 'y' });
  });

  it('(2004) hands out nothing after an exit other than "suspend", and a finished attempt for review', () => {
    const finished = { completion_status: 'completed', success_status: 'passed', suspend_data: 'x', location: 'a/b', exit: 'normal' };
    expect(handOut('2004', finished, moodle)).toEqual({ cmi: { entry: 'ab-initio', mode: 'review' }, review: true });
    expect(handOut('2004', { ...finished, exit: 'suspend', completion_status: 'incomplete', success_status: 'unknown' }, moodle).cmi).toMatchObject({ suspend_data: 'x', entry: 'resume' });
    expect(handOut('2004', finished, noRules())).toEqual({ cmi: { ...finished, entry: 'resume' }, review: false });
  });

  it('(1.2) LMSFinish turns "not attempted" into "completed" and sets passed or failed from any score', () => {
    expect(atFinish({ 'core.lesson_status': 'not attempted' }, moodle, 80)['core.lesson_status']).toBe('completed');
    expect(atFinish({ 'core.lesson_status': 'incomplete', 'core.score.raw': '100' }, moodle, 80)['core.lesson_status']).toBe('passed');
    expect(atFinish({ 'core.lesson_status': 'incomplete', 'core.score.raw': '' }, moodle, 80)['core.lesson_status']).toBe('incomplete');
    expect(atFinish({ 'core.lesson_status': 'not attempted' }, noRules(), 80)['core.lesson_status']).toBe('not attempted');
  });

  it('flattens and rebuilds the data model losslessly', () => {
    const cmi = { suspend_data: 'x', core: { lesson_status: 'incomplete', score: { raw: '' } }, interactions: { 0: { id: 'q', correct_responses: { 0: { pattern: 'a' } } } } };
    expect(unflatten(flatten(cmi))).toEqual(cmi);
  });
});
