/**
 * Reflow and resized text (WCAG 1.4.10 and 1.4.4): the page never scrolls sideways
 * and no text is cut off, at a given width and text size.
 */
import type { Page } from '@playwright/test';

/**
 * Text at 200 % the way a browser's own text-size setting does it (Chromium's font size
 * setting, sent over the DevTools protocol): the default font grows from 16 to 32 px, so
 * everything sized in rem, em or % doubles, media queries in em see the larger font, and
 * the layout width stays what the window gives. This is the stricter reading of 1.4.4
 * ("text can be resized without assistive technology up to 200 percent"): page zoom
 * would also shrink the layout width, which the 320 px check already covers.
 */
export async function setTextSize(page: Page, percent: 100 | 200) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: (16 * percent) / 100, fixed: (13 * percent) / 100 } });
  await cdp.detach();
}

/**
 * What a reader would miss at the current size: sideways scrolling, and text that is
 * clipped by a box with `overflow: hidden`/`clip` or that sticks out past its box or the
 * window. Hidden elements and the one-pixel visually-hidden pattern are skipped.
 */
export function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`scrolls sideways: ${root.scrollWidth}px wide in a ${root.clientWidth}px window`);
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const ownText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
    for (const el of document.body.querySelectorAll('*')) {
      if (!(el instanceof HTMLElement) || !el.checkVisibility({ visibilityProperty: true })) continue;
      const style = getComputedStyle(el);
      if (style.display.startsWith('inline') && style.display !== 'inline-block') continue;
      if (el.clientWidth <= 1 || el.clientHeight <= 1) continue;
      if (!(el.textContent ?? '').trim()) continue;
      const clipsX = ['hidden', 'clip'].includes(style.overflowX);
      const clipsY = ['hidden', 'clip'].includes(style.overflowY);
      const scrolls = ['auto', 'scroll'].includes(style.overflowX);
      const wider = el.scrollWidth > el.clientWidth + 1;
      if ((clipsX && wider) || (clipsY && el.scrollHeight > el.clientHeight + 1)) problems.push(`text cut off in ${name(el)}`);
      else if (wider && !scrolls && ownText(el)) problems.push(`text overflows ${name(el)}: ${el.scrollWidth}px in ${el.clientWidth}px`);
      else if (ownText(el) && el.getBoundingClientRect().right > root.clientWidth + 1) problems.push(`text past the window's edge in ${name(el)}`);
    }
    return problems;
  });
}
