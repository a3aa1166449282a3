/** Draws a diagram in one language as its two SVG layouts: wide (laptops, projectors) and narrow (phones). */
import type { Lang } from '../i18n/languages.ts';
import type { Diagram } from '../content/diagram-schemas.ts';
import { drawBars } from './bars.ts';
import { drawCards } from './cards.ts';
import { drawCycle } from './cycle.ts';
import { drawFlow } from './flow.ts';
import { drawLadder } from './ladder.ts';
import { drawScale } from './scale.ts';
import type { Variant } from './words.ts';

function draw(d: Diagram, lang: Lang, variant: Variant): string {
  switch (d.kind) {
    case 'cards': return drawCards(d, lang, variant);
    case 'flow': return drawFlow(d, lang, variant);
    case 'cycle': return drawCycle(d, lang, variant);
    case 'ladder': return drawLadder(d, lang, variant);
    case 'scale': return drawScale(d, lang, variant);
    case 'bars': return drawBars(d, lang, variant);
  }
}

export function drawDiagram(d: Diagram, lang: Lang): { wide: string; narrow: string } {
  return { wide: draw(d, lang, 'wide'), narrow: draw(d, lang, 'narrow') };
}
