/** An author who writes a broken quiz, scenario or assessment is told what is wrong and how to fix it. */
import { describe, expect, it } from 'vitest';
import { loadCourseTree } from '../../src/course/course-tree.ts';
import { fixtureCourse } from './content-fixture.ts';

const langs = ['nb', 'sv', 'en'] as const;
const everyLang = (course: ReturnType<typeof fixtureCourse>, file: (l: string) => string, change: (t: string) => string) =>
  langs.forEach((l) => course.edit(file(l), change));

describe('the course tree', () => {
  it('lists every block in course order with its lesson, and the assessment pool', () => {
    const tree = loadCourseTree(fixtureCourse().root);
    expect(tree.blocks.map((b) => [b.id, b.type, b.lessonKey])).toEqual([
      ['basics-check', 'choice', 'basics/second'],
      ['basics-case', 'scenario', 'basics/second'],
    ]);
    expect(tree.blocks[0].text.sv.type === 'choice' && tree.blocks[0].text.sv.question).toBe('Which comes first? (sv)');
    expect(tree.assessment.drawn).toBe(2);
    expect(tree.assessment.questions.map((q) => q.id)).toEqual(['final-basics-first', 'final-basics-support']);
  });
});

describe('a knowledge check', () => {
  it('that is single choice with two right options names the question', () => {
    const course = fixtureCourse();
    everyLang(course, (l) => `blocks/${l}/basics.yaml`, (t) => t.replace('- text: "Training"\n', '- text: "Training"\n      correct: true\n'));
    expect(course.problems()).toContainEqual(expect.stringMatching(/content\/blocks\/nb\/basics\.yaml: field "0\.options": question "basics-check" has 2 correct options but is single choice/));
  });

  it('whose right answer differs in one language is caught', () => {
    const course = fixtureCourse();
    course.edit('blocks/sv/basics.yaml', (t) => t.replace('correct: true', 'correct: false').replace('- text: "Training"\n', '- text: "Training"\n      correct: true\n'));
    expect(course.problems()).toEqual([expect.stringContaining('content/blocks/sv/basics.yaml: field "0": block "basics-check" is built differently from nb')]);
  });

  it('without feedback on an option names the field', () => {
    const course = fixtureCourse();
    course.edit('blocks/en/basics.yaml', (t) => t.replace('      feedback: "Training happens on the job."\n', ''));
    expect(course.problems()).toEqual([expect.stringMatching(/content\/blocks\/en\/basics\.yaml: field "0\.options\.1\.feedback": is missing/)]);
  });
});

describe('a scenario', () => {
  it('with a choice leading nowhere names the step and the target', () => {
    const course = fixtureCourse();
    everyLang(course, (l) => `blocks/${l}/basics.yaml`, (t) => t.replace('next: follow-up', 'next: follw-up'));
    expect(course.problems()).toContainEqual(expect.stringContaining('scenario "basics-case" step "start" leads to "follw-up", which is neither a step nor an ending'));
  });

  it('that loops is rejected', () => {
    const course = fixtureCourse();
    everyLang(course, (l) => `blocks/${l}/basics.yaml`, (t) => t.replace('next: kept', 'next: start'));
    expect(course.problems()).toContainEqual(expect.stringContaining('scenario "basics-case" loops back to step "start" (start → follow-up → start)'));
  });

  it('with an ending no path reaches is rejected', () => {
    const course = fixtureCourse();
    everyLang(course, (l) => `blocks/${l}/basics.yaml`, (t) => t.replace('next: kept', 'next: lost'));
    expect(course.problems()).toContainEqual(expect.stringContaining('scenario "basics-case" "kept" cannot be reached from the first step "start"'));
  });

  it('that ends after one decision on every path is rejected', () => {
    const course = fixtureCourse();
    everyLang(course, (l) => `blocks/${l}/basics.yaml`, (t) => t.replace('next: follow-up', 'next: kept').replace(/    - id: follow-up[\s\S]*?(?=  endings:)/, ''));
    expect(course.problems()).toEqual(expect.arrayContaining([expect.stringContaining('must have at least two decision points')]));
  });
});

describe('placing blocks in lessons', () => {
  it('names a block id that does not exist', () => {
    const course = fixtureCourse();
    everyLang(course, (l) => `lessons/${l}/basics/first.mdx`, (t) => `${t}\n<Quiz id="basics-nothing" />\n`);
    expect(course.problems()).toContainEqual(expect.stringContaining('content/lessons/nb/basics/first.mdx: <Quiz id="basics-nothing"> names no block in content/blocks/nb/basics.yaml'));
  });

  it('says which component a block needs', () => {
    const course = fixtureCourse();
    everyLang(course, (l) => `lessons/${l}/basics/second.mdx`, (t) => t.replace('<Quiz id="basics-check" />', '<Ordering id="basics-check" />'));
    expect(course.problems()).toContainEqual(expect.stringContaining('<Ordering id="basics-check"> places a choice block\n    → Use <Quiz id="basics-check" /> for it.'));
  });

  it('reports a block that no lesson places', () => {
    const course = fixtureCourse();
    everyLang(course, (l) => `lessons/${l}/basics/second.mdx`, (t) => t.replace('<Scenario id="basics-case" />', ''));
    expect(course.problems()).toContainEqual(expect.stringContaining('content/blocks/nb/basics.yaml: block "basics-case" is not placed in any lesson'));
  });
});

describe('the final assessment', () => {
  it('that draws more questions than the pool holds says so', () => {
    const course = fixtureCourse();
    course.edit('course.yaml', (t) => t.replace('drawn: 2', 'drawn: 3'));
    expect(course.problems()).toEqual([expect.stringContaining('content/course.yaml: field "finalAssessment.drawn": draws 3 questions from a pool of 2')]);
  });

  it('with questions for an unknown module names the file', () => {
    const course = fixtureCourse();
    for (const l of langs) course.write(`assessment/${l}/basic.yaml`, '- id: final-x\n  question: "Q"\n  options:\n    - text: "A"\n      correct: true\n      feedback: "F"\n    - text: "B"\n      feedback: "F"\n');
    expect(course.problems()).toContainEqual(expect.stringContaining('content/assessment/nb/basic.yaml: unknown module id "basic"'));
  });

  it('whose questions differ in one language is caught', () => {
    const course = fixtureCourse();
    course.edit('assessment/en/basics.yaml', (t) => t.replace('id: final-basics-support', 'id: final-basics-other'));
    expect(course.problems()).toEqual([expect.stringContaining('content/assessment/en/basics.yaml: differs from the nb questions')]);
  });

  it('that is missing in one language names the file', () => {
    const course = fixtureCourse();
    course.remove('assessment/sv/basics.yaml');
    expect(course.problems()).toContainEqual(expect.stringMatching(/^content\/assessment\/sv\/basics\.yaml: is missing/));
  });

  it('reusing a block id for a question is rejected', () => {
    const course = fixtureCourse();
    everyLang(course, (l) => `assessment/${l}/basics.yaml`, (t) => t.replace('id: final-basics-first', 'id: basics-check'));
    expect(course.problems()).toContainEqual(expect.stringContaining('content/assessment/nb/basics.yaml: field "0.id": question id "basics-check" is already used in content/blocks/nb/basics.yaml'));
  });
});

describe('feedback on an option', () => {
  it('that opens with its own verdict is flagged, since the page already says right or wrong', () => {
    const course = fixtureCourse();
    course.edit('blocks/nb/basics.yaml', (t) => t.replace('feedback: "Place, then train."', 'feedback: "Riktig: place, then train."'));
    expect(course.problems()).toEqual([expect.stringContaining('content/blocks/nb/basics.yaml: field "0.options.0.feedback": starts with a verdict')]);
  });
});

describe('options whose length gives the answer away', () => {
  const o = (text: string, correct = false) => ({ text, correct });
  it('flags a right option that is by far the longest or the shortest, and says which and how long', async () => {
    const { lengthCueProblem } = await import('../../src/content/check-blocks.ts');
    const long = lengthCueProblem({ multiple: false, options: [o('Short one'), o('A much longer right answer with detail', true), o('Also short')] });
    expect(long).toMatch(/by far the longest \(right 38; wrong 9, 10 characters\)/);
    expect(lengthCueProblem({ multiple: false, options: [o('Yes', true), o('A long wrong answer'), o('Another long wrong one')] })).toMatch(/by far the shortest/);
    expect(lengthCueProblem({ multiple: true, options: [o('Long right answer one', true), o('Long right answer two', true), o('Wrong'), o('Wrong too')] })).toMatch(/every right option is longer/);
  });

  it('lets balanced options through, whichever is right', async () => {
    const { lengthCueProblem } = await import('../../src/content/check-blocks.ts');
    expect(lengthCueProblem({ multiple: false, options: [o('Right answer here', true), o('Wrong answer there'), o('Wrong as well')] })).toBeUndefined();
    expect(lengthCueProblem({ multiple: true, options: [o('Long right answer one', true), o('Short', true), o('Wrong one'), o('A long wrong answer')] })).toBeUndefined();
  });
});
