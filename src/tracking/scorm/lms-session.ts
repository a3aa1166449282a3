/**
 * One LMS session for the whole course: Initialize once, hand each change to
 * the LMS at once (SetValue is cheap), Commit only when it matters, Terminate
 * once. A Commit can be a slow request to a server, so it runs when completion,
 * success or score change, when the page is hidden, on exit, and otherwise at
 * most once per BATCH_MS after a change.
 *
 * The LMS is outside our control, so every write also goes to a copy in the
 * browser first. A Commit's "true" is not proof (an LMS may answer for a
 * request it sent while the page unloads): the copy counts as confirmed only
 * when a later launch finds the LMS holding exactly it; an unconfirmed copy
 * newer than the LMS's state wins at that launch. What the LMS holds for the
 * attempt is a floor the course never reports below; a launch in review mode
 * writes nothing. A saved state sealed for another learner is set aside.
 */
import { blocksById, type CourseIndex } from '../../course/course-index.ts';
import type { TextStorage } from '../../progress/browser-storage.ts';
import type { ProgressBackend, SaveStatus, TrackingEvent } from '../../progress/progress-backend.ts';
import { statusFor, type CourseStatus, type Scope } from '../../progress/scoring.ts';
import { decodeState, encodeState } from '../../progress/state-codec.ts';
import { emptyProgress, type ProgressState } from '../../progress/progress-state.ts';
import { blockInteraction, interactionElements, questionInteraction, type InteractionRecord } from './interactions.ts';
import { seal, unseal } from './learner-seal.ts';
import type { LmsConnection } from './lms-connection.ts';
import { mergeOfflineWork, summarize, type WorkSummary } from './offline-work.ts';
import { versions } from './scorm-versions.ts';
import { atLeast, nothingYet } from './status-floor.ts';
import { stamp, unstamp } from './write-stamp.ts';

export interface LmsSessionOptions {
  connection: LmsConnection;
  index: CourseIndex;
  scope: Scope;
  /** Where the local copy lives; undefined when the browser refuses storage. */
  localStorage: TextStorage | undefined;
  now?: () => number;
  /** Timer for batched commits and retries (replaceable in tests). */
  schedule?: (run: () => void, ms: number) => void;
}

/** Work done in this browser while no LMS answered at launch, found at a launch where one does. */
export interface OfflineWork extends WorkSummary {
  /** When it was last changed (ms since the epoch). */
  at: number;
}

export interface SessionStart {
  text: string | null;
  location: string;
  restoredLocalCopy: boolean;
  learnerName: string;
  /** True when the LMS runs this launch for review: the learner looks, nothing is written to the LMS. */
  review: boolean;
  /** Work from a launch without an LMS, newer than what the LMS holds: the learner decides (useOfflineWork). */
  offlineWork?: OfflineWork;
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
  start(): SessionStart;
  /** True from a start that found another learner's state in the LMS (and set it aside) until the first write. */
  foreignStateSetAside(): boolean;
  onStatus(listener: (status: SaveStatus) => void): () => void;
  status(): SaveStatus;
  /** Commits what the LMS does not have yet, e.g. when the window is hidden. */
  save(): void;
  /** The learner's answer about the offline work start() reported: add it to their record, or discard it. */
  useOfflineWork(use: boolean): void;
  /** Sets session time and exit, commits and terminates; safe to call more than once. */
  finish(): void;
  /** How many Commits this session made (for the bench and the tests). */
  commits(): number;
}

/** The browser's copy: the suspend_data last written, when, and whether a launch has seen the LMS holding it. */
interface LocalCopy { value: string; at: number; confirmed: boolean }
const RETRY_MS = [1000, 2000, 4000, 8000, 15000, 30000];
/** After this many failed tries in a row, say the connection is lost rather than "retrying". */
const FAILED_AFTER = 3;
/** Changes that do not alter completion, success or score reach the LMS at most this long after they happen. */
export const BATCH_MS = 10_000;
const COPY_PREFIX = 'se-ips:lms-copy';

/** The progress text a copy holds, without its seal and stamp. */
const stateText = (copy: LocalCopy, learner: string) => unstamp(unseal(copy.value, learner).text).text;
const statusKey = (s: CourseStatus) => `${s.completion}|${s.success}|${s.score ?? ''}`;

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
  /** What the LMS was last given for each element, so an unchanged value is not set again. */
  const given = new Map<string, string>();
  let interactionCount = 0;
  let text: string | null = null;
  /** What `text` encodes: decoded once at start, then handed over with every write. */
  let state: ProgressState = emptyProgress;
  /** The highest status reported (or held by the LMS at launch): never reported lower. */
  let floor: CourseStatus = nothingYet;
  let committedStatus = '';
  let current: SaveStatus = 'saved';
  let failures = 0;
  let retryScheduled = false;
  let batchScheduled = false;
  let dirty = false;
  let initialized = false;
  let review = false;
  let finished = false;
  let commitCount = 0;
  let copyKey = `${COPY_PREFIX}:${index.id}:unknown`;
  const offlineKey = `${COPY_PREFIX}:${index.id}:unknown`;
  let learner = '';
  let setAside = false;
  let learnerName = '';
  let offline: { copy: LocalCopy; text: string } | undefined;
  /** The suspend_data for `text`: stamped and sealed, exactly as written to the LMS and the copy. */
  let copyValue = '';

  const setStatus = (next: SaveStatus) => {
    if (next === current) return;
    current = next;
    listeners.forEach((l) => l(next));
  };

  const readCopy = (key: string): LocalCopy | undefined => {
    try {
      const data = JSON.parse(local?.read(key) ?? 'null') as Partial<LocalCopy> & { text?: unknown; pending?: unknown } | null;
      if (!data || typeof data !== 'object') return undefined;
      if (typeof data.value === 'string' && typeof data.at === 'number') return { value: data.value, at: data.at, confirmed: data.confirmed === true };
      // A copy from before stamps: unconfirmed if it was pending, and then newer than any unstamped LMS state.
      if (typeof data.text === 'string') return { value: data.text, at: data.pending ? Number.MAX_SAFE_INTEGER : 0, confirmed: !data.pending };
    } catch { /* unreadable: as if there were none */ }
    return undefined;
  };
  const writeCopy = (copy: LocalCopy) => { local?.write(copyKey, JSON.stringify(copy)); };

  const reported = () => {
    floor = atLeast(statusFor(index, state, scope), floor);
    return floor;
  };

  /** Sets one element unless the LMS already has that value from us; false when the LMS refused or failed. */
  const give = (element: string, value: string): boolean => {
    if (given.get(element) === value) return true;
    const ok = lms.set(element, value);
    if (ok) given.set(element, value);
    else given.delete(element);
    return ok;
  };

  /** Hands the LMS the state, the status and new interaction records; true when it took all of them. */
  const giveAll = (): boolean => {
    if (!initialized || review || finished || text === null) return false;
    const core: [string, string][] = [
      ...(state.last ? ([[v.location, state.last]] as [string, string][]) : []),
      [v.suspendData, copyValue],
      ...v.status(reported()),
    ];
    const ok = core.every(([element, value]) => give(element, value));
    if (!ok) return false;
    for (const [id, p] of pendingInteractions) {
      const n = interactionIndex.get(id) ?? interactionCount;
      const accepted = interactionElements(v, n, p.record, p.latencyMs, p.at).every(([element, value]) => lms.set(element, value));
      // The LMS took the state but not this record: a data-model quirk, not an outage. Log it and move on,
      // so one rejected record can never block saving the learner's progress.
      if (!accepted) console.warn(`The LMS rejected interaction "${id}" (${lms.lastError()}); the answer is still saved in suspend_data.`);
      if (!interactionIndex.has(id)) interactionIndex.set(id, interactionCount++);
    }
    pendingInteractions.clear();
    return true;
  };

  /** Gives the LMS anything it lacks and commits; true when it accepted. */
  const commit = (): boolean => {
    if (!initialized || review || finished) return false;
    const ok = (text === null || giveAll()) && (commitCount++, lms.commit());
    if (ok) {
      dirty = false;
      failures = 0;
      committedStatus = statusKey(floor);
      setStatus('saved');
      return true;
    }
    // Nothing the LMS refused counts as given: set it all again next time.
    given.clear();
    failures++;
    console.warn(`The LMS did not accept the course's progress (${lms.lastError()}); kept in this browser and retrying.`);
    setStatus(failures >= FAILED_AFTER ? 'failed' : 'retrying');
    scheduleRetry();
    return false;
  };

  const scheduleRetry = () => {
    if (retryScheduled || finished) return;
    retryScheduled = true;
    schedule(() => { retryScheduled = false; if (dirty || current !== 'saved') commit(); }, RETRY_MS[Math.min(failures - 1, RETRY_MS.length - 1)]);
  };

  const scheduleBatch = () => {
    if (batchScheduled || finished) return;
    batchScheduled = true;
    schedule(() => { batchScheduled = false; if (dirty) commit(); }, BATCH_MS);
  };

  /** After a change: commit now if it changes what the LMS reports or the LMS is in trouble, else within BATCH_MS. */
  const changed = () => {
    dirty = true;
    const took = giveAll();
    if (!took || current !== 'saved' || statusKey(floor) !== committedStatus) commit();
    else scheduleBatch();
  };

  const setText = (next: string) => {
    text = next;
    const at = now();
    copyValue = seal(stamp(next, at), learner);
    if (!review) writeCopy({ value: copyValue, at, confirmed: false });
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
        setStatus('offline');
      }
      learner = initialized ? lms.get(v.learnerId) : '';
      learnerName = initialized ? lms.get(v.learnerName).trim() : '';
      review = initialized && lms.get(v.mode) === 'review';
      // One copy per learner and course, so a shared computer never mixes two people's answers.
      copyKey = `${COPY_PREFIX}:${index.id}:${learner || 'unknown'}`;
      const handed = initialized ? lms.get(v.suspendData) : '';
      const stored = unseal(handed, learner);
      const lmsState = unstamp(stored.text);
      // Another learner's state, bookmark included, is not ours to show or to build on.
      const saved = stored.foreign ? '' : lmsState.text;
      const location = initialized && !stored.foreign ? lms.get(v.location) : '';
      if (initialized) {
        const count = Number(lms.get(v.interactionCount));
        interactionCount = Number.isFinite(count) && count > 0 ? count : 0;
        // 2004 lets us read which record holds which question, so a new answer updates it; 1.2 interactions are write-only.
        if (lms.version === '2004') {
          for (let n = 0; n < interactionCount; n++) interactionIndex.set(lms.get(`cmi.interactions.${n}.id`), n);
        }
        if (!stored.foreign) floor = v.handedStatus((element) => lms.get(element));
      }
      const copy = readCopy(copyKey);
      const copyText = copy && stateText(copy, learner);
      if (copy && initialized && !stored.foreign && copy.value === handed) {
        // The LMS holds exactly what this browser last wrote: from now on the LMS is the reference.
        if (!copy.confirmed) writeCopy({ ...copy, confirmed: true });
      }
      // A copy the LMS may not have: when the LMS did not start, when its state was someone else's, or when it
      // holds an older state than this browser last wrote (or, for review, none at all).
      const restoredLocalCopy = !!copy && !!copyText && copyText !== saved
        && (!initialized || stored.foreign || (!copy.confirmed && (copy.at >= lmsState.at || (review && saved === ''))));
      setAside = stored.foreign && !restoredLocalCopy;
      if (stored.foreign) {
        console.warn('The LMS gave this learner a saved state that belongs to someone else; it was set aside.');
        // Clear the other learner's bookmark too, so a learner who leaves at once does not resume at it next time.
        if (!review) lms.set(v.location, '');
      }
      const start = restoredLocalCopy ? copyText! : saved || null;
      state = decodeState(index, start).state;
      if (start !== null) {
        text = start;
        copyValue = restoredLocalCopy ? copy!.value : handed;
      }
      let offlineWork: OfflineWork | undefined;
      if (initialized && !review && learner) {
        // Work done here while no LMS answered at launch: whose it is, only the learner can say.
        const other = readCopy(offlineKey);
        const otherText = other && stateText(other, '');
        if (other && otherText && !other.confirmed && other.at >= lmsState.at && otherText !== (start ?? '')) {
          offline = { copy: other, text: otherText };
          offlineWork = { at: other.at, ...summarize(index, decodeState(index, otherText).state) };
        }
      }
      if (initialized && !review) {
        // "incomplete" from the first launch on: an LMS that closes a "not attempted" session may mark it completed.
        floor = atLeast(floor, { ...nothingYet, completion: 'incomplete' });
        // What the LMS holds: a restored copy that reports more is committed at once, anything else with the next batch.
        committedStatus = statusKey(floor);
        if (restoredLocalCopy) { setText(copyText!); changed(); } else v.status(reported()).forEach(([element, value]) => give(element, value));
      }
      return { text: start, location, restoredLocalCopy, learnerName, review, ...(offlineWork ? { offlineWork } : {}) };
    },
    read: () => text,
    foreignStateSetAside: () => setAside,
    write(next, event, nextState) {
      if (finished) return false;
      setAside = false;
      // The page's own state: a copy in this window, which outlives the page that sent it.
      state = structuredClone(nextState);
      setText(next);
      if (review) return true;
      queueInteractions(event);
      changed();
      return true;
    },
    onStatus(listener) {
      listeners.add(listener);
      listener(current);
      return () => listeners.delete(listener);
    },
    status: () => current,
    save() {
      if (!finished && dirty) commit();
    },
    useOfflineWork(use) {
      if (!offline) return;
      const found = offline;
      offline = undefined;
      // Either way it is settled: the copy is not offered again.
      local?.write(offlineKey, JSON.stringify({ ...found.copy, confirmed: true }));
      if (!use) return;
      state = mergeOfflineWork(index, state, decodeState(index, found.text).state);
      setText(encodeState(index, state));
      changed();
    },
    finish() {
      if (finished) return;
      if (initialized && !review) {
        const s = reported();
        // Finished means nothing left to do; anything else suspends, so the LMS keeps the state for next time.
        const done = s.completion === 'completed' && s.success !== 'failed';
        give(v.sessionTime, v.timespan(now() - startedAt));
        give(v.exit, done ? v.exitNormal : v.exitSuspend);
        dirty = true;
        commit();
      }
      finished = true;
      if (initialized) lms.terminate();
    },
    commits: () => commitCount,
  };
}
