/** The preview LMS page: controls on the left, the course in a frame on the right. Plain HTML; app.js brings it to life. */
import type { CatalogEntry } from './package-catalog.ts';
import { SLOW_COMMIT_MS } from './app/lms-faults.ts';
import { MOODLE_SERVER_MS } from './app/lms-rules.ts';
import { LEARNERS } from './app/preview-learners.ts';
import { isLang, languageNames } from '../i18n/languages.ts';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function previewPage(entries: CatalogEntry[]): string {
  const scopes = [...new Set(entries.map((e) => e.scope))].sort((a, b) => (a === 'course' ? -1 : b === 'course' ? 1 : a.localeCompare(b)));
  const options = (values: string[], label: (v: string) => string) => values.map((v) => `<option value="${escape(v)}">${escape(label(v))}</option>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>LMS preview – SE and IPS course</title>
<link rel="icon" href="data:,">
<style>
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1b1f24; display: grid; grid-template-columns: minmax(18rem, 24rem) 1fr; min-height: 100vh; }
  aside { padding: 1rem; background: #f3f5f8; border-right: 1px solid #c9ced6; overflow: auto; max-height: 100vh; }
  main { display: flex; }
  iframe { flex: 1; border: 0; min-height: 100vh; }
  h1 { font-size: 1.2rem; margin: 0 0 .5rem; } h2 { font-size: 1rem; margin: 1rem 0 .25rem; }
  label { display: block; font-weight: 600; margin-top: .5rem; }
  select, button { font: inherit; padding: .35rem .6rem; }
  select, input[type="text"] { width: 100%; box-sizing: border-box; }
  input[type="text"] { font: inherit; padding: .35rem .6rem; }
  button { margin: .25rem .25rem 0 0; border: 1px solid #1d4e89; background: #fff; color: #1d4e89; border-radius: .4rem; cursor: pointer; }
  button.primary { background: #1d4e89; color: #fff; }
  :focus-visible { outline: 3px solid #c2410c; outline-offset: 2px; }
  dl { display: grid; grid-template-columns: auto 1fr; gap: .1rem .75rem; margin: 0; }
  dt { font-weight: 600; } dd { margin: 0; overflow-wrap: anywhere; }
  table { border-collapse: collapse; width: 100%; font-size: .85rem; }
  th, td { border: 1px solid #c9ced6; padding: .15rem .3rem; text-align: left; overflow-wrap: anywhere; }
  .faults label { font-weight: 400; }
  @media (max-width: 50rem) { body { grid-template-columns: 1fr; } aside { max-height: none; } iframe { min-height: 80vh; } }
</style>
</head>
<body>
<aside>
  <h1>LMS preview</h1>
  <p>Runs a built SCORM package with scorm-again as the LMS, as an organisation's LMS would.</p>
  ${entries.length === 0 ? '<p role="alert">No packages in dist/scorm/. Build them first: <code>npm run build</code> (add <code>npm run package -- --per-module</code> for module packages).</p>' : ''}
  <form id="launch-form">
    <label for="lang">Language</label><select id="lang">${options([...new Set(entries.map((e) => e.lang))], (v) => (isLang(v) ? languageNames[v] : v))}</select>
    <label for="version">SCORM version</label><select id="version">${options(['2004', '1.2'], (v) => (v === '2004' ? 'SCORM 2004 4th Edition' : 'SCORM 1.2'))}</select>
    <label for="learner">Learner</label><select id="learner">${LEARNERS.map((l) => `<option value="${escape(l.id)}">${escape(l.name)}</option>`).join('')}</select>
    <label for="scope">Package</label><select id="scope">${options(scopes, (v) => (v === 'course' ? 'Whole course' : `Module: ${v}`))}</select>
    <label for="learner-name">Learner name (optional)</label><input type="text" id="learner-name" autocomplete="off" aria-describedby="learner-name-help">
    <p id="learner-name-help">What the LMS reports as <code>learner_name</code> / <code>student_name</code>, e.g. "Nordmann, Kari".</p>
    <button type="submit" class="primary">Launch</button>
  </form>
  <h2>Attempt</h2>
  <button type="button" id="exit">Exit course</button>
  <button type="button" id="relaunch">Relaunch (resume)</button>
  <button type="button" id="reset">Reset attempt</button>
  <h2>Make the LMS fail</h2>
  <div class="faults">
    <label><input type="checkbox" id="refuse-commits"> Refuse commits</label>
    <label><input type="checkbox" id="throw-all"> Throw on every call</label>
    <label><input type="checkbox" id="vanish"> Disappear (the API loses its methods)</label>
    <label><input type="checkbox" id="slow"> Answer slowly (each commit takes ${SLOW_COMMIT_MS / 1000} s)</label>
    <label for="saved-state">Saved state handed out at launch</label>
    <select id="saved-state"><option value="own">The learner's own</option><option value="other-learner">The other learner's (mix-up)</option><option value="other-course">Another course's</option></select>
  </div>
  <h2>Behave like a real LMS</h2>
  <div class="faults">
    <label><input type="checkbox" id="moodle"> Moodle profile: all of the below, and each commit takes ${MOODLE_SERVER_MS / 1000} s</label>
    <label><input type="checkbox" id="rule-deltaPosting"> Post only changed values (2004: against the launch values; 1.2: against the last posted)</label>
    <label><input type="checkbox" id="rule-reviewAfterFinish"> Review mode after a finished attempt (2004 hands out data only after exit "suspend")</label>
    <label><input type="checkbox" id="rule-beaconAtUnload"> While the course closes, send Commit and Terminate as beacons (always "true", in either order)</label>
    <label><input type="checkbox" id="rule-finishCompletes"> 1.2: LMSFinish turns "not attempted" into "completed"</label>
    <label><input type="checkbox" id="rule-masteryOverride"> 1.2: LMSFinish sets passed or failed from the score and the mastery score</label>
  </div>
  <h2>What the LMS has</h2>
  <p id="lms-status" role="status">Nothing launched.</p>
  <dl id="lms-data"></dl>
  <h2>Interactions</h2>
  <table><thead><tr><th scope="col">id</th><th scope="col">type</th><th scope="col">response</th><th scope="col">result</th></tr></thead><tbody id="interactions"></tbody></table>
</aside>
<main><iframe id="lms-frame" title="Course"></iframe></main>
<script type="application/json" id="catalog">${JSON.stringify(entries).replace(/</g, '\\u003c')}</script>
<script type="module" src="/lms/app.js"></script>
</body>
</html>`;
}
