/**
 * A score scale: the parts its items fall in, then the range of total scores
 * with its named bands (horizontal on a wide screen, vertical on a phone).
 */
import type { Lang } from '../i18n/languages.ts';
import type { ScaleDiagram } from '../content/diagram-schemas.ts';
import { charsFor, linesHeight, n, rect, svgRoot, textLines, wrap, type TextStyle } from './svg.ts';
import { say, widthOf, type Variant } from './words.ts';

const PAD = 10, GAP = 12;
const head: TextStyle = { size: 15.5, cls: 'dg-strong' };
const body: TextStyle = { size: 13.5, cls: 'dg-text' };
const bandLabel: TextStyle = { size: 14, cls: 'dg-strong' };
const tick: TextStyle = { size: 13.5, cls: 'dg-muted' };

/** The scale's ranges from bottom to top, the named bands and the unnamed gaps between them. */
export function scaleRanges(d: ScaleDiagram): { from: number; to: number; band?: number }[] {
  const min = d.items * d.itemMin, max = d.items * d.itemMax;
  const ranges: { from: number; to: number; band?: number }[] = [];
  let at = min;
  d.bands.forEach((b, i) => {
    if (b.from > at) ranges.push({ from: at, to: b.from - 1 });
    ranges.push({ from: b.from, to: b.to, band: i });
    at = b.to + 1;
  });
  if (at <= max) ranges.push({ from: at, to: max });
  return ranges;
}

export function drawScale(d: ScaleDiagram, lang: Lang, variant: Variant): string {
  const width = widthOf(variant);
  const wide = variant === 'wide';
  const min = d.items * d.itemMin, max = d.items * d.itemMax;
  let out = '', y = 1;

  const cols = wide ? d.sections.length : 1;
  const cw = (width - 2 - (cols - 1) * GAP) / cols;
  const cards = d.sections.map((s) => {
    const t = wrap(say(s.title, lang), charsFor(cw - 2 * PAD, head.size, true));
    const b = s.text ? wrap(say(s.text, lang), charsFor(cw - 2 * PAD, body.size)) : [];
    return { t, b, h: 2 * PAD + linesHeight(t.length, head) + (b.length ? 4 + linesHeight(b.length, body) : 0) };
  });
  for (let r = 0; r < cards.length; r += cols) {
    const row = cards.slice(r, r + cols);
    const h = Math.max(...row.map((c) => c.h));
    row.forEach((c, i) => {
      const x = 1 + i * (cw + GAP);
      out += rect(x, y, cw, h, 'dg-box');
      out += textLines(x + PAD, y + PAD, c.t, head);
      out += textLines(x + PAD, y + PAD + linesHeight(c.t.length, head) + 4, c.b, body);
    });
    y += h + GAP;
  }
  if (d.note) {
    const lines = wrap(say(d.note, lang), charsFor(width, head.size, true));
    y += 4;
    out += textLines(1, y, lines, head);
    y += linesHeight(lines.length, head) + 10;
  }

  const ranges = scaleRanges(d);
  const cls = (band?: number) => (band === undefined ? 'dg-band-none' : `dg-band-${band}`);
  const text = (band?: number) => (band === undefined ? [] : [say(d.bands[band].label, lang)]);
  if (wide) {
    const x0 = 1, x1 = width - 1, barH = 34;
    const at = (v: number) => x0 + ((v - min) / (max - min + 1)) * (x1 - x0);
    ranges.forEach((r) => { out += rect(at(r.from), y, at(r.to + 1) - at(r.from), barH, `dg-band ${cls(r.band)}`, 0); });
    out += rect(x0, y, x1 - x0, barH, 'dg-band-frame', 0);
    const ticks = [...new Set(ranges.flatMap((r) => [r.from]).concat(max))];
    const tickY = y + barH + 4;
    for (const v of ticks) {
      const x = v === max ? at(max + 1) : at(v);
      out += `<path class="dg-line" d="M${n(x)} ${n(y + barH)}V${n(tickY + 2)}"/>`;
      out += textLines(x, tickY, [String(v)], { ...tick, anchor: v === min ? 'start' : v === max ? 'end' : 'middle' });
    }
    let labelsH = 0;
    const labelTop = tickY + linesHeight(1, tick) + 6;
    ranges.filter((r) => r.band !== undefined).forEach((r) => {
      const w = at(r.to + 1) - at(r.from);
      const lines = [...wrap(text(r.band).join(' '), charsFor(w - 4, bandLabel.size, true)), `${r.from}–${r.to}`];
      out += textLines(at(r.from) + w / 2, labelTop, lines, { ...bandLabel, anchor: 'middle' });
      labelsH = Math.max(labelsH, linesHeight(lines.length, bandLabel));
    });
    y = labelTop + labelsH;
  } else {
    const barW = 34, barH = 330, top = y + 8;
    const at = (v: number) => top + barH - ((v - min) / (max - min + 1)) * barH;
    ranges.forEach((r) => { out += rect(1, at(r.to + 1), barW, at(r.from) - at(r.to + 1), `dg-band ${cls(r.band)}`, 0); });
    out += rect(1, top, barW, barH, 'dg-band-frame', 0);
    ranges.forEach((r) => {
      const mid = (at(r.from) + at(r.to + 1)) / 2;
      const lines = [...wrap(text(r.band).join(' '), charsFor(width - barW - 16, bandLabel.size, true)), `${r.from}–${r.to}`];
      out += `<path class="dg-line" d="M${barW + 1} ${n(mid)}H${barW + 10}"/>`;
      out += textLines(barW + 14, mid - linesHeight(lines.length, bandLabel) / 2 - 2, lines, r.band === undefined ? { ...tick } : bandLabel);
    });
    y = top + barH;
  }
  return svgRoot(width, y + 4, variant, out);
}
