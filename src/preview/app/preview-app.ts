/**
 * The preview LMS in the browser: scorm-again plays the LMS; a facade in front
 * of it misbehaves on demand (lms-faults.ts); each learner's "LMS record" of
 * each package is kept in localStorage so Exit then Relaunch resumes like a
 * real LMS. What reaches the record, and what the next launch hands out, follow
 * a real LMS's habits when switched on (lms-rules.ts; the Moodle profile turns
 * them all on). Two learners, so a mix-up of their records can be tried.
 */
import * as scorm12 from 'scorm-again/scorm12';
import * as scorm2004 from 'scorm-again/scorm2004';
import type { CatalogEntry } from '../package-catalog.ts';
import { faultyFacade, noFaults, SLOW_COMMIT_MS } from './lms-faults.ts';
import { atFinish, flatten, handOut, MOODLE_SERVER_MS, noRules, ruleNames, toPost, unflatten, type Flat } from './lms-rules.ts';
import { LEARNERS, OTHER_COURSE_STATE, type SavedStateSource } from './preview-learners.ts';

const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof scorm12.default };
const { Scorm2004API } = scorm2004 as unknown as { Scorm2004API: typeof scorm2004.default };
type Api = InstanceType<typeof Scorm12API> | InstanceType<typeof Scorm2004API>;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const entries = JSON.parse($('catalog').textContent ?? '[]') as CatalogEntry[];
const frame = $<HTMLIFrameElement>('lms-frame');
const faults = noFaults();
const rules = noRules();
interface Attempt {
  entry: CatalogEntry; learner: string; api: Api;
  /** What delta posting compares with: the launch values (2004), or the last posted (1.2). */
  reference: Flat;
  /** Set when the LMS removes the course: its Commit and Terminate then go as beacons (with that rule on). */
  unloading: boolean;
  review: boolean;
  commits: number;
  /** Every posted field is a database write on a real LMS. */
  fieldsPosted: number;
}
let current: Attempt | undefined;
/** The preview page itself is going (a reload or a closed tab): beacons are delivered at once, or never. */
let pageGone = false;
const inFlight = new Set<() => void>();
const STORING = ['Commit', 'LMSCommit', 'Terminate', 'LMSFinish'];

const recordKey = (e: CatalogEntry, learner: string) => `lms-preview:${learner}:${e.name}`;
const learnerId = () => $<HTMLSelectElement>('learner').value;
const say = (text: string) => { $('lms-status').textContent = text; };

function selected(): CatalogEntry | undefined {
  const lang = $<HTMLSelectElement>('lang').value, version = $<HTMLSelectElement>('version').value, scope = $<HTMLSelectElement>('scope').value;
  return entries.find((e) => e.lang === lang && e.version === version && e.scope === scope);
}

const cmiOf = (api: Api) => (api.renderCommitCMI(true) as unknown as { cmi: Record<string, unknown> }).cmi;
const readRecord = (entry: CatalogEntry, learner: string): Flat | undefined => {
  const saved = localStorage.getItem(recordKey(entry, learner));
  return saved ? flatten(JSON.parse(saved) as Record<string, unknown>) : undefined;
};

/** Requests the server has answered (stored or refused), on the status line for anyone waiting for a late beacon. */
let delivered = 0;
/** The server stores what a Commit or Terminate posted: what survives between attempts. */
function store(attempt: Attempt, fields: Flat, name: string, beacon: boolean) {
  $('lms-status').dataset.delivered = String(++delivered);
  if (beacon && faults.refuse) { say(`Refused the ${name} sent while the course closed; the course was told "true" (preview fault).`); return; }
  const record = { ...readRecord(attempt.entry, attempt.learner), ...fields };
  localStorage.setItem(recordKey(attempt.entry, attempt.learner), JSON.stringify(unflatten(record)));
  say(`${name} at ${new Date().toLocaleTimeString()}${beacon ? ' (sent while the course closed)' : ''}`);
  if (attempt === current) renderSoon();
}

/** What a Commit or Terminate posts to the server, under the rules switched on. */
function post(attempt: Attempt, name: string) {
  const finishing = name === 'Terminate' || name === 'LMSFinish';
  let data = flatten(cmiOf(attempt.api));
  if (finishing && attempt.entry.version === '1.2') data = atFinish(data, rules, attempt.entry.masteryScore);
  const fields = toPost(data, attempt.reference, rules);
  if (attempt.entry.version === '1.2') Object.assign(attempt.reference, fields);
  if (!finishing) attempt.commits++;
  attempt.fieldsPosted += Object.keys(fields).length;
  const beacon = isBeacon(attempt, name);
  if (!beacon || pageGone) { store(attempt, fields, name, beacon); return; }
  // Beacons arrive in no guaranteed order: Commit and Terminate race.
  const deliver = () => { if (inFlight.delete(deliver)) store(attempt, fields, name, true); };
  inFlight.add(deliver);
  setTimeout(deliver, Math.random() * 300);
}

const isBeacon = (attempt: Attempt, name: string) => rules.beaconAtUnload && (attempt.unloading || pageGone) && STORING.includes(name);

/** Bound to one attempt: a course closing late (its Terminate after a relaunch began) still saves into its own record. */
const hooksFor = (attempt: Attempt) => ({
  say,
  asBeacon: (name: string) => isBeacon(attempt, name),
  after(name: string) {
    const stored = STORING.includes(name);
    if (stored) post(attempt, name);
    if (attempt === current && (stored || name === 'SetValue' || name === 'LMSSetValue')) renderSoon();
  },
});
window.addEventListener('pagehide', () => { pageGone = true; [...inFlight].forEach((deliver) => deliver()); });

/** A commit follows a burst of SetValue calls: draw the LMS's data once per frame, not once per call. */
let renderQueued = false;
function renderSoon() {
  if (renderQueued) return;
  renderQueued = true;
  requestAnimationFrame(() => { renderQueued = false; render(); });
}

/** What this launch hands the course as its saved state: its own, or (a fault) someone else's. */
function savedStateFor(entry: CatalogEntry, learner: string): { suspend_data: string; location: string } | undefined {
  const source = $<HTMLSelectElement>('saved-state').value as SavedStateSource;
  if (source === 'other-course') return { suspend_data: OTHER_COURSE_STATE, location: '' };
  if (source !== 'other-learner') return undefined;
  const other = LEARNERS.find((l) => l.id !== learner)!;
  const cmi = JSON.parse(localStorage.getItem(recordKey(entry, other.id)) ?? 'null') as Record<string, any> | null;
  return { suspend_data: String(cmi?.suspend_data ?? ''), location: String(cmi?.location ?? cmi?.core?.lesson_location ?? '') };
}

function launch(entry: CatalogEntry | undefined) {
  if (!entry) { say('No such package: build it first (module packages: npm run package -- --per-module).'); return; }
  exit();
  const settings = { autocommit: false, lmsCommitUrl: false as const, logLevel: 5 as const };
  const api: Api = entry.version === '2004' ? new Scorm2004API(settings) : new Scorm12API(settings);
  const learner = LEARNERS.find((l) => l.id === learnerId())!;
  const saved = readRecord(entry, learner.id);
  // A new session resumes with what the LMS stored (or, under the rules, what it chooses to hand out).
  const handed = handOut(entry.version, saved, rules);
  const cmi = unflatten(handed.cmi);
  if (entry.version === '2004') Object.assign(cmi, { learner_id: learner.id, learner_name: learner.name });
  else {
    cmi.core = { ...cmi.core, student_id: learner.id, student_name: learner.name };
    if (entry.masteryScore !== undefined) cmi.student_data = { ...cmi.student_data, mastery_score: String(entry.masteryScore) };
  }
  const wrong = savedStateFor(entry, learner.id);
  if (wrong) {
    cmi.suspend_data = wrong.suspend_data;
    if (entry.version === '2004') cmi.location = wrong.location; else cmi.core.lesson_location = wrong.location;
  }
  api.loadFromJSON({ cmi } as never, '');
  // The learner's name is read-only for the course; an LMS sets it before the session starts. The field, when filled, overrides the preset learner's.
  const name = $<HTMLInputElement>('learner-name').value || learner.name;
  if (entry.version === '2004') (api as InstanceType<typeof Scorm2004API>).cmi.learner_name = name;
  else (api as InstanceType<typeof Scorm12API>).cmi.core.student_name = name;
  current = { entry, learner: learner.id, api, reference: flatten(cmiOf(api)), unloading: false, review: handed.review, commits: 0, fieldsPosted: 0 };
  const w = window as unknown as Record<string, unknown>;
  delete w.API; delete w.API_1484_11;
  w[entry.version === '2004' ? 'API_1484_11' : 'API'] = faultyFacade(api, faults, hooksFor(current));
  frame.src = `/lms/pkg/${entry.name}/${entry.launch}`;
  say(`Launched ${entry.name} for ${learner.name}${handed.review ? ' for review' : saved ? ' (resuming)' : ''}${wrong ? ', handing it the wrong saved state (preview fault)' : ''}.`);
  render();
}

function exit() {
  if (!current) return;
  // Removing the course page is what an LMS does on exit: the course gets pagehide and terminates.
  current.unloading = true;
  frame.src = 'about:blank';
  say(`Exited ${current.entry.name}.`);
}

function render() {
  const dl = $('lms-data'), rows = $('interactions');
  dl.replaceChildren(); rows.replaceChildren();
  if (!current) return;
  const cmi = (current.api.renderCommitCMI(true) as unknown as { cmi: Record<string, any> }).cmi;
  const core = cmi.core ?? {};
  const fields: [string, unknown][] = current.entry.version === '2004'
    ? [['mode', current.review ? 'review' : 'normal'], ['commits', current.commits], ['fields posted', current.fieldsPosted], ['completion', cmi.completion_status], ['success', cmi.success_status], ['score', cmi.score?.raw], ['scaled', cmi.score?.scaled], ['progress', cmi.progress_measure], ['location', cmi.location], ['exit', cmi.exit], ['suspend_data', `${String(cmi.suspend_data ?? '').length} characters`]]
    : [['mode', current.review ? 'review' : 'normal'], ['commits', current.commits], ['fields posted', current.fieldsPosted], ['lesson_status', core.lesson_status], ['score', core.score?.raw], ['location', core.lesson_location], ['exit', core.exit], ['suspend_data', `${String(cmi.suspend_data ?? '').length} of 4096 characters`]];
  for (const [k, v] of fields) {
    const dt = document.createElement('dt'); dt.textContent = k;
    const dd = document.createElement('dd'); dd.textContent = v === undefined || v === '' ? '–' : String(v); dd.dataset.field = k;
    dl.append(dt, dd);
  }
  for (const i of Object.values((cmi.interactions ?? {}) as Record<string, any>)) {
    const tr = document.createElement('tr');
    for (const v of [i.id, i.type, i.learner_response ?? i.student_response, i.result]) {
      const td = document.createElement('td'); td.textContent = String(v ?? ''); tr.append(td);
    }
    rows.append(tr);
  }
}

$('launch-form').addEventListener('submit', (e) => { e.preventDefault(); launch(selected()); });
$('exit').addEventListener('click', exit);
$('relaunch').addEventListener('click', () => launch(current?.entry ?? selected()));
$('reset').addEventListener('click', () => {
  const entry = current?.entry ?? selected();
  if (!entry) return;
  exit();
  localStorage.removeItem(recordKey(entry, learnerId()));
  current = undefined;
  render();
  say(`Attempt reset for ${entry.name}: the next launch starts fresh.`);
});
$('refuse-commits').addEventListener('change', (e) => { faults.refuse = (e.target as HTMLInputElement).checked; });
$('throw-all').addEventListener('change', (e) => { faults.throwAll = (e.target as HTMLInputElement).checked; });
$('vanish').addEventListener('change', (e) => { faults.vanish = (e.target as HTMLInputElement).checked; });
const serverTime = () => { faults.slowCommitMs = $<HTMLInputElement>('slow').checked ? SLOW_COMMIT_MS : $<HTMLInputElement>('moodle').checked ? MOODLE_SERVER_MS : 0; };
$('slow').addEventListener('change', serverTime);
for (const name of ruleNames) $(`rule-${name}`).addEventListener('change', (e) => { rules[name] = (e.target as HTMLInputElement).checked; });
$('moodle').addEventListener('change', (e) => {
  const on = (e.target as HTMLInputElement).checked;
  for (const name of ruleNames) { rules[name] = on; $<HTMLInputElement>(`rule-${name}`).checked = on; }
  serverTime();
});
