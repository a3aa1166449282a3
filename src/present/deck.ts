/**
 * Turns the presentation page's long document into slides: a new slide at
 * every `##` heading, every slide break and every block (`data-slide-own`).
 * Navigation by the keys presentation clickers send, a counter announced to
 * screen readers, a jump list and full screen. Position lives in the URL hash.
 */
import { fill } from '../i18n/fill.ts';

export interface Deck {
  slides: HTMLElement[];
  index(): number;
  show(i: number): void;
}

export function startDeck(deck: HTMLElement): Deck {
  const source = deck.querySelector<HTMLElement>('[data-deck-source]')!;
  const slides: HTMLElement[] = [];
  let current: HTMLElement | undefined;
  const open = () => {
    current = document.createElement('section');
    current.className = 'slide';
    current.setAttribute('aria-roledescription', 'slide');
    slides.push(current);
    return current;
  };
  for (const node of [...source.childNodes]) {
    const el = node instanceof HTMLElement ? node : undefined;
    if (el?.matches('[data-slide-break]')) { current = undefined; el.remove(); continue; }
    if (el && (el.matches('[data-slide-own]') || el.tagName === 'H2' || !current)) {
      open().append(el);
      if (el.matches('[data-slide-own]')) current = undefined;
      continue;
    }
    if (!current) {
      if (node.nodeType === Node.TEXT_NODE && !node.textContent?.trim()) continue;
      open();
    }
    current!.append(node);
  }
  source.replaceWith(...slides);
  deck.classList.add('deck--ready');

  const counter = document.querySelector<HTMLElement>('[data-deck="counter"]')!;
  const jump = document.querySelector<HTMLSelectElement>('[data-deck="jump"]')!;
  const template = deck.dataset.counter ?? '{n} / {total}';
  // A slide that starts at a slide break has no heading: its first words name it in the jump list.
  const titleOf = (s: HTMLElement) => {
    const heading = s.querySelector('h1, h2, h3')?.textContent?.trim();
    if (heading) return heading;
    const text = [...s.childNodes].filter((n) => !(n instanceof HTMLElement && n.matches('[data-notes]'))).map((n) => n.textContent).join(' ').replace(/\s+/g, ' ').trim();
    return text.length > 48 ? `${text.slice(0, 48).trimEnd()}…` : text || `${slides.indexOf(s) + 1}`;
  };
  slides.forEach((s, i) => {
    s.id = `slide-${i + 1}`;
    s.setAttribute('aria-label', fill(template, { n: i + 1, total: slides.length }));
    jump.add(new Option(`${i + 1}. ${titleOf(s)}`, String(i)));
  });

  let index = 0;
  const show = (i: number, fromHash = false) => {
    index = Math.max(0, Math.min(slides.length - 1, i));
    slides.forEach((s, n) => { s.hidden = n !== index; });
    fitSlide(slides[index], roomIn(deck));
    counter.textContent = fill(template, { n: index + 1, total: slides.length });
    jump.value = String(index);
    if (!fromHash) history.replaceState(null, '', `#slide-${index + 1}`);
    deck.dispatchEvent(new CustomEvent('deck:slide', { detail: { index, total: slides.length } }));
  };
  const fromHash = () => Number(/^#slide-(\d+)$/.exec(location.hash)?.[1] ?? 1) - 1;

  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    // Keys typed into the jump list or on a reveal button belong to them.
    if (target.closest('select, input, textarea') || (e.key === ' ' && target.closest('button, summary, a'))) return;
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const next = ['ArrowRight', 'ArrowDown', 'PageDown', 'n'].includes(e.key) || (e.key === ' ' && !e.shiftKey);
    const previous = ['ArrowLeft', 'ArrowUp', 'PageUp', 'p'].includes(e.key) || (e.key === ' ' && e.shiftKey);
    if (next) show(index + 1);
    else if (previous) show(index - 1);
    else if (e.key === 'Home') show(0);
    else if (e.key === 'End') show(slides.length - 1);
    else if (e.key === 'r' || e.key === 'R') {
      const closed = slides[index].querySelector<HTMLDetailsElement>('details:not([open])');
      if (closed) closed.open = true;
    } else return;
    e.preventDefault();
  });
  document.querySelector('[data-deck="next"]')!.addEventListener('click', () => show(index + 1));
  document.querySelector('[data-deck="previous"]')!.addEventListener('click', () => show(index - 1));
  jump.addEventListener('change', () => show(Number(jump.value)));
  document.querySelector('[data-deck="fullscreen"]')!.addEventListener('click', () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  });
  window.addEventListener('hashchange', () => show(fromHash(), true));
  window.addEventListener('resize', () => fitSlide(slides[index], roomIn(deck)));
  show(fromHash(), true);
  return { slides, index: () => index, show };
}

/** Smallest type a slide may shrink to (a share of the deck's size) before it scrolls instead. */
const minFit = 0.75;

/**
 * A slide taller than the screen gets smaller type, step by step down to
 * `minFit`, so the whole idea stays in view; authors split slides that need more.
 */
function fitSlide(slide: HTMLElement, available: number): void {
  slide.style.fontSize = '';
  delete slide.dataset.fit;
  // Measured without the stretch to full height, so the figure is the content's own.
  slide.style.minHeight = '0';
  for (let scale = 1; slide.scrollHeight > available && scale > minFit + 0.001;) {
    scale -= 0.05;
    slide.style.fontSize = `${scale.toFixed(2)}em`;
    slide.dataset.fit = scale.toFixed(2);
  }
  slide.style.minHeight = '';
}

/** The height a slide has on screen: the deck's, less its padding. */
function roomIn(deck: HTMLElement): number {
  const style = getComputedStyle(deck);
  return deck.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
}
