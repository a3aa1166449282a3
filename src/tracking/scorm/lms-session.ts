/**
 * One LMS session for the whole course: Initialize once, report after every
 * change, Terminate once. The LMS is outside our control, so every write also
 * goes to a local copy in the browser first; when the LMS refuses, throws or
 * vanishes, the session keeps the course working, retries with back-off and
 * reports its status so the learner can be told. A copy the LMS never
 * confirmed is preferred over the LMS's older state at the next launch. A
 * saved state sealed for another learner is set aside, never shown.
 */
import { blocksById, type CourseIndex } from '../../course/course-index.ts';
import type { TextStorage } from '../../progress/browser-storage.ts';
import type { ProgressBackend, SaveStatus, TrackingEvent } from '../../progress/progress-backend.ts';
import { statusFor, type Scope } from '../../progress/scoring.ts';
import { decodeState } from '../../progress/state-codec.ts';
import { emptyProgress, type ProgressState } from '../../progress/progress-state.ts';
import { blockInteraction, interactionElements, questionInteraction, type InteractionRecord } from './interactions.ts';
import { seal, unseal } from './learner-seal.ts';
import type { LmsConnection } from './lms-connection.ts';
import { versions } from './scorm-versions.ts';

export interface LmsSessionOptions {
  connection: LmsConnection;
  index: CourseIndex;
  scope: Scope;
  /** Where the local copy lives; undefined when the browser refuses storage. */
  localStorage: TextStorage | undefined;
  now?: () => number;
  /** Timer for retries (replaceable in tests). */
  schedule?: (run: () => void, ms: number) => void;
}

/**
 * The session is itself the progress backend of every page in the launcher's frame:
 * the launcher publishes it and the pages save through it directly.
 */
export interface LmsSession extends ProgressBackend {
  readonly kind: 'lms';
  /** The learner's name from the LMS ('' when it has none, or before start). */
  readonly learnerName: string;
  /** Initializes and returns the saved state text to resume from, the bookmark and the learner's name ('' if unknown). */
  start(): { text: string | null; location: string; restoredLocalCopy: boolean; learnerName: string };
  /** True from a start that found another learner's state in the LMS (and set it aside) until the first write. */
  foreignStateSetAside(): boolean;
  onStatus(listener: (status: SaveStatus) => void): () => void;
  status(): SaveStatus;
  /** Commits what there is now, e.g. when the window is hidden. */
  save(): void;
  /** Sets session time and exit, commits and terminates; safe to call more than once. */
  finish(): void;
}

interface LocalCopy { text: string; pending: boolean }
const RETRY_MS = [1000, 2000, 4000, 8000, 15000, 30000];
/** After this many failed tries in a row, say the connection is lost rather than "retrying". */
const FAILED_AFTER = 3;

export function createLmsSession(options: LmsSessionOptions): LmsSession {
  const { connection: lms, index, scope, localStorage: local } = options;
  const now = options.now ?? Date.now;
  const schedule = options.schedule ?? ((run, ms) => { setTimeout(run, ms); });
  const v = versions[lms.version];
  const startedAt = now();
  const listeners = new Set<(status: SaveStatus) => void>();
  const interactionIndex = new Map<string, number>();
  const pendingInteractions = new Map<string, { record: InteractionRecord; latencyMs?: number; at: Date }>();
  const latencies = new Map<number, number>();
  let interactionCount = 0;
  let text: string | null = null;
  /** What `text` encodes: decoded once at start, then handed over with every write. */
  let state: ProgressState = emptyProgress;
  let current: SaveStatus = 'saved';
  let failures = 0;
  let retryScheduled = false;
  let initialized = false;
  let finished = false;
  let copyKey = 'se-ips:lms-copy';
  let learner = '';
  let setAside = false;
  let learnerName = '';

  const setStatus = (next: SaveStatus) => {
    if (next === current) return;
    current = next;
    listeners.forEach((l) => l(next));
  };

  const readCopy = (): LocalCopy | undefined => {
    try {
      const data: unknown = JSON.parse(local?.read(copyKey) ?? 'null');
      return data && typeof data === 'object' && typeof (data as LocalCopy).text === 'string' ? (data as LocalCopy) : undefined;
    } catch {
      return undefined;
    }
  };
  const writeCopy = (pending: boolean) => { if (text !== null) local?.write(copyKey, JSON.stringify({ text, pending })); };

  /** Writes everything the LMS should know now; true when the LMS accepted all of it and committed. */
  const flush = (): boolean => {
    if (!initialized || text === null) return false;
    const core: [string, string][] = [
      ...(state.last ? ([[v.location, state.last]] as [string, string][]) : []),
      [v.suspendData, seal(text, learner)],
      ...v.status(statusFor(index, state, scope)),
    ];
    let ok = core.every(([element, value]) => lms.set(element, value));
    if (ok) {
      for (const [id, p] of pendingInteractions) {
        const n = interactionIndex.get(id) ?? interactionCount;
        const accepted = interactionElements(v, n, p.record, p.latencyMs, p.at).every(([element, value]) => lms.set(element, value));
        // The LMS took the state but not this record: a data-model quirk, not an outage. Log it and move on,
        // so one rejected record can never block saving the learner's progress.
        if (!accepted) console.warn(`The LMS rejected interaction "${id}" (${lms.lastError()}); the answer is still saved in suspend_data.`);
        if (!interactionIndex.has(id)) interactionIndex.set(id, interactionCount++);
      }
      ok = lms.commit();
    }
    if (ok) {
      pendingInteractions.clear();
      failures = 0;
      writeCopy(false);
      setStatus('saved');
      return true;
    }
    failures++;
    console.warn(`The LMS did not accept the course's progress (${lms.lastError()}); kept in this browser and retrying.`);
    setStatus(failures >= FAILED_AFTER ? 'failed' : 'retrying');
    scheduleRetry();
    return false;
  };

  const scheduleRetry = () => {
    if (retryScheduled || finished) return;
    retryScheduled = true;
    schedule(() => { retryScheduled = false; flush(); }, RETRY_MS[Math.min(failures - 1, RETRY_MS.length - 1)]);
  };

  const queueInteractions = (event: TrackingEvent) => {
    if (text === null) return;
    const at = new Date(now());
    if (event.type === 'answer') {
      const info = blocksById(index).get(event.id);
      const answer = state.answers[event.id];
      const record = info && answer && blockInteraction(v, info, answer);
      if (record) pendingInteractions.set(record.id, { record, latencyMs: event.latencyMs, at });
    }
    if (event.type === 'question') latencies.set(event.position, (latencies.get(event.position) ?? 0) + event.latencyMs);
    if (event.type === 'submit' && state.assessment) {
      state.assessment.drawn.forEach((p, i) => {
        const record = questionInteraction(v, index.assessment.pool[p], state.assessment!.answers[i]);
        pendingInteractions.set(record.id, { record, latencyMs: latencies.get(i), at });
      });
      latencies.clear();
    }
  };

  return {
    kind: 'lms',
    get learnerName() { return learnerName; },
    start() {
      initialized = lms.initialize();
      if (!initialized) {
        console.warn(`The LMS did not start a session (${lms.lastError()}); progress is kept in this browser.`);
        setStatus('failed');
      }
      learner = initialized ? lms.get(v.learnerId) : '';
      learnerName = initialized ? lms.get(v.learnerName).trim() : '';
      // One copy per learner and course, so a shared computer never mixes two people's answers.
      copyKey = `se-ips:lms-copy:${index.id}:${learner || 'unknown'}`;
      const stored = unseal(initialized ? lms.get(v.suspendData) : '', learner);
      // Another learner's state, bookmark included, is not ours to show or to build on.
      const saved = stored.foreign ? '' : stored.text;
      const location = initialized && !stored.foreign ? lms.get(v.location) : '';
      if (initialized) {
        const count = Number(lms.get(v.interactionCount));
        interactionCount = Number.isFinite(count) && count > 0 ? count : 0;
        // 2004 lets us read which record holds which question, so a new answer updates it; 1.2 interactions are write-only.
        if (lms.version === '2004') {
          for (let n = 0; n < interactionCount; n++) interactionIndex.set(lms.get(`cmi.interactions.${n}.id`), n);
        }
      }
      const copy = readCopy();
      const restoredLocalCopy = !!copy && (copy.pending || !initialized || stored.foreign) && copy.text !== saved;
      setAside = stored.foreign && !restoredLocalCopy;
      if (stored.foreign) {
        console.warn('The LMS gave this learner a saved state that belongs to someone else; it was set aside.');
        // Clear the other learner's bookmark too, so a learner who leaves at once does not resume at it next time.
        lms.set(v.location, '');
      }
      text = restoredLocalCopy ? copy!.text : saved || null;
      state = decodeState(index, text).state;
      if (restoredLocalCopy && initialized) flush();
      return { text, location, restoredLocalCopy, learnerName };
    },
    read: () => text,
    foreignStateSetAside: () => setAside,
    write(next, event, nextState) {
      if (finished) return false;
      setAside = false;
      text = next;
      // The page's own state: a copy in this window, which outlives the page that sent it.
      state = structuredClone(nextState);
      writeCopy(true);
      queueInteractions(event);
      flush();
      return true;
    },
    onStatus(listener) {
      listeners.add(listener);
      listener(current);
      return () => listeners.delete(listener);
    },
    status: () => current,
    save() {
      if (!finished && text !== null) flush();
    },
    finish() {
      if (finished) return;
      if (initialized) {
        const s = statusFor(index, state, scope);
        // Finished means nothing left to do; anything else suspends, so the LMS keeps the state for next time.
        const done = s.completion === 'completed' && s.success !== 'failed';
        lms.set(v.sessionTime, v.timespan(now() - startedAt));
        lms.set(v.exit, done ? v.exitNormal : v.exitSuspend);
        if (text !== null) flush();
        else lms.commit();
      }
      finished = true;
      if (initialized) lms.terminate();
    },
  };
}
