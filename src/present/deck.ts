/**
 * Turns the presentation page's long document into slides: in a lesson with
 * slide texts, one slide per `<Slide>` with the section's prose as speaker
 * notes; in one without, a new slide at every `##` heading and slide break;
 * and every block (`data-slide-own`) on its own. Navigation by the keys
 * presentation clickers send, a counter announced to screen readers, a jump
 * list and full screen. Position lives in the URL hash.
 */
import { fill } from '../i18n/fill.ts';

export interface Deck {
  slides: HTMLElement[];
  index(): number;
  show(i: number): void;
}

export function startDeck(deck: HTMLElement): Deck {
  const source = deck.querySelector<HTMLElement>('[data-deck-source]')!;
  const slides = splitIntoSlides(source);
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
    else if (e.key === 'f' || e.key === 'F') toggleFullscreen();
    else if (e.key === 'g' || e.key === 'G') jump.focus();
    else if (e.key === 'r' || e.key === 'R') {
      // R reveals answers and consequences; a diagram's text version is opened by whoever wants it, not revealed.
      const closed = slides[index].querySelector<HTMLDetailsElement>('details:not([open]):not(.diagram__text)');
      if (closed) closed.open = true;
      // Fit now rather than on the toggle event, so the room never sees the slide overflow.
      fitSlide(slides[index], roomIn(deck));
    } else return;
    e.preventDefault();
  });
  document.querySelector('[data-deck="next"]')!.addEventListener('click', () => show(index + 1));
  document.querySelector('[data-deck="previous"]')!.addEventListener('click', () => show(index - 1));
  jump.addEventListener('change', () => show(Number(jump.value)));
  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  document.querySelector('[data-deck="fullscreen"]')!.addEventListener('click', toggleFullscreen);
  // A reveal changes what the slide holds: fit it again (toggle does not bubble, so listen on the way down).
  deck.addEventListener('toggle', () => fitSlide(slides[index], roomIn(deck)), true);
  window.addEventListener('hashchange', () => show(fromHash(), true));
  window.addEventListener('resize', () => fitSlide(slides[index], roomIn(deck)));
  show(fromHash(), true);
  return { slides, index: () => index, show };
}

/** A new, empty slide. */
function newSlide(): HTMLElement {
  const slide = document.createElement('section');
  slide.className = 'slide';
  slide.setAttribute('aria-roledescription', 'slide');
  return slide;
}

/** The page's long document as slides: lessons with slide texts one way, lessons without them (and the rest) the other. */
function splitIntoSlides(source: HTMLElement): HTMLElement[] {
  const slides: HTMLElement[] = [];
  let current: HTMLElement | undefined;
  const open = () => { current = newSlide(); slides.push(current); return current; };
  // Prose slides (a lesson without slide texts yet): a new slide at every heading, slide break and block.
  const prose = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      const el = node instanceof HTMLElement ? node : undefined;
      if (el?.matches('[data-slide-break]')) { current = undefined; el.remove(); continue; }
      if (el && (el.matches('[data-slide-own]') || el.tagName === 'H2' || !current)) {
        open().append(el);
        if (!el.matches('[data-slide-own]')) current!.classList.add('slide--prose');
        if (el.matches('[data-slide-own]')) current = undefined;
        continue;
      }
      if (!current) {
        if (node.nodeType === Node.TEXT_NODE && !node.textContent?.trim()) continue;
        open().classList.add('slide--prose');
      }
      current!.append(node);
    }
  };
  for (const node of [...source.childNodes]) {
    if (node instanceof HTMLElement && node.matches('[data-lesson]')) {
      current = undefined;
      if (node.matches('[data-slide-texts]')) slides.push(...slideTextSlides([...node.childNodes]));
      else prose([...node.childNodes]);
      current = undefined;
    } else prose([node]);
  }
  return slides;
}

/**
 * A lesson with slide texts: each `<Slide>` is a slide with a headline (the
 * section's heading unless it names its own); the section's prose, callouts
 * and `<Notes>` become that slide's speaker notes; blocks and discussions keep
 * slides of their own; a diagram slide takes the section's figure.
 */
function slideTextSlides(nodes: ChildNode[]): HTMLElement[] {
  const slides: HTMLElement[] = [];
  let heading = '';
  let target: HTMLElement | undefined;
  let waiting: ChildNode[] = [];
  let diagramSlot: HTMLElement | undefined;
  let figure: HTMLElement | undefined;
  const note = (slide: HTMLElement, node: ChildNode) => {
    if (node instanceof HTMLElement && node.matches('[data-notes]')) { slide.append(node); return; }
    let text = slide.querySelector<HTMLElement>(':scope > [data-prose-notes]');
    if (!text) {
      text = Object.assign(document.createElement('div'), { className: 'speaker-notes speaker-notes--prose' });
      text.dataset.notes = '';
      text.dataset.proseNotes = '';
      slide.append(text);
    }
    text.append(node);
  };
  const flush = () => { const last = target ?? slides.at(-1); if (last) waiting.forEach((n) => note(last, n)); waiting = []; };
  for (const node of nodes) {
    const el = node instanceof HTMLElement ? node : undefined;
    if (!el && !node.textContent?.trim()) continue;
    if (el?.matches('[data-slide-break]')) continue;
    if (el?.tagName === 'H2') {
      flush();
      heading = el.textContent?.trim() ?? '';
      target = diagramSlot = figure = undefined;
      continue;
    }
    if (el?.matches('.present-lesson-title')) { target = newSlide(); target.append(el); slides.push(target); continue; }
    if (el?.matches('[data-slide-own]')) { const own = newSlide(); own.append(el); slides.push(own); continue; }
    if (el?.matches('[data-slide-text]')) {
      const slide = newSlide();
      const headline = document.createElement('h2');
      headline.textContent = el.dataset.headline || heading;
      slide.append(headline, el);
      slides.push(slide);
      if (el.matches('[data-diagram]')) {
        if (figure) { waiting = waiting.filter((n) => n !== figure); el.append(figure); figure = undefined; } else diagramSlot = el;
      }
      target = slide;
      flush();
      continue;
    }
    if (el?.tagName === 'FIGURE') {
      if (diagramSlot) { diagramSlot.append(el); diagramSlot = undefined; continue; }
      figure ??= el;
    }
    if (target) note(target, node); else waiting.push(node);
  }
  flush();
  return slides;
}

/**
 * Smallest type a slide may shrink to (a share of the deck's size) before it
 * scrolls instead; a prose slide of a lesson without slide texts yet may go
 * smaller, as it always could, until its writers give it a slide version.
 */
const minFit = 0.9;
const minFitProse = 0.75;

/**
 * A slide taller than the screen gets smaller type, step by step down to
 * `minFit`, so the whole idea stays in view; `npm run slide-fit` finds slides
 * that need more, and authors shorten them.
 */
function fitSlide(slide: HTMLElement, available: number): void {
  slide.style.fontSize = '';
  delete slide.dataset.fit;
  // Measured without the stretch to full height, so the figure is the content's own.
  slide.style.minHeight = '0';
  const least = slide.classList.contains('slide--prose') ? minFitProse : minFit;
  for (let scale = 1; slide.scrollHeight > available && scale > least + 0.001;) {
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
