/**
 * How a real LMS stores what a course sends, as switches of the preview: the
 * habits of Moodle's own SCORM player (see ../shared/reference/lms-findings.md),
 * which other LMSs share. With every switch off the preview stores the whole
 * data model at each Commit, as scorm-again alone would. Pure functions over a
 * flat map of elements ("core.lesson_status" -> value), so they can be tested
 * without a browser.
 */
import type { ScormVersion } from '../../tracking/scorm/scorm-versions.ts';

export interface LmsRules {
  /** A Commit posts only the elements that changed: 2004 against the values handed out at launch, 1.2 against the last posted. */
  deltaPosting: boolean;
  /** After a finished attempt the next launch is for review; 2004 hands out saved data only after exit = "suspend". */
  reviewAfterFinish: boolean;
  /** While the course unloads, Commit and Terminate go as beacons: "true" at once, delivered later in either order, lost if refused. */
  beaconAtUnload: boolean;
  /** 1.2: LMSFinish turns lesson_status "not attempted" into "completed". */
  finishCompletes: boolean;
  /** 1.2: at LMSFinish, lesson_status follows the score and the manifest's mastery score. */
  masteryOverride: boolean;
}

export const ruleNames: (keyof LmsRules)[] = ['deltaPosting', 'reviewAfterFinish', 'beaconAtUnload', 'finishCompletes', 'masteryOverride'];
export const noRules = (): LmsRules => ({ deltaPosting: false, reviewAfterFinish: false, beaconAtUnload: false, finishCompletes: false, masteryOverride: false });
/** The Moodle profile: every rule on, and a server that takes this long per synchronous Commit. */
export const MOODLE_SERVER_MS = 2000;

export type Flat = Record<string, string>;

/** scorm-again's nested cmi as element -> value, leaves only. */
export function flatten(obj: Record<string, unknown>, prefix = '', out: Flat = {}): Flat {
  for (const [key, value] of Object.entries(obj)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') flatten(value as Record<string, unknown>, path, out);
    else if (value !== undefined && value !== null) out[path] = String(value);
  }
  return out;
}

export function unflatten(flat: Flat): Record<string, any> {
  const root: Record<string, any> = {};
  for (const [path, value] of Object.entries(flat)) {
    const keys = path.split('.');
    let node = root;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {});
    node[keys.at(-1)!] = value;
  }
  return root;
}

/** Elements the LMS sets itself and a course never posts. */
const NOT_POSTED = /^(core\.)?(learner_id|learner_name|student_id|student_name|entry|mode|lesson_mode|credit|total_time|launch_data|student_data\..*|learner_preference\..*|student_preference\..*|completion_threshold|scaled_passing_score|time_limit_action|max_time_allowed)$/;

const isFinished = (version: ScormVersion, stored: Flat) => version === '2004'
  ? stored.completion_status === 'completed' || stored.success_status === 'passed'
  : stored['core.lesson_status'] === 'completed' || stored['core.lesson_status'] === 'passed';

/** What a launch hands the course from the stored record (flat), and whether it runs in review mode. */
export function handOut(version: ScormVersion, stored: Flat | undefined, rules: LmsRules): { cmi: Flat; review: boolean } {
  if (!stored) return { cmi: {}, review: false };
  const review = rules.reviewAfterFinish && isFinished(version, stored);
  if (version === '2004') {
    // 2004 restores the data only after a suspended exit; otherwise a new start with nothing in it.
    if (rules.reviewAfterFinish && stored.exit !== 'suspend') return { cmi: { entry: 'ab-initio', ...(review ? { mode: 'review' } : {}) }, review };
    return { cmi: { ...stored, entry: 'resume', ...(review ? { mode: 'review' } : {}) }, review };
  }
  return { cmi: { ...stored, 'core.entry': 'resume', ...(review ? { 'core.lesson_mode': 'review' } : {}) }, review };
}

/** 1.2 at LMSFinish: what Moodle's player does to lesson_status before it posts. */
export function atFinish(current: Flat, rules: LmsRules, masteryScore: number | undefined): Flat {
  const next = { ...current };
  if (rules.finishCompletes && (next['core.lesson_status'] ?? 'not attempted') === 'not attempted') next['core.lesson_status'] = 'completed';
  const raw = next['core.score.raw'] ?? '';
  if (rules.masteryOverride && masteryScore !== undefined && raw !== '') {
    next['core.lesson_status'] = Number(raw) >= masteryScore ? 'passed' : 'failed';
  }
  return next;
}

/** The elements a Commit or Terminate posts: all of them, or (delta posting) those that differ from the reference. */
export function toPost(current: Flat, reference: Flat, rules: LmsRules): Flat {
  const post: Flat = {};
  for (const [element, value] of Object.entries(current)) {
    if (NOT_POSTED.test(element)) continue;
    if (rules.deltaPosting && (reference[element] ?? '') === value) continue;
    post[element] = value;
  }
  return post;
}
