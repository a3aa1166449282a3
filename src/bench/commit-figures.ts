/**
 * How the LMS session treats a slow LMS: a full run of the course (every lesson,
 * every block, the final assessment, exit) against scorm-again with Commits that
 * take 5 seconds, on a simulated clock, for both SCORM versions. A Commit blocks
 * the page (the SCORM API is synchronous), so a learner action that falls into
 * one waits for it. Reported: Commits per full run against the target (one per
 * status change plus one per 10 s of activity), and the median and 90th
 * percentile learner action, for a learner who reads (the lessons' own minutes)
 * and one who clicks through as fast as they can.
 */
import * as scorm12 from 'scorm-again/scorm12';
import * as scorm2004 from 'scorm-again/scorm2004';
import { courseIndex, type CourseIndex } from '../course/course-index.ts';
import type { CourseTree } from '../course/course-tree.ts';
import { rightAnswer } from '../course/block-types/index.ts';
import { drawQuestions, mulberry32 } from '../progress/draw.ts';
import type { TrackingEvent } from '../progress/progress-backend.ts';
import {
  answerBlock, answerQuestion, emptyProgress, markVisited, startAttempt, submitAttempt, type ProgressState,
} from '../progress/progress-state.ts';
import { attemptScore, courseStatus } from '../progress/scoring.ts';
import { encodeState } from '../progress/state-codec.ts';
import type { RawApi } from '../tracking/scorm/find-api.ts';
import { connect } from '../tracking/scorm/lms-connection.ts';
import { createLmsSession } from '../tracking/scorm/lms-session.ts';
import type { ScormVersion } from '../tracking/scorm/scorm-versions.ts';
import { round, type Figure } from './figure.ts';

const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof scorm12.default };
const { Scorm2004API } = scorm2004 as unknown as { Scorm2004API: typeof scorm2004.default };

export const COMMIT_MS = 5000;
export const actionTarget = 200;


interface Step { change: (s: ProgressState) => ProgressState; event: TrackingEvent; thinkMs: number }

/** Every lesson in order with its blocks answered right, then the assessment: what a learner does in a full run. */
function fullRun(tree: CourseTree, index: CourseIndex, pace: 'reading' | 'fast'): Step[] {
  const random = mulberry32(2026);
  const think = (readingMs: number) => (pace === 'fast' ? 1500 + random() * 1500 : readingMs * (0.5 + random()));
  const infos = new Map(index.blocks.map((b) => [b.id, b]));
  const steps: Step[] = [];
  for (const m of tree.modules) {
    for (const lesson of m.lessons) {
      steps.push({ change: (s) => markVisited(s, lesson.key), event: { type: 'visit', key: lesson.key }, thinkMs: think(lesson.text.nb.minutes * 60_000 / 2) });
      for (const block of tree.blocks.filter((b) => b.lessonKey === lesson.key)) {
        const info = infos.get(block.id);
        if (!info) continue;
        const answer = rightAnswer(info);
        steps.push({ change: (s) => answerBlock(s, block.id, answer), event: { type: 'answer', id: block.id, latencyMs: 20_000 }, thinkMs: think(30_000) });
      }
    }
  }
  const drawn = drawQuestions(index, random);
  steps.push({ change: (s) => startAttempt(s, drawn), event: { type: 'attempt' }, thinkMs: think(10_000) });
  drawn.forEach((p, i) => steps.push({
    change: (s) => answerQuestion(s, i, index.assessment.pool[p].correct), event: { type: 'question', position: i, latencyMs: 20_000 }, thinkMs: think(40_000),
  }));
  steps.push({ change: (s) => submitAttempt(s, attemptScore(index, s.assessment!)), event: { type: 'submit' }, thinkMs: think(30_000) });
  return steps;
}

interface RunResult { commits: number; statusChanges: number; activeSeconds: number; actionsMs: number[] }

function simulate(version: ScormVersion, tree: CourseTree, index: CourseIndex, pace: 'reading' | 'fast'): RunResult {
  const settings = { autocommit: false, lmsCommitUrl: false as const, logLevel: 5 as const };
  const lms = version === '2004' ? new Scorm2004API(settings) : new Scorm12API(settings);
  let clock = Date.UTC(2026, 11, 1, 9);
  /** The page is frozen by a Commit until then. */
  let busyUntil = clock;
  let commits = 0;
  const commitName = version === '2004' ? 'Commit' : 'LMSCommit';
  const api = new Proxy(lms, {
    get: (target, name) => {
      const real = (target as unknown as Record<string | symbol, unknown>)[name];
      if (name !== commitName || typeof real !== 'function') return typeof real === 'function' ? real.bind(target) : real;
      return (...args: unknown[]) => { commits++; clock += COMMIT_MS; busyUntil = clock; return (real as (...a: unknown[]) => unknown).apply(target, args); };
    },
  });
  const timers: { due: number; run: () => void }[] = [];
  const session = createLmsSession({
    connection: connect({ version, api: api as unknown as RawApi }), index, scope: { kind: 'course' }, localStorage: undefined,
    now: () => clock, schedule: (run, ms) => { timers.push({ due: clock + ms, run }); },
  });
  const started = clock;
  session.start();
  /** Timers due by `until` run, each when the page is free. */
  const runTimers = (until: number) => {
    for (;;) {
      timers.sort((a, b) => a.due - b.due);
      if (!timers.length || timers[0].due > until) return;
      const { due, run } = timers.shift()!;
      clock = Math.max(due, busyUntil);
      run();
    }
  };
  let state = emptyProgress;
  let status = '';
  let statusChanges = 0;
  const actionsMs: number[] = [];
  let at = clock;
  for (const step of fullRun(tree, index, pace)) {
    runTimers(at);
    const begin = Math.max(at, busyUntil);
    clock = begin;
    state = step.change(state);
    const cpu = performance.now();
    session.write(encodeState(index, state), step.event, state);
    actionsMs.push(begin - at + (clock - begin) + (performance.now() - cpu));
    const s = courseStatus(index, state);
    const key = `${s.completion}|${s.success}|${s.score ?? ''}`;
    if (key !== status) { statusChanges++; status = key; }
    at = clock + step.thinkMs;
  }
  runTimers(at);
  clock = Math.max(at, busyUntil);
  session.finish();
  return { commits, statusChanges, activeSeconds: (at - started) / 1000, actionsMs };
}

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

export function commitFigures(tree: CourseTree): Figure[] {
  const index = courseIndex(tree);
  return (['2004', '1.2'] as const).flatMap((version) => (['reading', 'fast'] as const).flatMap((pace): Figure[] => {
    const run = simulate(version, tree, index, pace);
    // One per status change, one per 10 s of activity, and the exit.
    const allowed = run.statusChanges + Math.ceil(run.activeSeconds / 10) + 1;
    const median = percentile(run.actionsMs, 50);
    const who = pace === 'reading' ? 'a learner who reads' : 'a learner who clicks through';
    return [
      {
        name: `SCORM ${version} commits per full run, ${who}`, value: run.commits, unit: 'commits', target: `≤ ${allowed}`, pass: run.commits <= allowed,
        detail: `${run.actionsMs.length} actions, ${run.statusChanges} status changes, ${round(run.activeSeconds / 60)} min of activity`,
      },
      {
        name: `SCORM ${version} median learner action, ${COMMIT_MS / 1000}-second commits, ${who}`, value: round(median), unit: 'ms',
        target: `< ${actionTarget} ms`, pass: median < actionTarget,
        detail: `90th percentile ${round(percentile(run.actionsMs, 90))} ms, slowest ${round(Math.max(...run.actionsMs))} ms`,
      },
    ];
  }));
}
