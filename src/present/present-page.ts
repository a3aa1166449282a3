/** The presentation page's script: slides, the link between the trainer's two windows, the presenter view, print. */
import { startDeck } from './deck.ts';
import { linkViews, startPresenter } from './presenter.ts';
import { fadeControls } from './controls.ts';

const deck = startDeck(document.getElementById('deck')!);
// Both windows of one module share a channel; the address (without view or slide) names it.
linkViews(deck, `se-ips-present:${location.pathname}`);
if (new URLSearchParams(location.search).get('view') === 'presenter') startPresenter(deck, document.querySelector('[data-presenter="panel"]')!);
fadeControls(document.body, document.querySelector('.deck__controls')!);
document.querySelector('[data-deck="print"]')!.addEventListener('click', () => window.print());
document.querySelector('[data-deck="presenter"]')!.addEventListener('click', () => {
  window.open(`${location.pathname}?view=presenter${location.hash}`, 'se-ips-presenter');
});

// A SCORM package of the whole course leaves the PowerPoint files out (size): served over HTTP, ask, and hide a link to nothing.
const pptx = document.querySelector<HTMLAnchorElement>('[data-deck="pptx"]');
if (pptx && location.protocol.startsWith('http')) {
  fetch(pptx.href, { method: 'HEAD' }).then((r) => { if (!r.ok) pptx.hidden = true; }, () => { pptx.hidden = true; });
}
