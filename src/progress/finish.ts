/**
 * Whether the course is finished, what is left, and what the certificate says.
 * Pure, and derived from the same course status the LMS is told (scoring.ts),
 * so the home page, the module pages, the finish page and the LMS agree.
 */
import type { CourseIndex } from '../course/course-index.ts';
import type { Lang } from '../i18n/languages.ts';
import type { ProgressState } from './progress-state.ts';
import { courseStatus } from './scoring.ts';

export interface AssessmentStanding {
  /** Submitted attempts. */
  attempts: number;
  /** Best score in percent, once an attempt was submitted. */
  bestScore?: number;
  masteryScore: number;
  /** The best score reaches the mastery score. */
  passed: boolean;
}

export interface FinishStatus {
  lessonsTotal: number;
  lessonsVisited: number;
  /** Lesson keys not visited yet, in course order. */
  lessonsLeft: string[];
  /** Ids of the modules whose lessons are all visited, in course order. */
  modulesDone: string[];
  assessment: AssessmentStanding;
  /** Every lesson visited and the final assessment passed: the certificate is earned. */
  finished: boolean;
}

export function assessmentStanding(index: CourseIndex, state: ProgressState, status = courseStatus(index, state)): AssessmentStanding {
  const bestScore = state.assessment?.bestScore;
  return {
    attempts: state.assessment?.attempts ?? 0,
    ...(bestScore !== undefined ? { bestScore } : {}),
    masteryScore: index.masteryScore,
    passed: status.success === 'passed',
  };
}

export function finishStatus(index: CourseIndex, state: ProgressState): FinishStatus {
  const lessons = index.modules.flatMap((m) => m.lessons);
  const lessonsLeft = lessons.filter((k) => !state.visited.includes(k));
  const status = courseStatus(index, state);
  const assessment = assessmentStanding(index, state, status);
  return {
    lessonsTotal: lessons.length,
    lessonsVisited: lessons.length - lessonsLeft.length,
    lessonsLeft,
    modulesDone: index.modules.filter((m) => m.lessons.every((k) => state.visited.includes(k))).map((m) => m.id),
    assessment,
    // The LMS's "completed" and "passed", nothing of our own: a certificate never claims more than the LMS records.
    finished: status.completion === 'completed' && status.success === 'passed',
  };
}

/** What the certificate states about the learning, or undefined while it is not earned. */
export interface CertificateFacts {
  /** Best final-assessment score in percent. */
  score: number;
  masteryScore: number;
}

export function certificateFacts(index: CourseIndex, state: ProgressState): CertificateFacts | undefined {
  const status = finishStatus(index, state);
  const score = status.assessment.bestScore;
  return status.finished && score !== undefined ? { score, masteryScore: index.masteryScore } : undefined;
}

/** Longest name the certificate takes: a full name fits, a pasted paragraph does not. */
export const NAME_MAX = 80;

/** A name as typed or as the LMS gives it: spaces tidied, control characters out, cut to NAME_MAX. */
export function cleanName(raw: string): string {
  return raw.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, NAME_MAX).trim();
}

/**
 * SCORM asks LMSs for "family name, given names" (cmi.core.student_name,
 * cmi.learner_name); a certificate reads "given names family name". A name
 * with exactly one comma is turned round; any other is kept as the LMS wrote it.
 */
export function nameFromLms(raw: string): string {
  const name = cleanName(raw);
  const parts = name.split(',');
  if (parts.length !== 2) return name;
  const [family, given] = parts.map((p) => p.trim());
  return family && given ? `${given} ${family}` : name.replace(',', '').trim();
}

export type NameSource = 'lms' | 'typed' | 'none';

/** The name on the certificate: the LMS's when it has one, else what the learner typed on this device. */
export function certificateName(lmsName: string, typedName: string): { name: string; source: NameSource } {
  const fromLms = nameFromLms(lmsName);
  if (fromLms) return { name: fromLms, source: 'lms' };
  const typed = cleanName(typedName);
  return typed ? { name: typed, source: 'typed' } : { name: '', source: 'none' };
}

const locales: Record<Lang, string> = { nb: 'nb-NO', sv: 'sv-SE', en: 'en-GB' };

/** The certificate's date, written out in the course language (e.g. "2 December 2026"). */
export function certificateDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(locales[lang], { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}
