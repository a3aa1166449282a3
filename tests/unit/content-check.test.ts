/** An author who breaks a content file gets a message naming the file, the field and the fix. */
import { describe, expect, it } from 'vitest';
import { loadCourseTree } from '../../src/course/course-tree.ts';
import { fixtureCourse } from './content-fixture.ts';

describe('a well-formed course', () => {
  it('loads into a tree with every language', () => {
    const course = fixtureCourse();
    expect(course.problems()).toEqual([]);
    const tree = loadCourseTree(course.root);
    expect(tree.modules.map((m) => m.id)).toEqual(['basics']);
    expect(tree.modules[0].lessons.map((l) => l.key)).toEqual(['basics/first', 'basics/second']);
    expect(tree.modules[0].lessons[1].text.sv.title).toBe('Second lesson (sv)');
    expect(tree.masteryScore).toBe(80);
  });
});

describe('a malformed lesson', () => {
  it('without a title names the file and the field', () => {
    const course = fixtureCourse();
    course.edit('lessons/sv/basics/first.mdx', (t) => t.replace(/^title: .*\n/m, ''));
    expect(course.problems()).toEqual([expect.stringMatching(/^content\/lessons\/sv\/basics\/first\.mdx: field "title": is missing/)]);
  });

  it('with minutes that are not a number names the field', () => {
    const course = fixtureCourse();
    course.edit('lessons/en/basics/second.mdx', (t) => t.replace('minutes: 5', 'minutes: five'));
    expect(course.problems()).toEqual([expect.stringMatching(/^content\/lessons\/en\/basics\/second\.mdx: field "minutes": .*number/)]);
  });

  it('with an unknown field says which and how to fix it', () => {
    const course = fixtureCourse();
    course.edit('lessons/nb/basics/first.mdx', (t) => t.replace('minutes: 5', 'minutes: 5\nauthor: "X"'));
    const [problem] = course.problems();
    expect(problem).toContain('content/lessons/nb/basics/first.mdx: has unknown field "author"');
    expect(problem).toContain('src/content/schemas.ts');
  });

  it('without any frontmatter says what it must start with', () => {
    const course = fixtureCourse();
    course.write('lessons/nb/basics/second.mdx', '## Just text\n');
    expect(course.problems()).toEqual([expect.stringContaining('content/lessons/nb/basics/second.mdx: has no frontmatter')]);
  });

  it('with broken YAML in the frontmatter gives the line', () => {
    const course = fixtureCourse();
    course.edit('lessons/nb/basics/second.mdx', (t) => t.replace('title: "Second lesson (nb)"', 'title: "Second lesson: broken\n  - x'));
    expect(course.problems()[0]).toMatch(/^content\/lessons\/nb\/basics\/second\.mdx: is not valid YAML \(line \d+\)/);
  });

  it('citing a source that does not exist names the entry', () => {
    const course = fixtureCourse();
    course.edit('lessons/en/basics/second.mdx', (t) => t.replace('source-two', 'source-nine'));
    expect(course.problems()).toEqual([expect.stringMatching(/content\/lessons\/en\/basics\/second\.mdx: field "sources\.1": unknown source id "source-nine"/)]);
  });

  it('with no sources at all is rejected: every lesson cites its sources', () => {
    const course = fixtureCourse();
    course.edit('lessons/nb/basics/second.mdx', (t) => t.replace('sources: [source-one, source-two]', 'sources: []'));
    expect(course.problems()).toEqual([expect.stringMatching(/second\.mdx: field "sources": must cite at least one source/)]);
  });
});

describe('the course structure', () => {
  it('rejects a lesson missing in one language, naming the file that should exist', () => {
    const course = fixtureCourse();
    course.remove('lessons/sv/basics/second.mdx');
    expect(course.problems()).toEqual([expect.stringMatching(/^content\/lessons\/sv\/basics\/second\.mdx: is missing: lesson "basics\/second" .* no "sv" version/)]);
  });

  it('rejects module texts missing in one language', () => {
    const course = fixtureCourse();
    course.remove('modules/en/basics.yaml');
    expect(course.problems()).toEqual([expect.stringMatching(/^content\/modules\/en\/basics\.yaml: is missing/)]);
  });

  it('rejects a lesson folder with an unknown module id', () => {
    const course = fixtureCourse();
    course.edit('course.yaml', (t) => t.replace('- id: basics', '- id: basic'));
    const problems = course.problems();
    expect(problems).toContainEqual(expect.stringMatching(/^content\/lessons\/nb\/basics\/first\.mdx: unknown module id "basics"/));
    expect(problems).toContainEqual(expect.stringMatching(/^content\/modules\/nb\/basics\.yaml: unknown module id "basics"/));
  });

  it('rejects a lesson file that course.yaml does not list', () => {
    const course = fixtureCourse();
    course.edit('course.yaml', (t) => t.replace('[first, second]', '[first]'));
    expect(course.problems()).toContainEqual(expect.stringContaining('content/lessons/nb/basics/second.mdx: lesson "second" is not listed in module "basics"'));
  });

  it('rejects a duplicate module id', () => {
    const course = fixtureCourse();
    course.edit('course.yaml', (t) => `${t}  - id: basics\n    minutes: 5\n    lessons: [first]\n`);
    expect(course.problems()).toContainEqual(expect.stringContaining('content/course.yaml: field "modules": module id "basics" is used more than once'));
  });

  it('rejects a duplicate lesson id in a module', () => {
    const course = fixtureCourse();
    course.edit('course.yaml', (t) => t.replace('[first, second]', '[first, second, first]'));
    expect(course.problems()).toContainEqual(expect.stringContaining('field "modules.0.lessons": lesson id "first" is listed more than once'));
  });

  it('rejects an id that is not kebab-case', () => {
    const course = fixtureCourse();
    course.edit('course.yaml', (t) => t.replace('id: fixture-course', 'id: Fixture Course'));
    expect(course.problems()).toEqual([expect.stringMatching(/^content\/course\.yaml: field "id": must be kebab-case/)]);
  });

  it('rejects a missing course description', () => {
    const course = fixtureCourse();
    course.remove('course.yaml');
    expect(course.problems()).toEqual([expect.stringMatching(/^content\/course\.yaml: is missing/)]);
  });

  it('rejects a duplicate source id', () => {
    const course = fixtureCourse();
    course.edit('sources.yaml', (t) => t.replace('id: source-two', 'id: source-one'));
    expect(course.problems()).toContainEqual(expect.stringContaining('content/sources.yaml: field "id": id "source-one" is used more than once'));
  });

  it('takes a note on where in a source a figure is, and rejects an empty one', () => {
    const course = fixtureCourse();
    course.edit('sources.yaml', (t) => t.replace('  seed: "004"', '  seed: "004"\n  note: "Table 2, p. 14."'));
    expect(course.problems()).toEqual([]);
    course.edit('sources.yaml', (t) => t.replace('note: "Table 2, p. 14."', 'note: " "'));
    expect(course.problems()).toEqual([expect.stringMatching(/^content\/sources\.yaml: field "1\.note": /)]);
  });

  it('rejects a stray file among the lessons', () => {
    const course = fixtureCourse();
    course.write('lessons/nb/basics/notes.md', '# notes');
    expect(course.problems()).toEqual([expect.stringContaining('content/lessons/nb/basics/notes.md: is not a content file')]);
  });
});

describe('ids shared across languages', () => {
  it('rejects a glossary term missing in one language', () => {
    const course = fixtureCourse();
    course.edit('glossary/sv.yaml', (t) => t.split('- id: term-two')[0]);
    expect(course.problems()).toEqual([expect.stringContaining('content/glossary/sv.yaml: term "term-two" from the nb glossary is missing')]);
  });

  it('rejects interactive blocks placed in a different order in one language', () => {
    const course = fixtureCourse();
    course.edit('lessons/en/basics/second.mdx', (t) => t.replace('<Quiz id="basics-check" />', 'QUIZ').replace('<Scenario id="basics-case" />', '<Quiz id="basics-check" />').replace('QUIZ', '<Scenario id="basics-case" />'));
    expect(course.problems()).toEqual([expect.stringMatching(/content\/lessons\/en\/basics\/second\.mdx: block ids \[basics-case, basics-check\] differ from the nb lesson's \[basics-check, basics-case\]/)]);
  });

  it('rejects the same block id in two lessons', () => {
    const course = fixtureCourse();
    for (const lang of ['nb', 'sv', 'en']) {
      for (const lesson of ['first', 'second']) course.edit(`lessons/${lang}/basics/${lesson}.mdx`, (t) => `${t}\n<Quiz id="quiz-a" />\n`);
    }
    expect(course.problems()).toContainEqual(expect.stringContaining('block id "quiz-a" is already used in lesson "basics/first"'));
  });
});
