/**
 * Steps around a ring whose arrows lead from the last step back to the first.
 * Wide: numbered dots on the ring with a box per step outside it. Phone: the
 * steps top to bottom, with an arrow from the last back up to the first.
 */
import type { Lang } from '../i18n/languages.ts';
import type { CycleDiagram } from '../content/diagram-schemas.ts';
import { arrow, arrowHead, charsFor, linesHeight, n, rect, svgRoot, textLines, wrap, type TextStyle } from './svg.ts';
import { say, widthOf, type Variant } from './words.ts';

const PAD = 10;
const label: TextStyle = { size: 15, cls: 'dg-strong' };
const detail: TextStyle = { size: 13.5, cls: 'dg-text' };
const numberStyle: TextStyle = { size: 16, cls: 'dg-on-accent', anchor: 'middle' };
const centreStyle: TextStyle = { size: 16, cls: 'dg-strong', anchor: 'middle' };

interface Box { label: string[]; text: string[]; w: number; h: number }

/** A step's box; `numbered` leaves room for the number badge beside the label. */
function box(d: CycleDiagram, i: number, lang: Lang, w: number, numbered = false): Box {
  const inner = w - 2 * PAD;
  const l = wrap(say(d.steps[i].label, lang), charsFor(inner - (numbered ? 34 : 0), label.size, true));
  const t = d.steps[i].detail ? wrap(say(d.steps[i].detail!, lang), charsFor(inner, detail.size)) : [];
  return { label: l, text: t, w, h: 2 * PAD + linesHeight(l.length, label) + (t.length ? 4 + linesHeight(t.length, detail) : 0) };
}

function drawBox(b: Box, x: number, y: number, number?: number): string {
  let out = rect(x, y, b.w, b.h, 'dg-box');
  let left = x + PAD;
  if (number !== undefined) {
    out += `<circle class="dg-accent" cx="${n(x + PAD + 13)}" cy="${n(y + PAD + 11)}" r="13"/>`;
    out += textLines(x + PAD + 13, y + PAD + 11 - numberStyle.size * 0.68, [String(number)], numberStyle);
    left += 34;
  }
  out += textLines(left, y + PAD, b.label, label);
  out += textLines(x + PAD, y + PAD + Math.max(linesHeight(b.label.length, label), number !== undefined ? 26 : 0) + 4, b.text, detail);
  return out;
}

export function drawCycle(d: CycleDiagram, lang: Lang, variant: Variant): string {
  const width = widthOf(variant);
  const k = d.steps.length;
  let out = '';
  if (variant === 'narrow') {
    const x = 34, w = width - x - 1;
    let y = 1;
    if (d.centre) {
      const lines = wrap(say(d.centre, lang), charsFor(w, centreStyle.size, true));
      out += textLines(x, y, lines, { ...centreStyle, anchor: 'start' });
      y += linesHeight(lines.length, centreStyle) + 8;
    }
    const tops: number[] = [];
    d.steps.forEach((_, i) => {
      const b = box(d, i, lang, w, true);
      b.h = Math.max(b.h, 2 * PAD + 26 + linesHeight(b.text.length, detail) + (b.text.length ? 4 : 0));
      tops.push(y);
      out += drawBox(b, x, y, i + 1);
      y += b.h;
      if (i < k - 1) { out += arrow(x + b.w / 2, y + 2, x + b.w / 2, y + 22); y += 24; }
    });
    // The way back from the last step to the first: down, left, up, right.
    const lastMid = y - 24, firstMid = tops[0] + 24;
    out += `<path class="dg-line" d="M${x} ${n(lastMid)}H12V${n(firstMid)}H${x - 8}"/>${arrowHead(x - 1, firstMid, 0)}`;
    return svgRoot(width, y + 1, variant, out);
  }
  const bw = 222, R = 118, cx = width / 2;
  const boxes = d.steps.map((_, i) => box(d, i, lang, bw));
  const top = boxes[0].h + 30;
  const cy = top + R;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / k;
  const dot = (i: number) => [cx + R * Math.cos(angle(i)), cy + R * Math.sin(angle(i))];
  out += `<circle class="dg-ring" cx="${n(cx)}" cy="${n(cy)}" r="${R}"/>`;
  for (let i = 0; i < k; i++) {
    // An arrowhead halfway to the next dot shows the direction round the ring.
    const mid = (angle(i) + angle(i + 1)) / 2;
    out += arrowHead(cx + R * Math.cos(mid), cy + R * Math.sin(mid), mid + Math.PI / 2, 11);
  }
  let bottom = cy + R;
  boxes.forEach((b, i) => {
    const [x, y] = dot(i);
    const c = Math.cos(angle(i));
    let bx: number, by: number;
    if (Math.abs(c) < 0.2) { bx = x - b.w / 2; by = y < cy ? y - b.h - 22 : y + 22; }
    // Boxes above the middle grow upwards from their dot, boxes below it downwards, clear of the ring.
    else if (c > 0) { bx = Math.min(x + 26, width - b.w - 1); by = y < cy ? y - b.h * 0.7 : y - 12; }
    else { bx = Math.max(x - 26 - b.w, 1); by = y < cy ? y - b.h * 0.7 : y - 12; }
    out += drawBox(b, bx, by);
    out += `<circle class="dg-accent" cx="${n(x)}" cy="${n(y)}" r="17"/>`;
    out += textLines(x, y - numberStyle.size * 0.68, [String(i + 1)], numberStyle);
    bottom = Math.max(bottom, by + b.h);
  });
  if (d.centre) {
    const lines = wrap(say(d.centre, lang), charsFor(R * 1.3, centreStyle.size, true));
    out += textLines(cx, cy - linesHeight(lines.length, centreStyle) / 2 - 2, lines, centreStyle);
  }
  return svgRoot(width, bottom + 2, variant, out);
}
