/**
 * The presenter view and the link between the two windows on the trainer's
 * laptop: both views of a module talk over a BroadcastChannel (no server), so
 * moving or revealing in one does the same in the other. The presenter view
 * (`?view=presenter`) adds the speaker notes, the next slide, time since start
 * and an exercise timer.
 */
import type { Deck } from './deck.ts';
import { fill } from '../i18n/fill.ts';

type Message = { type: 'slide'; index: number } | { type: 'reveal'; slide: number; detail: number; open: boolean };

const clock = (ms: number) => {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

export function linkViews(deck: Deck, channelName: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(channelName);
  let applying = false;
  document.getElementById('deck')!.addEventListener('deck:slide', (e) => {
    if (!applying) channel.postMessage({ type: 'slide', index: (e as CustomEvent<{ index: number }>).detail.index } satisfies Message);
  });
  deck.slides.forEach((slide, s) => slide.querySelectorAll('details').forEach((d, n) => d.addEventListener('toggle', () => {
    if (!applying) channel.postMessage({ type: 'reveal', slide: s, detail: n, open: d.open } satisfies Message);
  })));
  channel.addEventListener('message', (event: MessageEvent<Message>) => {
    applying = true;
    try {
      const m = event.data;
      if (m.type === 'slide' && m.index !== deck.index()) deck.show(m.index);
      if (m.type === 'reveal') {
        const d = deck.slides[m.slide]?.querySelectorAll('details')[m.detail];
        if (d && d.open !== m.open) d.open = m.open;
      }
    } finally {
      // The toggle event fires after this handler returns: keep it from echoing back.
      setTimeout(() => { applying = false; });
    }
  });
}

export function startPresenter(deck: Deck, panel: HTMLElement): void {
  const strings = JSON.parse(panel.dataset.strings ?? '{}') as Record<string, string>;
  document.body.classList.add('deck-page--presenter');
  panel.hidden = false;
  const notes = panel.querySelector<HTMLElement>('[data-presenter="notes"]')!;
  const next = panel.querySelector<HTMLElement>('[data-presenter="next"]')!;
  const elapsed = panel.querySelector<HTMLElement>('[data-presenter="elapsed"]')!;
  const update = () => {
    const slide = deck.slides[deck.index()];
    // The trainer's own notes first, then the section's prose that the slide sums up.
    const copy = (n: HTMLElement) => { const c = n.cloneNode(true) as HTMLElement; c.className = 'presenter__note'; delete c.dataset.notes; return c; };
    const own = [...slide.querySelectorAll<HTMLElement>('.speaker-notes:not([data-prose-notes])')].map(copy);
    const prose = [...slide.querySelectorAll<HTMLElement>('[data-prose-notes]')].map(copy);
    if (prose.length) prose.unshift(Object.assign(document.createElement('h3'), { className: 'presenter__from-lesson', textContent: strings.presenterLessonText }));
    notes.replaceChildren(...(own.length + prose.length ? [...own, ...prose] : [Object.assign(document.createElement('p'), { textContent: strings.presenterNoNotes })]));
    const after = deck.slides[deck.index() + 1];
    next.textContent = after ? after.querySelector('h1, h2, h3')?.textContent?.trim() ?? '' : strings.presenterEnd;
  };
  document.getElementById('deck')!.addEventListener('deck:slide', update);
  update();

  const started = Date.now();
  const tick = () => { elapsed.textContent = fill(strings.presenterElapsed, { time: clock(Date.now() - started) }); };
  tick();
  setInterval(tick, 1000);

  // Exercise timer: counts down the minutes the trainer sets, says when time is up.
  const minutes = panel.querySelector<HTMLInputElement>('[data-timer="minutes"]')!;
  const shown = panel.querySelector<HTMLElement>('[data-timer="display"]')!;
  const toggle = panel.querySelector<HTMLButtonElement>('[data-timer="toggle"]')!;
  let left = Number(minutes.value) * 60_000;
  let running: ReturnType<typeof setInterval> | undefined;
  const render = () => { shown.textContent = left > 0 ? clock(left) : strings.timerDone; toggle.textContent = running ? strings.timerPause : strings.timerStart; };
  toggle.addEventListener('click', () => {
    if (running) { clearInterval(running); running = undefined; }
    else {
      if (left <= 0) left = Number(minutes.value) * 60_000;
      let last = Date.now();
      running = setInterval(() => {
        left -= Date.now() - last; last = Date.now();
        if (left <= 0) { left = 0; clearInterval(running); running = undefined; }
        render();
      }, 250);
    }
    render();
  });
  panel.querySelector('[data-timer="reset"]')!.addEventListener('click', () => {
    if (running) { clearInterval(running); running = undefined; }
    left = Number(minutes.value) * 60_000;
    render();
  });
  minutes.addEventListener('change', () => { if (!running) { left = Number(minutes.value) * 60_000; render(); } });
  render();
}
