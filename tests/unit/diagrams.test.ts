/**
 * Diagrams: every word exists in nb, sv and en; an author who leaves one out is
 * told which field, in which language, and what to write; every word is drawn
 * as real text in both layouts, within the size budget.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read-content.ts';
import { missingTranslations } from '../../src/content/check-diagrams.ts';
import type { Diagram, Translated } from '../../src/content/diagram-schemas.ts';
import { drawDiagram } from '../../src/diagrams/draw.ts';
import { wrap } from '../../src/diagrams/svg.ts';
import { languages } from '../../src/i18n/languages.ts';
import { fixtureCourse } from './content-fixture.ts';

const { content } = readContent(process.cwd());
const diagrams = [...content.diagrams].map(([id, { diagram }]) => ({ id, diagram }));

/** Every translated text in a diagram, wherever it sits. */
function texts(value: unknown): Translated[] {
  if (Array.isArray(value)) return value.flatMap(texts);
  if (!value || typeof value !== 'object') return [];
  if (typeof (value as Translated).nb === 'string') return [value as Translated];
  return Object.values(value).flatMap(texts);
}

/** The words an SVG shows, without the spaces and hyphens that line breaks add or move. */
function drawnText(svg: string): string {
  const spans = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
  return squash(spans.join(' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'));
}
const squash = (s: string) => s.replace(/[\s-]+/g, '');

describe('the course diagrams', () => {
  it('include every model the issue asks for', () => {
    expect(diagrams.map((d) => d.id).sort()).toEqual([
      'ce-elements', 'fidelity-scale', 'five-stages-cycle', 'helper-roles', 'inclusion-models',
      'ips-principles', 'ips-trials-chart', 'natural-support-ladder', 'norwegian-results-chart', 'train-or-place',
    ]);
  });

  it.each(diagrams)('$id has every label in nb, sv and en', ({ diagram }) => {
    expect(texts(diagram).length).toBeGreaterThan(3);
    expect(missingTranslations(diagram)).toEqual([]);
    for (const text of texts(diagram)) for (const lang of languages) expect(text[lang]?.trim(), text.nb).toBeTruthy();
  });

  it.each(diagrams)('$id draws every word as text, in both layouts and every language, under 15 KB', ({ diagram }) => {
    for (const lang of languages) {
      const { wide, narrow } = drawDiagram(diagram, lang);
      for (const svg of [wide, narrow]) {
        expect(Buffer.byteLength(wide) + Buffer.byteLength(narrow)).toBeLessThan(15 * 1024);
        expect(svg).toMatch(/^<svg [^>]*aria-hidden="true"/);
        const drawn = drawnText(svg);
        // The chart's measure is the text table's caption; the drawing shows the axis instead.
        const shown = texts({ ...diagram, title: undefined, caption: undefined, ...(diagram.kind === 'bars' ? { measure: undefined } : {}) });
        for (const text of shown) expect(drawn, `${lang}: "${text[lang]}"`).toContain(squash(text[lang]!));
      }
    }
  });

  it('puts each IPS fidelity band where the manual does, and leaves 115–125 unnamed', () => {
    const scale = content.diagrams.get('fidelity-scale')!.diagram as Extract<Diagram, { kind: 'scale' }>;
    expect(scale.items * scale.itemMin).toBe(25);
    expect(scale.items * scale.itemMax).toBe(125);
    expect(scale.sections).toHaveLength(3);
    expect(scale.bands.map((b) => [b.from, b.to, b.label.en])).toEqual([[25, 73, 'Not IPS'], [74, 99, 'Fair fidelity'], [100, 114, 'Good fidelity']]);
  });
});

describe('drawing', () => {
  it('wraps lines to the width, breaking an over-long word at its own hyphen first', () => {
    const lines = wrap('Individualised and time-unlimited support for everyone', 12);
    expect(lines.every((l) => l.length <= 12)).toBe(true);
    expect(lines).toContain('time-');
    expect(wrap('Arbeidsforberedelsesperioden', 10).every((l) => l.length <= 10)).toBe(true);
  });

  it('escapes markup in words', () => {
    const diagram: Diagram = { kind: 'cards', title: { nb: 't', sv: 't', en: 't' }, sources: ['x'], numbered: false, columns: 2, cards: [{ title: { nb: '<b>&', sv: 's', en: 'e' } }, { title: { nb: 'ok', sv: 'ok', en: 'ok' } }] };
    const { wide } = drawDiagram(diagram, 'nb');
    expect(wide).toContain('&lt;b&gt;&amp;');
    expect(wide).not.toContain('<b>');
  });
});

describe('an author writing a diagram', () => {
  const cards = (svTitle: string) => `kind: cards
title: { nb: Tittel, sv: Titel, en: Title }
sources: [source-one]
columns: 2
cards:
  - title: { nb: Første, sv: Första, en: First }
  - title: { nb: Andre, ${svTitle}en: Second }
`;
  const placed = (id: string) => (text: string) => text.replace('## Section one\n', `## Section one\n\n<Diagram id="${id}" />\n`);

  function course(yaml: string) {
    const c = fixtureCourse();
    mkdirSync(join(c.root, 'content/diagrams'));
    c.write('diagrams/models.yaml', yaml);
    for (const lang of languages) c.edit(`lessons/${lang}/basics/first.mdx`, placed('models'));
    return c;
  }

  it('writes a well-formed one that loads', () => {
    const c = fixtureCourse();
    // The fixture has no diagrams folder: a course without diagrams is fine.
    expect(c.problems()).toEqual([]);
    expect(course(cards('sv: Andra, ')).problems()).toEqual([]);
  });

  it('who leaves out a translation is told the field, the language and the words to translate', () => {
    expect(course(cards('')).problems()).toEqual([
      'content/diagrams/models.yaml: field "cards.1.title": has no sv translation of "Andre"\n    → Add "sv:" next to "nb:" with the words in Swedish.',
    ]);
  });

  it('who places an unknown diagram, or none, is told so', () => {
    const c = course(cards('sv: Andra, '));
    c.edit('lessons/en/basics/first.mdx', (t) => t.replace('<Diagram id="models" />', '<Diagram id="modles" />'));
    expect(c.problems()).toEqual([
      expect.stringMatching(/^content\/lessons\/en\/basics\/first\.mdx: block ids \[modles\] differ from the nb lesson's \[models\]/),
      expect.stringMatching(/^content\/lessons\/en\/basics\/first\.mdx: <Diagram id="modles"> names no diagram\n    → Create content\/diagrams\/modles\.yaml, or fix the id \(known: models\)/),
      expect.stringMatching(/^content\/diagrams\/models\.yaml: is not placed in any "en" lesson/),
    ]);
  });

  it('whose chart has numbers that do not fit is told what to write', () => {
    const c = fixtureCourse();
    mkdirSync(join(c.root, 'content/diagrams'));
    c.write('diagrams/chart.yaml', `kind: bars
title: { nb: T, sv: T, en: T }
sources: [source-one]
measure: { nb: M, sv: M, en: M }
series: [{ nb: A, sv: A, en: A }, { nb: B, sv: B, en: B }]
groups:
  - { label: { nb: G, sv: G, en: G }, source: { nb: S, sv: S, en: S }, sourceId: no-such-source, values: [120] }
`);
    for (const lang of languages) c.edit(`lessons/${lang}/basics/first.mdx`, placed('chart'));
    expect(c.problems()).toEqual([
      expect.stringMatching(/field "groups\.0\.values": has 1 values for 2 series/),
      expect.stringMatching(/field "groups\.0\.values\.0": is not a percentage from 0 to 100/),
      expect.stringMatching(/field "groups\.0\.sourceId": unknown source id "no-such-source"/),
    ]);
  });
});
