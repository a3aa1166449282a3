/**
 * A module's deck as a PowerPoint file (pptxgenjs, at build time only; it never
 * reaches a browser): the deck's slides with headline and points, each
 * exercise's answer on the slide after it, diagrams as pictures and the speaker
 * notes in the notes field, in plain 16:9 slides a trainer can restyle.
 */
import PptxGenJS from 'pptxgenjs';
import type { DeckSlide } from './deck-model.ts';

const ink = '111111', muted = '444444', accent = '1D4E89', face = 'Arial';
const frame = { x: 0.6, w: 8.8 };

/** A diagram as an image the slide can hold: PNG or SVG data and its width/height ratio. */
export interface Picture { data: string; ratio: number }

export async function deckToPptx(slides: DeckSlide[], meta: { title: string }, pictures: Map<string, Picture>): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = meta.title;
  // pptxgenjs writes the company unescaped: no ampersand here.
  pptx.company = 'SE and IPS open course';
  for (const s of slides) {
    addSlide(pptx, s, pictures);
    if (s.answer) addSlide(pptx, { kind: 'text', eyebrow: s.headline, headline: s.answer.headline, points: s.answer.points, notes: s.answer.notes }, pictures, true);
  }
  return await pptx.stream({ compression: true }) as Buffer;
}

function addSlide(pptx: PptxGenJS, s: DeckSlide, pictures: Map<string, Picture>, answer = false): void {
  const slide = pptx.addSlide();
  let y = 0.35;
  if (s.eyebrow) {
    slide.addText(s.eyebrow, { ...frame, y, h: 0.4, fontFace: face, fontSize: 14, color: muted, fit: 'shrink' });
    y += 0.45;
  }
  const title = s.kind === 'title';
  // Long headlines (a question, a discussion) get smaller type so they stay in their box.
  const size = title ? 36 : s.headline.length > 90 ? 22 : s.headline.length > 50 ? 26 : 30;
  const headHeight = title ? 1.4 : s.headline.length > 50 ? 1.3 : 0.9;
  slide.addText(s.headline, { ...frame, y, h: headHeight, fontFace: face, fontSize: size, bold: true, color: title ? accent : ink, valign: 'top', fit: 'shrink' });
  y += headHeight + 0.1;
  if (s.lead) {
    slide.addText(s.lead, { ...frame, y, h: 1, fontFace: face, fontSize: title ? 22 : 20, color: ink, valign: 'top', fit: 'shrink' });
    y += 1.05;
  }
  const room = 5.3 - y;
  const picture = s.diagram ? pictures.get(s.diagram) : undefined;
  if (picture) {
    const h = Math.min(room, frame.w / picture.ratio), w = h * picture.ratio;
    slide.addImage({ data: picture.data, x: frame.x + (frame.w - w) / 2, y, w, h, altText: s.headline });
  } else if (s.points.length) {
    const words = s.points.join(' ').length;
    const fontSize = answer || words > 260 ? 16 : words > 160 ? 18 : s.kind === 'exercise' ? 20 : 24;
    slide.addText(
      s.points.map((p, i) => ({ text: s.lettered ? `${String.fromCharCode(65 + i)}. ${p}` : p, options: { bullet: s.lettered ? false : true, breakLine: true, paraSpaceAfter: 6 } })),
      { ...frame, y, h: room, fontFace: face, fontSize, color: ink, valign: 'top', fit: 'shrink' },
    );
  }
  if (s.notes.length) slide.addNotes(s.notes.join('\n\n'));
}
