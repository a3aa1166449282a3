/**
 * The PowerPoint export, after a build: one module's file per language opens in
 * LibreOffice Impress with one slide per slide of the deck and one per exercise
 * answer, carries the speaker notes, and stays small. (`npm run pptx-check`
 * opens every module's.) The deck model itself is checked on the real content.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourseTree } from '../../src/course/course-tree.ts';
import { readContent } from '../../src/content/read-content.ts';
import { languages } from '../../src/i18n/languages.ts';
import { exportedSlideCount, moduleDeck } from '../../src/present/deck-model.ts';
import { pptxPath } from '../../src/present/pptx-name.ts';
import { impressPages, pptxNotes } from '../../src/present/impress-check.ts';
import { figureSvgs } from '../../src/present/diagram-pictures.ts';

const course = loadCourseTree(process.cwd());
const { content } = readContent(process.cwd());
const module = course.modules.find((m) => m.id === 'why-work')!;
const deckIn = (lang: (typeof languages)[number]) => moduleDeck(module, Object.fromEntries(content.lessons.filter((l) => l.lang === lang).map((l) => [`${l.moduleId}/${l.lessonId}`, l.body])), course.blocks.filter((b) => b.moduleId === module.id), lang);

describe('the deck as data', () => {
  it('gives each section slide its headline and points, and the section prose and notes as speaker notes', () => {
    const deck = deckIn('nb');
    const supply = deck.find((s) => s.headline === 'Tilbudssiden: personen som arbeidskraft')!;
    expect(supply.points).toEqual(['Hva mestrer personen, og hvordan lærer hun best?', 'Hjelpen styrker det personen kan']);
    expect(supply.notes[0]).toMatch(/^Den første modellen ser på arbeidssøkeren/);
    expect(supply.notes[1]).toMatch(/^Dette er blikket de fleste kjenner/);
    // A lesson's introduction belongs to its title slide; a quiz carries its answer for the slide after it.
    expect(deck.find((s) => s.headline === 'Tre måter å se arbeidsinkludering på')!.notes[0]).toMatch(/^Når noen trenger hjelp/);
    const quiz = deck.find((s) => s.lettered && s.answer)!;
    expect(quiz.answer!.points.some((p) => p.includes('✓'))).toBe(true);
    expect(quiz.answer!.notes).toHaveLength(quiz.points.length);
  });

  it('has the same slides in every language', () => {
    const shape = (lang: (typeof languages)[number]) => deckIn(lang).map((s) => `${s.kind}:${s.points.length}:${Boolean(s.answer)}`);
    expect(shape('sv')).toEqual(shape('nb'));
    expect(shape('en')).toEqual(shape('nb'));
  });

  it('takes a diagram from its figure in the built page, standalone', () => {
    const html = '<p>x</p><figure class="diagram" data-diagram="a-b"><svg viewBox="0 0 10 5"><rect fill="var(--diagram-fill, #abc)"/></svg><figcaption>A</figcaption></figure>';
    expect(figureSvgs(html, ['a-b']).get('a-b')).toBe('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 5"><rect fill="#abc"/></svg>');
  });
});

const built = languages.map((lang) => join('dist/site', pptxPath(module.id, lang)));
describe('the built PowerPoint files', () => {
  it('open in LibreOffice Impress with every slide and answer slide, the notes, and stay small', () => {
    expect(built.filter((f) => !existsSync(f)), 'run npm run build first').toEqual([]);
    const pages = impressPages(built);
    languages.forEach((lang, i) => {
      const deck = deckIn(lang);
      expect(pages.get(built[i]), built[i]).toBe(exportedSlideCount(deck));
      const notes = pptxNotes(built[i]);
      expect(notes).toHaveLength(exportedSlideCount(deck));
      expect(notes.filter(Boolean).length).toBe(deck.filter((s) => s.notes.length).length + deck.filter((s) => s.answer?.notes.length).length);
      expect(statSync(built[i]).size).toBeLessThan(250_000);
    });
  }, 600_000);
});
