/** One term per concept: a rejected variant anywhere an author writes stops the build, naming file, line and the term to use. */
import { describe, expect, it } from 'vitest';
import { fixtureCourse } from './content-fixture.ts';
import { checkTerminology } from '../../src/content/check-terminology.ts';
import type { RawContent } from '../../src/content/read-content.ts';

describe('the terminology rule', () => {
  it('rejects a variant in a lesson, naming the file, the line, the variant and the preferred term', () => {
    const course = fixtureCourse();
    course.edit('lessons/sv/basics/first.mdx', (t) => t.replace('More text.', 'Din jobbspecialist hjälper dig.'));
    expect(course.problems()).toEqual([
      'content/lessons/sv/basics/first.mdx:22: "jobbspecialist" is not this course\'s term; write "arbetscoach" (content/terminology.yaml)\n    → Rollen heter arbetscoach i hela kursen.',
    ]);
  });

  it("reads a component's name as markup, but checks the words in its attributes", () => {
    const rule = { preferred: 'lysbilde', rejected: ['slide'], note: 'På norsk heter det lysbilde.' };
    const text = 'Tekst.\n\n<Slide title="Et lysbilde">\n- Et punkt\n</Slide>\n\n<Slide title="En slide">\n- Et punkt\n</Slide>\n';
    const raw = { terminology: { nb: [rule], sv: [], en: [] }, texts: [{ file: 'content/lessons/nb/basics/first.mdx', lang: 'nb', text }] } as unknown as RawContent;
    expect(checkTerminology(raw).map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      'content/lessons/nb/basics/first.mdx:7: "slide" is not this course\'s term; write "lysbilde" (content/terminology.yaml)',
    ]);
  });

  it('accepts the preferred term', () => {
    const course = fixtureCourse();
    course.edit('lessons/sv/basics/first.mdx', (t) => t.replace('More text.', 'Din arbetscoach hjälper dig.'));
    course.edit('lessons/en/basics/first.mdx', (t) => t.replace('More text.', 'Your employment specialist helps you.'));
    expect(course.problems()).toEqual([]);
  });

  it('finds a variant in trainer notes, blocks, assessment, module texts and the glossary, with inflected forms', () => {
    const course = fixtureCourse();
    course.edit('lessons/en/basics/first.mdx', (t) => t.replace('Ask the room', 'Ask the job specialists in the room'));
    course.edit('blocks/nb/basics.yaml', (t) => `${t}\n# A comment may name a jobbkonsulent.\n`);
    course.edit('modules/nb/basics.yaml', (t) => t.replace(/^title: .*$/m, 'title: "Jobbkonsulentens hverdag"'));
    course.edit('glossary/en.yaml', (t) => t.replace('definition: "Definition one."', 'definition: "What a job specialist does."'));
    course.edit('assessment/sv/basics.yaml', (t) => t.replace(/question: "/, 'question: "Vad gör jobbspecialisterna? '));
    const problems = course.problems();
    expect(problems).toEqual([
      expect.stringMatching(/^content\/modules\/nb\/basics\.yaml:1: "Jobbkonsulentens" is not this course's term; write "Jobbspesialist"/),
      expect.stringMatching(/^content\/assessment\/sv\/basics\.yaml:\d+: "jobbspecialisterna" is not this course's term; write "arbetscoach"/),
      expect.stringMatching(/^content\/glossary\/en\.yaml:3: "job specialist" is not this course's term; write "employment specialist"/),
      expect.stringMatching(/^content\/lessons\/en\/basics\/first\.mdx:15: "job specialists" is not this course's term/),
    ]);
  });

  it('matches whole words only, so a variant inside another word passes', () => {
    const course = fixtureCourse();
    course.edit('lessons/nb/basics/first.mdx', (t) => t.replace('More text.', 'Vi spør henne og hennes leder. Hendelsen var liten.'));
    expect(course.problems()).toEqual([]);
    course.edit('lessons/nb/basics/first.mdx', (t) => t.replace('Vi spør henne', 'Hen spør henne'));
    expect(course.problems()).toEqual([expect.stringMatching(/^content\/lessons\/nb\/basics\/first\.mdx:22: "Hen" is not this course's term; write "Hun eller han"/)]);
  });

  it('is case-aware: a variant written with capitals matches only as written', () => {
    const course = fixtureCourse();
    course.edit('terminology.yaml', (t) => t.replace('rejected: ["job specialist*"]', 'rejected: ["job specialist*", "NAV"]'));
    course.edit('lessons/en/basics/first.mdx', (t) => t.replace('More text.', 'A nav bar is not NAV.'));
    expect(course.problems()).toEqual([expect.stringMatching(/first\.mdx:22: "NAV" is not this course's term/)]);
  });

  it('lets a file listed in allowedIn name the variant on purpose', () => {
    const course = fixtureCourse();
    course.edit('glossary/sv.yaml', (t) => t.replace('definition: "Definition one."', 'definition: "Kallas ibland jobbspecialist."'));
    expect(course.problems()).toEqual([]);
  });

  it('rejects a list whose preferred term contains one of its own rejected variants', () => {
    const course = fixtureCourse();
    course.edit('terminology.yaml', (t) => t.replace('rejected: ["jobbkonsulent*"]', 'rejected: ["jobbspesialist"]'));
    expect(course.problems()).toEqual([expect.stringMatching(/^content\/terminology\.yaml: field "nb\.0\.rejected\.0": "jobbspesialist" is rejected but is part of the preferred term/)]);
  });

  it('requires the list and checks its fields', () => {
    const course = fixtureCourse();
    course.edit('terminology.yaml', (t) => t.replace('note: "The course\'s English name for the role."', 'why: "No note."'));
    const problems = course.problems();
    expect(problems.some((p) => /^content\/terminology\.yaml: field "en\.0\.note": is missing/.test(p))).toBe(true);
    expect(problems.some((p) => /^content\/terminology\.yaml: has unknown field "why"|field "en\.0": has unknown field "why"/.test(p))).toBe(true);
    course.remove('terminology.yaml');
    expect(course.problems()).toEqual([expect.stringMatching(/^content\/terminology\.yaml: is missing/)]);
  });
});
