/**
 * Runs inside a presentation page (passed to Playwright's `page.evaluate`, so it
 * imports nothing): steps through every slide in place with the keys a trainer
 * uses (a slide is shown and fitted at once on a key press, R reveals the next
 * answer, and opening one consequence of a case closes the others), and says for
 * each state how far the type had to shrink and whether the slide still scrolls.
 * Used by `npm run slide-fit` and the browser test.
 */
export interface SlideFit { slide: number; title: string; state: string; fit: number; scrolls: boolean; prose: boolean }

export function probeSlides(): SlideFit[] {
  const deck = document.getElementById('deck')!;
  const slides = [...deck.querySelectorAll<HTMLElement>('.slide')];
  const press = (key: string) => document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  const found: SlideFit[] = [];
  press('Home');
  for (const [i, slide] of slides.entries()) {
    if (i > 0) press('ArrowRight');
    const measure = (state: string) => found.push({
      slide: i + 1, state, title: slide.querySelector('h1, h2, h3')?.textContent?.trim() ?? '',
      fit: Number(slide.dataset.fit ?? 1), scrolls: deck.scrollHeight > deck.clientHeight + 1, prose: slide.classList.contains('slide--prose'),
    });
    measure('shown');
    // The same answers R reveals (deck.ts); a diagram's text version is not one of them.
    const reveals = slide.querySelectorAll<HTMLDetailsElement>('details:not(.diagram__text)');
    for (let n = 0; n < reveals.length; n++) {
      press('r');
      measure(`reveal ${n + 1}`);
    }
    reveals.forEach((d) => { d.open = false; });
  }
  return found;
}
