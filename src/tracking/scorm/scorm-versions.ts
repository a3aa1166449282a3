/**
 * Everything that differs between SCORM 1.2 and SCORM 2004 4th Edition, in one
 * place: element names, vocabularies and the formats of times and responses.
 */
import type { CourseStatus } from '../../progress/scoring.ts';
import { handedNumber, nothingYet } from './status-floor.ts';

export type ScormVersion = '1.2' | '2004';

export interface VersionRules {
  location: string;
  suspendData: string;
  sessionTime: string;
  exit: string;
  /** Values of `exit` for leaving unfinished and for leaving done. */
  exitSuspend: string;
  exitNormal: string;
  interactionCount: string;
  learnerId: string;
  /** The learner's name as the LMS has it: text from outside, shown only as text. */
  learnerName: string;
  /** The status fields to write, as [element, value] pairs. */
  status(status: CourseStatus): [string, string][];
  /** What the LMS holds for this attempt, read at launch (the floor the course never reports below). */
  handedStatus(get: (element: string) => string): CourseStatus;
  /** The element that says whether the LMS runs this launch for review ("review") or as normal. */
  mode: string;
  /** Session or latency time span in this version's format. */
  timespan(ms: number): string;
  /** An interaction's timestamp element and value, if the version has one. */
  timestamp(n: number, at: Date): [string, string];
  learnerResponse: string;
  /** Separators inside responses: between items, and inside a matching pair. */
  listSeparator: string;
  pairSeparator: string;
  /** The type to use for a scenario path. */
  scenarioType: string;
  /** The result word for a wrong answer (2004 says "incorrect"). */
  wrong: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export const versions: Record<ScormVersion, VersionRules> = {
  '2004': {
    location: 'cmi.location',
    suspendData: 'cmi.suspend_data',
    sessionTime: 'cmi.session_time',
    exit: 'cmi.exit',
    exitSuspend: 'suspend',
    exitNormal: 'normal',
    interactionCount: 'cmi.interactions._count',
    learnerId: 'cmi.learner_id',
    learnerName: 'cmi.learner_name',
    status: (s) => [
      // Once launched the course has been attempted, so "not attempted" is reported as "incomplete".
      ['cmi.completion_status', s.completion === 'completed' ? 'completed' : 'incomplete'],
      ['cmi.success_status', s.success],
      ['cmi.progress_measure', String(s.progress)],
      ...(s.score !== undefined
        ? ([['cmi.score.min', '0'], ['cmi.score.max', '100'], ['cmi.score.raw', String(s.score)], ['cmi.score.scaled', String(s.score / 100)]] as [string, string][])
        : []),
    ],
    handedStatus: (get) => {
      const completion = get('cmi.completion_status');
      const success = get('cmi.success_status');
      const raw = handedNumber(get('cmi.score.raw')) ?? (handedNumber(get('cmi.score.scaled')) ?? NaN) * 100;
      return {
        completion: completion === 'completed' ? 'completed' : completion === 'incomplete' ? 'incomplete' : 'not attempted',
        success: success === 'passed' || success === 'failed' ? success : 'unknown',
        progress: handedNumber(get('cmi.progress_measure')) ?? 0,
        ...(Number.isFinite(raw) ? { score: raw } : {}),
      };
    },
    mode: 'cmi.mode',
    timespan: (ms) => `PT${Math.floor(ms / 3_600_000)}H${Math.floor(ms / 60_000) % 60}M${((ms % 60_000) / 1000).toFixed(2)}S`,
    timestamp: (n, at) => [`cmi.interactions.${n}.timestamp`, at.toISOString().slice(0, 19)],
    learnerResponse: 'learner_response',
    listSeparator: '[,]',
    pairSeparator: '[.]',
    scenarioType: 'other',
    wrong: 'incorrect',
  },
  '1.2': {
    location: 'cmi.core.lesson_location',
    suspendData: 'cmi.suspend_data',
    sessionTime: 'cmi.core.session_time',
    exit: 'cmi.core.exit',
    exitSuspend: 'suspend',
    exitNormal: '',
    interactionCount: 'cmi.interactions._count',
    learnerId: 'cmi.core.student_id',
    learnerName: 'cmi.core.student_name',
    // 1.2 has one status for completion and success together. An LMS may set lesson_status from the score and
    // the manifest's mastery score itself (Moodle's mastery override), so the score goes out only with the status
    // that rule would give it: passed or failed, never beside incomplete.
    status: (s) => {
      const lessonStatus = s.completion !== 'completed' ? 'incomplete' : s.success === 'failed' ? 'failed' : s.success === 'passed' ? 'passed' : 'completed';
      return [
        ['cmi.core.lesson_status', lessonStatus],
        ...(s.score !== undefined && (lessonStatus === 'passed' || lessonStatus === 'failed')
          ? ([['cmi.core.score.min', '0'], ['cmi.core.score.max', '100'], ['cmi.core.score.raw', String(s.score)]] as [string, string][])
          : []),
      ];
    },
    handedStatus: (get) => {
      const status = get('cmi.core.lesson_status');
      const score = handedNumber(get('cmi.core.score.raw'));
      // A score counts only beside the status it explains; a raw score next to "incomplete" says nothing.
      if (status === 'passed' || status === 'failed') return { completion: 'completed', success: status, progress: 0, ...(score !== undefined ? { score } : {}) };
      if (status === 'completed') return { ...nothingYet, completion: 'completed' };
      if (status === 'incomplete') return { ...nothingYet, completion: 'incomplete' };
      return nothingYet;
    },
    mode: 'cmi.core.lesson_mode',
    timespan: (ms) => {
      const s = Math.floor(ms / 1000);
      return `${pad(Math.floor(s / 3600), 4)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
    },
    timestamp: (n, at) => [`cmi.interactions.${n}.time`, `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}`],
    learnerResponse: 'student_response',
    listSeparator: ',',
    pairSeparator: '.',
    scenarioType: 'performance',
    wrong: 'wrong',
  },
};
