/** Rows of steps joined by arrows: left to right on a wide screen, top to bottom on a phone. */
import type { Lang } from '../i18n/languages.ts';
import type { FlowDiagram } from '../content/diagram-schemas.ts';
import { arrow, charsFor, linesHeight, rect, svgRoot, textLines, wrap, type TextStyle } from './svg.ts';
import { say, widthOf, type Variant } from './words.ts';

const PAD = 10, ARROW = 28, ROW_GAP = 22;
const rowLabel: TextStyle = { size: 17, cls: 'dg-strong' };
const stepLabel: TextStyle = { size: 15, cls: 'dg-strong' };
const detail: TextStyle = { size: 13.5, cls: 'dg-text' };
const note: TextStyle = { size: 14, cls: 'dg-muted' };

export function drawFlow(d: FlowDiagram, lang: Lang, variant: Variant): string {
  const width = widthOf(variant);
  const wide = variant === 'wide';
  let out = '', y = 1;
  d.rows.forEach((row, r) => {
    if (row.label) {
      const lines = wrap(say(row.label, lang), charsFor(width, rowLabel.size, true));
      out += textLines(1, y, lines, rowLabel);
      y += linesHeight(lines.length, rowLabel) + 6;
    }
    const k = row.steps.length;
    const bw = wide ? (width - 2 - (k - 1) * ARROW) / k : width - 2;
    const inner = bw - 2 * PAD;
    const steps = row.steps.map((s, i) => {
      const label = wrap(`${d.numbered ? `${i + 1}. ` : ''}${say(s.label, lang)}`, charsFor(inner, stepLabel.size, true));
      const text = s.detail ? wrap(say(s.detail, lang), charsFor(inner, detail.size)) : [];
      return { label, text, h: 2 * PAD + linesHeight(label.length, stepLabel) + (text.length ? 4 + linesHeight(text.length, detail) : 0) };
    });
    // With two or more rows the first is the contrast (e.g. the traditional way): drawn plainer.
    const boxClass = d.rows.length > 1 && r === 0 ? 'dg-box dg-box--plain' : 'dg-box';
    if (wide) {
      const h = Math.max(...steps.map((s) => s.h));
      steps.forEach((s, i) => {
        const x = 1 + i * (bw + ARROW);
        out += rect(x, y, bw, h, boxClass);
        out += textLines(x + PAD, y + PAD, s.label, stepLabel);
        out += textLines(x + PAD, y + PAD + linesHeight(s.label.length, stepLabel) + 4, s.text, detail);
        if (i < k - 1) out += arrow(x + bw + 3, y + h / 2, x + bw + ARROW - 3, y + h / 2);
      });
      y += h;
    } else {
      steps.forEach((s, i) => {
        out += rect(1, y, bw, s.h, boxClass);
        out += textLines(1 + PAD, y + PAD, s.label, stepLabel);
        out += textLines(1 + PAD, y + PAD + linesHeight(s.label.length, stepLabel) + 4, s.text, detail);
        y += s.h;
        if (i < k - 1) { out += arrow(width / 2, y + 2, width / 2, y + ARROW - 4); y += ARROW; }
      });
    }
    if (row.note) {
      const lines = wrap(say(row.note, lang), charsFor(width, note.size));
      out += textLines(1, y + 6, lines, note);
      y += 6 + linesHeight(lines.length, note);
    }
    y += ROW_GAP;
  });
  return svgRoot(width, y - ROW_GAP + 4, variant, out);
}
