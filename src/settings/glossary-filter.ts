/**
 * The glossary page's filter box: hides the entries whose term does not contain what is
 * typed, and says how many are left in a polite live region. The box is
 * shown only where this script runs (`has-script`); without it the whole list is there.
 */

/** Lower case without accents, so "arbetsformedlingen" finds "Arbetsförmedlingen". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Which of `texts` hold every word of `query` (in any order). */
export function matchingEntries(texts: string[], query: string): boolean[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  return texts.map((text) => { const t = foldText(text); return words.every((w) => t.includes(w)); });
}

export function wireGlossaryFilter(box: HTMLInputElement) {
  const list = document.getElementById(box.getAttribute('aria-controls') ?? '');
  const count = document.getElementById(box.dataset.countId ?? '');
  if (!list || !count) return;
  const entries = [...list.querySelectorAll<HTMLElement>('.glossary__entry')];
  // The terms only: a word used in many explanations would otherwise find half the list.
  const texts = entries.map((e) => e.querySelector('dt')?.textContent ?? '');
  const template = box.dataset.countTemplate ?? '{n}/{total}';
  const update = () => {
    const shown = matchingEntries(texts, box.value);
    entries.forEach((e, i) => { e.hidden = !shown[i]; });
    const n = shown.filter(Boolean).length;
    count.textContent = box.value.trim() ? template.replace('{n}', String(n)).replace('{total}', String(entries.length)) : '';
  };
  box.addEventListener('input', update);
  if (box.value) update();
}
