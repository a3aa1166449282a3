/**
 * Glossary terms in the lessons: which words stand for a term (taken from the glossary
 * files, not a list in code), how they are found in running text, and, in the built site,
 * that each lesson explains a term once, at its first use, never inside a heading or link.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { termMatcher, termVariants, type GlossaryTerm } from '../../src/glossary/term-matcher.ts';
import { lessonOf } from '../../src/build/glossary-terms-plugin.ts';
import { loadCourseTree } from '../../src/course/course-tree.ts';

const entry = (id: string, term: string, forms?: string[]): GlossaryTerm => ({ id, term, definition: `${term} explained.`, ...(forms ? { forms } : {}) });
const glossary = [
  entry('supported-employment', 'Supported Employment (SE)'),
  entry('job-specialist', 'Jobbspesialist'),
  entry('ips', 'Individuell jobbstøtte (IPS)'),
  entry('fidelity-scale', 'IPS-kvalitetsskala'),
  entry('three-sides', 'Supply side, demand side and support side'),
  entry('place-then-train', 'Place, then train and maintain'),
  entry('nav', 'NAV', ['Nav']),
];
const all = (text: string) => {
  const m = termMatcher(glossary);
  const found: string[] = [];
  for (let hit = m.find(text, 0, () => true); hit; hit = m.find(text, hit.index + hit.text.length, () => true)) found.push(`${hit.id}:${hit.text}`);
  return found;
};

describe('the words that stand for a term', () => {
  it('are the whole term, the term without its bracket, and what the bracket holds', () => {
    expect(termVariants(glossary[0]!)).toEqual(expect.arrayContaining(['Supported Employment (SE)', 'Supported Employment', 'SE']));
  });
  it('split a list of three named sides, but not a phrase with commas', () => {
    expect(termVariants(glossary[4]!)).toEqual(expect.arrayContaining(['Supply side', 'demand side', 'support side']));
    expect(termVariants(glossary[5]!)).not.toContain('Place');
  });
  it('include the forms an entry lists', () => {
    expect(termVariants(glossary[6]!)).toContain('Nav');
  });
});

describe('finding terms in text', () => {
  it('finds a word with a short ending, in any case', () => {
    expect(all('Sammen med jobbspesialisten går hun ut.')).toEqual(['job-specialist:jobbspesialisten']);
  });
  it('takes short forms in capitals only, so Swedish "se" (see) is not SE', () => {
    expect(all('Vi kan se att SE fungerar.')).toEqual(['supported-employment:SE']);
  });
  it('prefers the longest term at a place', () => {
    expect(all('Bruk IPS-kvalitetsskalaen i teamet.')).toEqual(['fidelity-scale:IPS-kvalitetsskalaen']);
  });
  it('does not find a term inside another word', () => {
    expect(all('NAVIGATION and SEA are not terms.')).toEqual([]);
  });
  it('matches across a comma or hyphen the term writes differently', () => {
    expect(all('We place then train and maintain.')).toEqual(['place-then-train:place then train and maintain']);
  });
  it('skips terms the caller has already used', () => {
    const m = termMatcher(glossary);
    expect(m.find('SE og jobbspesialist', 0, (id) => id !== 'supported-employment')).toMatchObject({ id: 'job-specialist' });
  });
});

it('knows a lesson file from its path, and ignores other Markdown', () => {
  expect(lessonOf('/x/content/lessons/sv/ips/fidelity.mdx')).toEqual({ lang: 'sv', lessonId: 'fidelity' });
  expect(lessonOf('/x/src/accessibility/en.md')).toBeUndefined();
  expect(lessonOf(undefined)).toBeUndefined();
});

describe('the built lessons (after npm run build)', () => {
  const course = loadCourseTree(process.cwd());
  const lessons = ['nb', 'sv', 'en'].flatMap((lang) => course.modules.flatMap((m) => m.lessons.map((l) => ({ lang, file: join('dist/site', lang, m.id, l.id, 'index.html') }))));

  it('explain each glossary term at most once per lesson, never inside a heading or link, and most lessons explain some', () => {
    const problems: string[] = [];
    let withTerms = 0;
    for (const { lang, file } of lessons) {
      const html = readFileSync(file, 'utf8');
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      const ids = [...main.matchAll(/popovertarget="term-[^"]+?-([a-z0-9-]+)"(?! popovertargetaction)/g)].map((m) => m[1]!);
      const known = new Set(course.glossary[lang as 'nb'].map((e) => e.id));
      if (ids.length > 0) withTerms++;
      const popovers = [...main.matchAll(/<span id="(term-[^"]+)" popover/g)].map((m) => m[1]!);
      if (new Set(popovers).size !== popovers.length) problems.push(`${file}: a term explained twice`);
      for (const id of ids) if (![...known].some((k) => id.endsWith(k))) problems.push(`${file}: unknown term ${id}`);
      for (const [tag] of main.matchAll(/<(h[1-6]|a)\b[^>]*>(?:(?!<\/\1>).)*class="term"/gs)) problems.push(`${file}: a term inside <${tag}>`);
    }
    expect(problems).toEqual([]);
    expect(withTerms).toBeGreaterThan(lessons.length / 2);
  });
});
