/**
 * A module's deck as plain data, read from the lesson files and blocks the same
 * way trainer mode builds its slides in the browser (see deck.ts): title,
 * objectives, each lesson's title slide, each section's slide texts (the prose
 * and `<Notes>` as speaker notes), each block and discussion, the key points.
 * Exercises carry their answer, which the PowerPoint export puts on the
 * following slide. Lessons without slide texts yet give one slide per section
 * and slide break, with the prose as notes.
 */
import { componentForType } from '../content/block-schemas.ts';
import type { BlockNode, ModuleNode } from '../course/course-tree.ts';
import type { Lang } from '../i18n/languages.ts';
import { translator } from '../i18n/strings.ts';
import { hasSlides, plainText } from '../content/trainer-markup.ts';
import { workshopOf, type DeckSlide } from '../course/block-types/index.ts';

export type { DeckSlide };

// The block components come from the schema's list, so a new block type is read here too.
const blockTags = [...Object.values(componentForType), 'Diagram'].join('|');
const token = new RegExp(String.raw`<(Slide|Notes|Discuss)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)|<(${blockTags})\b([^>]*?)\/>|<SlideBreak\s*\/>|^## +(.+)$`, 'gm');
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)')`).exec(attrs)?.slice(1).find((v) => v !== undefined);

type Piece =
  | { type: 'heading'; text: string }
  | { type: 'slide'; title?: string; diagram: boolean; points: string[] }
  | { type: 'notes' | 'prose'; text: string }
  | { type: 'discuss'; text: string; minutes: number }
  | { type: 'block'; id: string }
  | { type: 'diagram'; id: string }
  | { type: 'break' };

/** A lesson body as the pieces the deck cares about, in order. */
function pieces(body: string): Piece[] {
  const out: Piece[] = [];
  const prose = (text: string) => { const t = plainText(text); if (t) out.push({ type: 'prose', text: t }); };
  let at = 0;
  for (const m of body.matchAll(token)) {
    prose(body.slice(at, m.index));
    at = m.index + m[0].length;
    if (m[6] !== undefined) out.push({ type: 'heading', text: plainText(m[6]) });
    else if (m[1] === 'Slide') {
      const lines = (m[3] ?? '').split('\n').map((l) => l.trim()).filter((l) => /^[-*] /.test(l));
      out.push({ type: 'slide', title: attr(m[2], 'title'), diagram: /(^|\s)diagram(\s|=|$)/.test(m[2]), points: lines.map((l) => plainText(l.slice(2))) });
    } else if (m[1] === 'Notes') out.push({ type: 'notes', text: plainText(m[3] ?? '') });
    else if (m[1] === 'Discuss') out.push({ type: 'discuss', text: plainText(m[3] ?? ''), minutes: Number(attr(m[2], 'minutes') ?? 5) });
    else if (m[4] === 'Diagram') out.push({ type: 'diagram', id: attr(m[5], 'id') ?? '' });
    else if (m[4]) out.push({ type: 'block', id: attr(m[5], 'id') ?? '' });
    else out.push({ type: 'break' });
  }
  prose(body.slice(at));
  return out;
}

export function moduleDeck(m: ModuleNode, bodies: Record<string, string>, blocks: BlockNode[], lang: Lang): DeckSlide[] {
  const t = translator(lang);
  const text = m.text[lang];
  const slides: DeckSlide[] = [
    { kind: 'title', eyebrow: `${t('moduleNumber', { n: m.index + 1 })} · ${t('minutes', { n: m.minutes })}`, headline: text.title, lead: text.summary, points: [], notes: [] },
    { kind: 'text', headline: t('objectivesHeading'), points: text.objectives, notes: [] },
  ];
  for (const lesson of m.lessons) {
    const title: DeckSlide = { kind: 'title', eyebrow: t('lessonPosition', { n: lesson.index + 1, total: m.lessons.length }), headline: lesson.text[lang].title, lead: lesson.text[lang].description, points: [], notes: [] };
    slides.push(title);
    const body = bodies[lesson.key];
    const own = (p: Piece): DeckSlide[] => {
      if (p.type === 'discuss') return [{ kind: 'exercise', eyebrow: `${t('discussHeading')} · ${t('minutes', { n: p.minutes })}`, headline: p.text, points: [], notes: [] }];
      if (p.type !== 'block') return [];
      const block = blocks.find((b) => b.id === p.id);
      return block ? workshopOf(block.text[lang]).slides(block.text[lang], t) : [];
    };
    if (hasSlides(body)) {
      // As deck.ts: prose and notes go to the section's current slide; before its first slide they wait for it.
      let heading = '';
      let target: DeckSlide | undefined = title;
      let waiting: string[] = [];
      // A diagram slide shows its section's first <Diagram>, whether the figure stands before or after the <Slide>.
      let figure: string | undefined;
      let wantsFigure: DeckSlide | undefined;
      const flush = () => { (target ?? slides.at(-1)!).notes.push(...waiting); waiting = []; };
      for (const p of pieces(body)) {
        if (p.type === 'heading') { flush(); heading = p.text; target = wantsFigure = figure = undefined; continue; }
        if (p.type === 'slide') {
          target = p.diagram
            ? { kind: 'diagram', headline: plainText(p.title ?? heading), points: [], notes: [], diagram: figure }
            : { kind: 'text', headline: plainText(p.title ?? heading), points: p.points, notes: [] };
          if (p.diagram && !figure) wantsFigure = target;
          figure = p.diagram ? undefined : figure;
          slides.push(target);
          flush();
          continue;
        }
        if (p.type === 'diagram') {
          if (wantsFigure) { wantsFigure.diagram = p.id; wantsFigure = undefined; } else figure ??= p.id;
          continue;
        }
        if (p.type === 'notes' || p.type === 'prose') { if (target) target.notes.push(p.text); else waiting.push(p.text); continue; }
        slides.push(...own(p));
      }
      flush();
    } else {
      // Prose slides: a new one at every heading and slide break, the text itself as the notes.
      let current: DeckSlide | undefined;
      let heading = lesson.text[lang].title;
      const open = (headline: string) => { current = { kind: 'text', headline, points: [], notes: [] }; slides.push(current); return current; };
      for (const p of pieces(body)) {
        if (p.type === 'heading') { heading = p.text; open(p.text); continue; }
        if (p.type === 'break') { current = undefined; continue; }
        if (p.type === 'prose' || p.type === 'notes') { (current ?? open(heading)).notes.push(p.text); continue; }
        if (p.type === 'slide' || p.type === 'diagram') continue;
        slides.push(...own(p));
        current = undefined;
      }
    }
  }
  const half = text.keyPoints.length > 4 ? Math.ceil(text.keyPoints.length / 2) : text.keyPoints.length;
  for (const points of [text.keyPoints.slice(0, half), text.keyPoints.slice(half)].filter((x) => x.length)) {
    slides.push({ kind: 'text', headline: t('keyPointsHeading'), points, notes: [] });
  }
  return slides;
}

/** How many slides the export holds: the deck (it opens with the title slide) and an answer slide after each exercise that has one. */
export const exportedSlideCount = (deck: DeckSlide[]) => deck.length + deck.filter((s) => s.answer).length;
