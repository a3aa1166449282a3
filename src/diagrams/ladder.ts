/** Rungs as a staircase: the least at the bottom left, the most at the top right, with what each end means. */
import type { Lang } from '../i18n/languages.ts';
import type { LadderDiagram } from '../content/diagram-schemas.ts';
import { arrow, charsFor, linesHeight, rect, svgRoot, textLines, wrap, type TextStyle } from './svg.ts';
import { say, widthOf, type Variant } from './words.ts';

const PAD = 9, GAP = 6, AXIS = 30;
const rung: TextStyle = { size: 14.5, cls: 'dg-text' };
const num: TextStyle = { size: 15, cls: 'dg-strong' };
const end: TextStyle = { size: 14.5, cls: 'dg-strong' };

export function drawLadder(d: LadderDiagram, lang: Lang, variant: Variant): string {
  const width = widthOf(variant);
  const k = d.steps.length;
  const shift = variant === 'wide' ? 56 : 9;
  const bw = width - 1 - AXIS - (k - 1) * shift;
  const rungs = d.steps.map((s, i) => {
    const lines = wrap(say(s.label, lang), charsFor(bw - 2 * PAD - 26, rung.size));
    return { i, lines, h: 2 * PAD + linesHeight(lines.length, rung) };
  });
  const high = wrap(say(d.high, lang), charsFor(variant === 'wide' ? bw : width - AXIS, end.size, true));
  const low = wrap(say(d.low, lang), charsFor(variant === 'wide' ? bw : width - AXIS, end.size, true));
  let out = '', y = 1;
  const highX = variant === 'wide' ? width - 1 : AXIS;
  out += textLines(highX, y, high, { ...end, anchor: variant === 'wide' ? 'end' : 'start' });
  y += linesHeight(high.length, end) + 6;
  const ladderTop = y;
  for (const r of [...rungs].reverse()) {
    const x = AXIS + r.i * shift;
    out += rect(x, y, bw, r.h, `dg-box dg-level-${r.i}`);
    out += textLines(x + PAD, y + PAD, [`${r.i + 1}`], num);
    out += textLines(x + PAD + 26, y + PAD, r.lines, rung);
    y += r.h + GAP;
  }
  out += arrow(12, y - GAP, 12, ladderTop);
  y += 2;
  out += textLines(AXIS, y, low, end);
  y += linesHeight(low.length, end);
  return svgRoot(width, y + 4, variant, out);
}
