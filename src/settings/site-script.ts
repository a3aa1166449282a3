/**
 * The site's one classic script, loaded at the top of every page's <body>. A classic
 * script runs where module scripts do not (pages opened from disk), and before the first
 * paint, so a stored dark theme or larger text never flashes in the default.
 * It marks <html> so the stylesheet can tell what runs:
 *  - `has-script`: this script ran, so the display settings and glossary filter work;
 *  - `modules-ok`: module scripts (progress, exercises) run too. Served over http(s) they
 *    always do; from file:// only the module /_astro/modules-ok.js can tell, and sets it.
 * Without `modules-ok` the page shows its notice on what does not work here.
 */
import { applySettings, readSettings, writeSettings, type DisplaySettings } from './display-settings.ts';
import { wireGlossaryFilter } from './glossary-filter.ts';

const root = document.documentElement;
const storage = () => window.localStorage;
let settings: DisplaySettings = readSettings(storage);
applySettings(root, settings);
root.classList.add('has-script');
if (location.protocol !== 'file:') root.classList.add('modules-ok');

function wireSettings(form: HTMLFormElement) {
  const sync = () => {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      input.checked = input.value === settings[input.name as keyof DisplaySettings];
    }
  };
  sync();
  form.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.name !== 'theme' && input.name !== 'textSize') return;
    settings = { ...settings, [input.name]: input.value };
    applySettings(root, settings);
    writeSettings(storage, settings);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  // Another tab changed them.
  window.addEventListener('storage', () => { settings = readSettings(storage); applySettings(root, settings); sync(); });
}

document.addEventListener('DOMContentLoaded', () => {
  for (const form of document.querySelectorAll<HTMLFormElement>('form.display-settings')) wireSettings(form);
  for (const box of document.querySelectorAll<HTMLInputElement>('input.glossary-filter__input')) wireGlossaryFilter(box);
});
