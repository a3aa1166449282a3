/**
 * The preview LMS in the browser: scorm-again plays the LMS; a facade in front
 * of it misbehaves on demand (lms-faults.ts); each learner's "LMS record" of
 * each package is kept in localStorage so Exit then Relaunch resumes like a
 * real LMS. Two learners, so a mix-up of their records can be tried.
 */
import * as scorm12 from 'scorm-again/scorm12';
import * as scorm2004 from 'scorm-again/scorm2004';
import type { CatalogEntry } from '../package-catalog.ts';
import { faultyFacade, noFaults, SLOW_COMMIT_MS } from './lms-faults.ts';
import { LEARNERS, OTHER_COURSE_STATE, type SavedStateSource } from './preview-learners.ts';

const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof scorm12.default };
const { Scorm2004API } = scorm2004 as unknown as { Scorm2004API: typeof scorm2004.default };
type Api = InstanceType<typeof Scorm12API> | InstanceType<typeof Scorm2004API>;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const entries = JSON.parse($('catalog').textContent ?? '[]') as CatalogEntry[];
const frame = $<HTMLIFrameElement>('lms-frame');
const faults = noFaults();
interface Attempt { entry: CatalogEntry; learner: string; api: Api }
let current: Attempt | undefined;

const recordKey = (e: CatalogEntry, learner: string) => `lms-preview:${learner}:${e.name}`;
const learnerId = () => $<HTMLSelectElement>('learner').value;
const say = (text: string) => { $('lms-status').textContent = text; };

function selected(): CatalogEntry | undefined {
  const lang = $<HTMLSelectElement>('lang').value, version = $<HTMLSelectElement>('version').value, scope = $<HTMLSelectElement>('scope').value;
  return entries.find((e) => e.lang === lang && e.version === version && e.scope === scope);
}

/** What survives between attempts, as a real LMS stores it. */
function saveRecord(attempt: Attempt) {
  const cmi = (attempt.api.renderCommitCMI(true) as unknown as { cmi: Record<string, unknown> }).cmi;
  localStorage.setItem(recordKey(attempt.entry, attempt.learner), JSON.stringify(cmi));
}

/** Bound to one attempt: a course closing late (its Terminate after a relaunch began) still saves into its own record. */
const hooksFor = (attempt: Attempt) => ({
  say,
  after(name: string) {
    const stored = ['Commit', 'LMSCommit', 'Terminate', 'LMSFinish'].includes(name);
    if (stored) { saveRecord(attempt); say(`${name} at ${new Date().toLocaleTimeString()}`); }
    if (attempt === current && (stored || name === 'SetValue' || name === 'LMSSetValue')) renderSoon();
  },
});

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
  const saved = localStorage.getItem(recordKey(entry, learner.id));
  const cmi = (saved ? JSON.parse(saved) : entry.version === '2004' ? {} : { core: {} }) as Record<string, any>;
  // A new session resumes: keep what the LMS stored, mark the entry as a resume.
  if (saved) { if (entry.version === '2004') cmi.entry = 'resume'; else cmi.core.entry = 'resume'; }
  if (entry.version === '2004') Object.assign(cmi, { learner_id: learner.id, learner_name: learner.name });
  else Object.assign(cmi.core, { student_id: learner.id, student_name: learner.name });
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
  current = { entry, learner: learner.id, api };
  const w = window as unknown as Record<string, unknown>;
  delete w.API; delete w.API_1484_11;
  w[entry.version === '2004' ? 'API_1484_11' : 'API'] = faultyFacade(api, faults, hooksFor(current));
  frame.src = `/lms/pkg/${entry.name}/${entry.launch}`;
  say(`Launched ${entry.name} for ${learner.name}${saved ? ' (resuming)' : ''}${wrong ? ', handing it the wrong saved state (preview fault)' : ''}.`);
  render();
}

function exit() {
  if (!current) return;
  // Removing the course page is what an LMS does on exit: the course gets pagehide and terminates.
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
    ? [['completion', cmi.completion_status], ['success', cmi.success_status], ['score', cmi.score?.raw], ['scaled', cmi.score?.scaled], ['progress', cmi.progress_measure], ['location', cmi.location], ['exit', cmi.exit], ['suspend_data', `${String(cmi.suspend_data ?? '').length} characters`]]
    : [['lesson_status', core.lesson_status], ['score', core.score?.raw], ['location', core.lesson_location], ['exit', core.exit], ['suspend_data', `${String(cmi.suspend_data ?? '').length} of 4096 characters`]];
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
$('slow').addEventListener('change', (e) => { faults.slowCommitMs = (e.target as HTMLInputElement).checked ? SLOW_COMMIT_MS : 0; });
