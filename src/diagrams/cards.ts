/** Boxes in a grid (one column on a phone), optionally numbered, with an optional conclusion underneath. */
import type { Lang } from '../i18n/languages.ts';
import type { CardsDiagram } from '../content/diagram-schemas.ts';
import { charsFor, linesHeight, n, rect, svgRoot, textLines, wrap, type TextStyle } from './svg.ts';
import { say, widthOf, type Variant } from './words.ts';

const GAP = 12, PAD = 12;
const title: TextStyle = { size: 16, cls: 'dg-strong' };
const body: TextStyle = { size: 14, cls: 'dg-text' };
const badge: TextStyle = { size: 15, cls: 'dg-on-accent', anchor: 'middle' };

export function drawCards(d: CardsDiagram, lang: Lang, variant: Variant): string {
  const width = widthOf(variant);
  const cols = variant === 'wide' ? d.columns : 1;
  const cw = (width - 2 - (cols - 1) * GAP) / cols;
  const inner = cw - 2 * PAD;
  // In a narrow box the number sits above the heading, so the heading keeps the box's full width.
  const badgeAbove = d.numbered && inner < 200;
  const badgeW = d.numbered && !badgeAbove ? 30 : 0;
  const badgeH = badgeAbove ? 30 : 0;

  const laid = d.cards.map((c, i) => {
    const head = wrap(say(c.title, lang), charsFor(inner - badgeW, title.size, true));
    const text = c.text ? wrap(say(c.text, lang), charsFor(inner, body.size)) : [];
    const points = (c.points ?? []).map((p) => wrap(say(p, lang), charsFor(inner - 14, body.size)));
    const headH = badgeH + Math.max(linesHeight(head.length, title), d.numbered && !badgeAbove ? 24 : 0);
    const height = PAD + headH + (text.length ? 6 + linesHeight(text.length, body) : 0)
      + points.reduce((h, p) => h + 4 + linesHeight(p.length, body), points.length ? 4 : 0) + PAD;
    return { i, head, text, points, headH, height };
  });

  let out = '', y = 1;
  for (let r = 0; r < laid.length; r += cols) {
    const row = laid.slice(r, r + cols);
    const rowH = Math.max(...row.map((c) => c.height));
    row.forEach((c, k) => {
      const x = 1 + k * (cw + GAP);
      out += rect(x, y, cw, rowH, 'dg-box');
      let ty = y + PAD;
      if (d.numbered) {
        out += `<circle class="dg-accent" cx="${n(x + PAD + 12)}" cy="${n(ty + 12)}" r="12"/>`;
        out += textLines(x + PAD + 12, ty + 12 - badge.size * 0.65, [String(c.i + 1)], badge);
      }
      out += textLines(x + PAD + badgeW, ty + badgeH + (badgeW && c.head.length === 1 ? 2 : 0), c.head, title);
      ty += c.headH;
      if (c.text.length) { ty += 6; out += textLines(x + PAD, ty, c.text, body); ty += linesHeight(c.text.length, body); }
      if (c.points.length) ty += 4;
      for (const p of c.points) {
        ty += 4;
        out += `<circle class="dg-dot" cx="${n(x + PAD + 4)}" cy="${n(ty + body.size * 0.62)}" r="3"/>`;
        out += textLines(x + PAD + 14, ty, p, body);
        ty += linesHeight(p.length, body);
      }
    });
    y += rowH + GAP;
  }
  if (d.footer) {
    const lines = wrap(say(d.footer, lang), charsFor(width - 2 - 2 * PAD, title.size, true));
    const h = 2 * PAD + linesHeight(lines.length, title);
    out += rect(1, y, width - 2, h, 'dg-accent');
    out += textLines(width / 2, y + PAD, lines, { ...title, cls: 'dg-on-accent', anchor: 'middle' });
    y += h + GAP;
  }
  return svgRoot(width, y - GAP + 1, variant, out);
}
