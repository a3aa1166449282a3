/**
 * After a build: every diagram is in its lesson in nb, sv and en and on its
 * module's slides, with a caption, both drawings (under 15 KB together) and
 * the same facts as text that anyone can open. Needs `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read-content.ts';
import { findBlockTags } from '../../src/content/block-ids.ts';
import type { Translated } from '../../src/content/diagram-schemas.ts';

const { content } = readContent(process.cwd());
const placements = content.lessons.flatMap((l) => findBlockTags(l.body).filter((t) => t.component === 'Diagram')
  .map((t) => ({ id: t.id, lang: l.lang, moduleId: l.moduleId, lessonId: l.lessonId })));

const decode = (html: string) => html.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The <figure> of one diagram in a page, or undefined. */
function figure(html: string, id: string): string | undefined {
  const start = html.indexOf(`data-diagram="${id}"`);
  if (start < 0) return undefined;
  const open = html.lastIndexOf('<figure', start);
  return html.slice(open, html.indexOf('</figure>', start) + '</figure>'.length);
}

function words(value: unknown): Translated[] {
  if (Array.isArray(value)) return value.flatMap(words);
  if (!value || typeof value !== 'object') return [];
  if (typeof (value as Translated).nb === 'string') return [value as Translated];
  return Object.values(value).flatMap(words);
}

describe('the built lessons', () => {
  it('place every diagram in nb, sv and en', () => {
    for (const id of content.diagrams.keys()) {
      expect(placements.filter((p) => p.id === id).map((p) => p.lang).sort(), id).toEqual(['en', 'nb', 'sv']);
    }
  });

  it.each(placements)('$lang/$moduleId/$lessonId shows "$id" with caption, drawings under 15 KB and its text version', ({ id, lang, moduleId, lessonId }) => {
    const html = readFileSync(`dist/site/${lang}/${moduleId}/${lessonId}/index.html`, 'utf8');
    const fig = figure(html, id);
    expect(fig, `no figure for ${id}`).toBeDefined();
    const diagram = content.diagrams.get(id)!.diagram;
    expect(decode(fig!.match(/<figcaption[^>]*>([\s\S]*?)<\/figcaption>/)![1])).toContain(diagram.title[lang]);
    const svgs = fig!.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs).toHaveLength(2);
    expect(svgs.every((s) => s.includes('aria-hidden="true"'))).toBe(true);
    expect(Buffer.byteLength(svgs.join(''))).toBeLessThan(15 * 1024);
    // The text version says everything the drawing says (a chart's measure is its table's caption).
    const text = decode(fig!.match(/<details class="diagram__text[^>]*>([\s\S]*?)<\/details>/)![1].replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
    for (const w of words({ ...diagram, title: undefined, caption: undefined })) expect(text, id).toContain(w[lang]);
    expect(text).toMatch(/\S+: /);
  });

  it.each(['nb', 'sv', 'en'] as const)('put each diagram on its module\'s slides in %s', (lang) => {
    for (const p of placements.filter((x) => x.lang === lang)) {
      const html = readFileSync(`dist/site/${lang}/present/${p.moduleId}/index.html`, 'utf8');
      expect(figure(html, p.id), `${p.id} on the ${p.moduleId} slides`).toBeDefined();
    }
  });
});
