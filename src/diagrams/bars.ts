/**
 * A horizontal bar chart of percentages: per study its name and source, then one
 * bar per series, each ending in its number and series name (so no bar needs
 * its colour to be read). A range is a solid bar to its low end and a light one to its high end.
 */
import type { Lang } from '../i18n/languages.ts';
import type { BarsDiagram } from '../content/diagram-schemas.ts';
import { charsFor, linesHeight, n, rect, svgRoot, textLines, wrap, type TextStyle } from './svg.ts';
import { say, widthOf, type Variant } from './words.ts';

const BAR = 24, BAR_GAP = 6, GROUP_GAP = 20;
const groupLabel: TextStyle = { size: 15.5, cls: 'dg-strong' };
const source: TextStyle = { size: 13.5, cls: 'dg-muted' };
const value: TextStyle = { size: 14.5, cls: 'dg-text' };
const axis: TextStyle = { size: 12.5, cls: 'dg-muted', anchor: 'middle' };

/** "37 %" in nb and sv, "37%" in en. */
export function percent(v: number | { from: number; to: number }, lang: Lang): string {
  const num = typeof v === 'number' ? String(v) : `${v.from}–${v.to}`;
  return lang === 'en' ? `${num}%` : `${num} %`;
}

export function drawBars(d: BarsDiagram, lang: Lang, variant: Variant): string {
  const width = widthOf(variant);
  const x0 = 14;
  const label = (v: number | { from: number; to: number }, s: number) => `${say(d.series[s], lang)}: ${percent(v, lang)}`;
  // The widest scale at which every bar still has room for its label after it (and the axis stays within 100 %).
  const fits = d.groups.flatMap((g) => g.values.flatMap((v, s) => {
    if (v === null) return [];
    const high = typeof v === 'number' ? v : v.to;
    return high > 0 ? [(width - x0 - 8 - label(v, s).length * value.size * 0.56) / (high / 100)] : [];
  }));
  const span = Math.min(width - x0 - 24, ...fits);
  const at = (v: number) => x0 + (v / 100) * span;
  let out = '', y = 1;
  const axisTop = y;
  y += linesHeight(1, axis) + 4;
  const chartTop = y;
  let grid = '';
  const gridLines = (top: number, bottom: number) => {
    for (const v of [0, 25, 50, 75, 100]) grid += `<path class="dg-grid" d="M${n(at(v))} ${n(top)}V${n(bottom)}"/>`;
  };
  d.groups.forEach((g) => {
    const title = wrap(say(g.label, lang), charsFor(width - 2, groupLabel.size, true));
    out += textLines(1, y, title, groupLabel);
    y += linesHeight(title.length, groupLabel);
    const src = wrap(say(g.source, lang) + (g.note ? ` · ${say(g.note, lang)}` : ''), charsFor(width - 2, source.size));
    out += textLines(1, y, src, source);
    y += linesHeight(src.length, source) + 4;
    const barsTop = y;
    g.values.forEach((v, s) => {
      if (v === null) return;
      const [low, high] = typeof v === 'number' ? [v, v] : [v.from, v.to];
      out += rect(x0, y, at(low) - x0, BAR, `dg-bar dg-bar-${s}`, 0);
      if (high > low) out += rect(at(low), y, at(high) - at(low), BAR, 'dg-bar dg-bar-range', 0);
      out += textLines(at(high) + 6, y + (BAR - value.size * 1.3) / 2 - 1, [label(v, s)], value);
      y += BAR + BAR_GAP;
    });
    // Grid lines only behind the bars, so they never cross the words.
    gridLines(barsTop - 3, y - BAR_GAP + 3);
    y += GROUP_GAP - BAR_GAP;
  });
  const chartBottom = y - GROUP_GAP + 4;
  gridLines(axisTop + linesHeight(1, axis), chartTop - 2);
  for (const v of [0, 25, 50, 75, 100]) grid += textLines(at(v), axisTop, [percent(v, lang)], axis);
  return svgRoot(width, chartBottom + 2, variant, grid + out);
}
