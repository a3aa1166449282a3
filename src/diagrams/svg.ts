/**
 * Small helpers for drawing diagrams as SVG strings at build time: escaping,
 * line wrapping by an estimated character width, and text blocks. No browser
 * measures anything, so widths are estimates on the generous side.
 */

/** Average glyph width as a share of the font size: generous, so estimated lines fit the fallback fonts too. */
const GLYPH = 0.54;
const GLYPH_BOLD = 0.63;

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Rounds to one decimal so the markup stays small. */
export const n = (x: number) => String(Math.round(x * 10) / 10);

/** How many characters fit in `width` at `size`. */
export const charsFor = (width: number, size: number, bold = false) => Math.max(4, Math.floor(width / (size * (bold ? GLYPH_BOLD : GLYPH))));

/** Splits text into lines of at most `max` characters; a word longer than a line is broken with a hyphen. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > max) {
      if (line) { lines.push(line); line = ''; }
      // Break after a hyphen the word already has ("time-|unlimited"), else add one.
      const at = word.lastIndexOf('-', max - 1);
      const cut = at > 0 ? at + 1 : max - 1;
      lines.push(`${word.slice(0, cut)}${at > 0 ? '' : '-'}`);
      word = word.slice(cut);
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= max) line += ` ${word}`;
    else { lines.push(line); line = word; }
  }
  if (line) lines.push(line);
  return lines;
}

export interface TextStyle {
  size: number;
  /** CSS class: dg-text (body), dg-strong (bold), dg-muted (secondary), dg-on-accent (on a filled shape). */
  cls: string;
  anchor?: 'start' | 'middle' | 'end';
  lineHeight?: number;
}

/** Height of `count` lines in a style. */
export const linesHeight = (count: number, style: TextStyle) => count * style.size * (style.lineHeight ?? 1.3);

/** A block of lines whose first baseline sits one font size below `top`. */
export function textLines(x: number, top: number, lines: string[], style: TextStyle): string {
  if (lines.length === 0) return '';
  const step = style.size * (style.lineHeight ?? 1.3);
  const anchor = style.anchor && style.anchor !== 'start' ? ` text-anchor="${style.anchor}"` : '';
  const spans = lines.map((l, i) => `<tspan x="${n(x)}"${i ? ` dy="${n(step)}"` : ''}>${esc(l)}</tspan>`).join('');
  return `<text class="${style.cls}" font-size="${style.size}"${anchor} y="${n(top + style.size)}">${spans}</text>`;
}

export const rect = (x: number, y: number, w: number, h: number, cls: string, r = 8) =>
  `<rect class="${cls}" x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}"${r ? ` rx="${r}"` : ''}/>`;

/** A filled arrowhead pointing in direction `angle` (radians, 0 = right) with its tip at (x, y). */
export function arrowHead(x: number, y: number, angle: number, size = 9): string {
  const back = (a: number) => [x - size * Math.cos(angle + a), y - size * Math.sin(angle + a)];
  const [x1, y1] = back(0.45), [x2, y2] = back(-0.45);
  return `<path class="dg-arrow-head" d="M${n(x)} ${n(y)}L${n(x1)} ${n(y1)}L${n(x2)} ${n(y2)}Z"/>`;
}

/** A straight arrow from (x1, y1) to (x2, y2). */
export function arrow(x1: number, y1: number, x2: number, y2: number): string {
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const ex = x2 - 6 * Math.cos(angle), ey = y2 - 6 * Math.sin(angle);
  return `<path class="dg-line" d="M${n(x1)} ${n(y1)}L${n(ex)} ${n(ey)}"/>${arrowHead(x2, y2, angle)}`;
}

/** The outer SVG element: decorative for assistive technology, since the figure's text equivalent carries the facts. */
export const svgRoot = (width: number, height: number, variant: 'wide' | 'narrow', body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" class="diagram__svg diagram__svg--${variant}" viewBox="0 0 ${width} ${n(height)}" width="${width}" height="${n(height)}" aria-hidden="true" focusable="false">${body}</svg>`;
