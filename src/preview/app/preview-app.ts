/**
 * The preview LMS in the browser: scorm-again plays the LMS; a facade in front
 * of it can refuse commits or vanish on demand; each package's "LMS record"
 * is kept in localStorage so Exit then Relaunch resumes like a real LMS.
 */
import * as scorm12 from 'scorm-again/scorm12';
import * as scorm2004 from 'scorm-again/scorm2004';
import type { CatalogEntry } from '../package-catalog.ts';

const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof scorm12.default };
const { Scorm2004API } = scorm2004 as unknown as { Scorm2004API: typeof scorm2004.default };
type Api = InstanceType<typeof Scorm12API> | InstanceType<typeof Scorm2004API>;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const entries = JSON.parse($('catalog').textContent ?? '[]') as CatalogEntry[];
const frame = $<HTMLIFrameElement>('lms-frame');
const faults = { refuse: false, vanish: false };
let current: { entry: CatalogEntry; api: Api } | undefined;

const recordKey = (e: CatalogEntry) => `lms-preview:${e.name}`;
const say = (text: string) => { $('lms-status').textContent = text; };

function selected(): CatalogEntry | undefined {
  const lang = $<HTMLSelectElement>('lang').value, version = $<HTMLSelectElement>('version').value, scope = $<HTMLSelectElement>('scope').value;
  return entries.find((e) => e.lang === lang && e.version === version && e.scope === scope);
}

/** What survives between attempts, as a real LMS stores it. */
function saveRecord() {
  if (!current) return;
  const cmi = (current.api.renderCommitCMI(true) as unknown as { cmi: Record<string, unknown> }).cmi;
  localStorage.setItem(recordKey(current.entry), JSON.stringify(cmi));
  render();
}

/** The object the course finds: every call goes through the fault switches first. */
function facade(api: Api): Record<string, unknown> {
  const target = api as unknown as Record<string, (...a: string[]) => unknown>;
  return new Proxy({}, {
    get: (_t, name: string) => {
      const real = target[name];
      if (typeof real !== 'function') return real;
      return (...args: string[]) => {
        if (faults.vanish) throw new Error('The LMS has gone away (preview fault).');
        if (faults.refuse && (name === 'Commit' || name === 'LMSCommit')) { say('Refused a commit (preview fault).'); return 'false'; }
        const result = real.apply(api, args);
        if (['Commit', 'LMSCommit', 'Terminate', 'LMSFinish'].includes(name)) { saveRecord(); say(`${name} at ${new Date().toLocaleTimeString()}`); }
        else if (name === 'SetValue' || name === 'LMSSetValue') render();
        return result;
      };
    },
  });
}

function launch(entry: CatalogEntry | undefined) {
  if (!entry) { say('No such package: build it first (module packages: npm run package -- --per-module).'); return; }
  exit();
  const settings = { autocommit: false, lmsCommitUrl: false as const, logLevel: 5 as const };
  const api: Api = entry.version === '2004' ? new Scorm2004API(settings) : new Scorm12API(settings);
  const saved = localStorage.getItem(recordKey(entry));
  if (saved) {
    const cmi = JSON.parse(saved) as Record<string, unknown>;
    // A new session resumes: keep what the LMS stored, mark the entry as a resume.
    if (entry.version === '2004') cmi.entry = 'resume';
    else (cmi.core as Record<string, unknown>).entry = 'resume';
    api.loadFromJSON({ cmi } as never, '');
  }
  // The learner's name is read-only for the course; an LMS sets it before the session starts.
  const name = $<HTMLInputElement>('learner-name').value;
  if (entry.version === '2004') (api as InstanceType<typeof Scorm2004API>).cmi.learner_name = name;
  else (api as InstanceType<typeof Scorm12API>).cmi.core.student_name = name;
  current = { entry, api };
  const w = window as unknown as Record<string, unknown>;
  delete w.API; delete w.API_1484_11;
  w[entry.version === '2004' ? 'API_1484_11' : 'API'] = facade(api);
  frame.src = `/lms/pkg/${entry.name}/${entry.launch}`;
  say(`Launched ${entry.name}${saved ? ' (resuming)' : ''}.`);
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
  localStorage.removeItem(recordKey(entry));
  current = undefined;
  render();
  say(`Attempt reset for ${entry.name}: the next launch starts fresh.`);
});
$('refuse-commits').addEventListener('change', (e) => { faults.refuse = (e.target as HTMLInputElement).checked; });
$('vanish').addEventListener('change', (e) => { faults.vanish = (e.target as HTMLInputElement).checked; });
