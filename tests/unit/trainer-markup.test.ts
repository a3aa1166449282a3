/** Trainer markup in lessons: what an author gets told when it is wrong, and the guide's agenda built from it. */
import { describe, expect, it } from 'vitest';
import { loadCourseTree } from '../../src/course/course-tree.ts';
import { clock, closingMinutes, moduleAgenda, openingMinutes } from '../../src/present/agenda.ts';
import { workshops } from '../../src/course/block-types/index.ts';
import { fixtureCourse } from './content-fixture.ts';
import { lessonSections, slideWordStats } from '../../src/content/trainer-markup.ts';

const slide = (...points: string[]) => `<Slide>\n${points.map((p) => `- ${p}`).join('\n')}\n</Slide>`;
/** Every section of the fixture's lessons in every language gets a slide, as a finished module has. */
function withSlides(course: ReturnType<typeof fixtureCourse>) {
  for (const lang of ['nb', 'sv', 'en']) for (const lesson of ['first', 'second']) {
    course.edit(`lessons/${lang}/basics/${lesson}.mdx`, (t) => t.replace(/^(## .+)$/gm, `$1\n\n${slide('One short point', 'Another point')}`));
  }
}

describe('trainer markup', () => {
  it('gives each lesson its discussion questions as plain text with their minutes', () => {
    const tree = loadCourseTree(fixtureCourse().root);
    expect(tree.modules[0].lessons[0].discussions.en).toEqual([{ question: 'What would you do first (en)?', minutes: 4 }]);
    expect(tree.modules[0].lessons[1].discussions.sv).toEqual([]);
  });

  it('reports speaker notes that are never closed', () => {
    const course = fixtureCourse();
    course.edit('lessons/nb/basics/first.mdx', (t) => t.replace('</Notes>', ''));
    expect(course.problems()).toEqual([expect.stringMatching(/^content\/lessons\/nb\/basics\/first\.mdx: <Notes> is never closed\n +→ Add <\/Notes>/)]);
  });

  it('reports a discussion opened inside another', () => {
    const course = fixtureCourse();
    course.edit('lessons/sv/basics/first.mdx', (t) => t.replace('<Discuss minutes="4">', '<Discuss>\n\n<Discuss minutes="4">'));
    expect(course.problems()).toContain('content/lessons/sv/basics/first.mdx: <Discuss> opens again before the previous one is closed\n    → Close every <Discuss> with </Discuss> before the next one; they do not nest.');
  });

  it('rejects minutes that are not 1 to 60 and an empty question', () => {
    const course = fixtureCourse();
    course.edit('lessons/en/basics/first.mdx', (t) => t.replace('minutes="4"', 'minutes="90"').replace('## Section one', '<Discuss>\n</Discuss>\n\n## Section one'));
    const problems = course.problems();
    expect(problems).toContainEqual(expect.stringContaining('<Discuss minutes="90"> is not a number of minutes from 1 to 60'));
    expect(problems).toContainEqual(expect.stringContaining('<Discuss> holds no question'));
  });

  it('asks a translation for the same trainer tags as nb, so the slides match', () => {
    const course = fixtureCourse();
    course.edit('lessons/sv/basics/first.mdx', (t) => t.replace('<SlideBreak />', ''));
    expect(course.problems()).toEqual([expect.stringMatching(/^content\/lessons\/sv\/basics\/first\.mdx: has 0 <SlideBreak> where nb has 1\n/)]);
  });
});

describe('slide texts', () => {
  it('are read per section: headline from the heading unless given, points from the list', () => {
    const { sections } = lessonSections('Intro\n\n## A heading\n\n<Slide>\n- One\n- **Two**\n</Slide>\n\nProse.\n\n<Slide title="Own">\n- Three\n</Slide>\n\n## Picture\n\n<Diagram id="x" />\n\n<Slide diagram />\n');
    expect(sections.map((x) => x.slides.map((sl) => [sl.headline, sl.points, sl.diagram]))).toEqual([
      [['A heading', ['One', 'Two'], false], ['Own', ['Three'], false]],
      [['Picture', [], true]],
    ]);
    expect(slideWordStats(['## A b\n\n<Slide>\n- c d e\n</Slide>\n\n## F\n\n<Slide>\n- g\n</Slide>'])).toEqual({ slides: 2, diagrams: 0, median: 3.5, max: 5 });
  });

  it('build when every section of the module has one in every language', () => {
    const course = fixtureCourse();
    withSlides(course);
    expect(course.problems()).toEqual([]);
  });

  it('once a module has any, ask every section for one, naming the file and the section', () => {
    const course = fixtureCourse();
    course.edit('lessons/nb/basics/first.mdx', (t) => t.replace('## Section one', `## Section one\n\n${slide('A point')}`));
    const problems = course.problems();
    expect(problems).toContain('content/lessons/nb/basics/first.mdx: section "Section two" has no slide version\n    → Module "basics" has slide texts: after the heading, write <Slide> with one to three short points as a list, then </Slide> (or <Slide diagram /> if its slide is the section\'s diagram).');
    expect(problems.some((p) => p.startsWith('content/lessons/sv/basics/first.mdx: section '))).toBe(true);
  });

  it('reject more than three points, more than 30 words, prose inside a slide and a diagram slide without a diagram', () => {
    const course = fixtureCourse();
    withSlides(course);
    course.edit('lessons/nb/basics/first.mdx', (t) => t
      .replace(slide('One short point', 'Another point'), slide('a', 'b', 'c', 'd'))
      .replace(slide('One short point', 'Another point'), '<Slide>\nA sentence, not a point.\n</Slide>'));
    course.edit('lessons/en/basics/second.mdx', (t) => t.replace(slide('One short point', 'Another point'), slide('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen', 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen')));
    course.edit('lessons/sv/basics/second.mdx', (t) => t.replace(slide('One short point', 'Another point'), '<Slide diagram />'));
    const problems = course.problems().join('\n');
    expect(problems).toContain('content/lessons/nb/basics/first.mdx: section "Section one": 4 points on one slide');
    expect(problems).toContain('content/lessons/nb/basics/first.mdx: section "Section two": "A sentence, not a point." is not a point');
    expect(problems).toMatch(/content\/lessons\/en\/basics\/second\.mdx: section "[^"]+": 3\d words on one slide \(headline and points\)\n +→ Keep a slide to 30 words/);
    expect(problems).toContain('<Slide diagram /> but the section has no <Diagram>');
  });

  it('ask a translation for as many slides and points as nb', () => {
    const course = fixtureCourse();
    withSlides(course);
    course.edit('lessons/sv/basics/first.mdx', (t) => t.replace(slide('One short point', 'Another point'), slide('Only one point')));
    expect(course.problems()).toEqual([expect.stringMatching(/^content\/lessons\/sv\/basics\/first\.mdx: section "[^"]+", slide 1: 1 point where nb has 2 points\n/)]);
  });
});

describe('the facilitator guide agenda', () => {
  it('times an opening, each lesson with its exercises and discussions, and a closing, back to back', () => {
    const tree = loadCourseTree(fixtureCourse().root);
    const agenda = moduleAgenda(tree.modules[0], tree.blocks, 'nb', { opening: 'Welcome', closing: 'Wrap-up' });
    expect(agenda.map((a) => a.title)).toEqual(['Welcome', 'First lesson (nb)', 'Second lesson (nb)', 'Wrap-up']);
    expect(agenda[1]).toMatchObject({ start: openingMinutes, minutes: 5 + 4, activities: [{ kind: 'discussion', minutes: 4 }] });
    const second = 5 + workshops.choice.minutes + workshops.scenario.minutes;
    expect(agenda[2]).toMatchObject({ start: openingMinutes + 9, minutes: second });
    expect(agenda[2].activities.map((a) => a.kind)).toEqual(['choice', 'scenario']);
    expect(agenda[3]).toMatchObject({ start: openingMinutes + 9 + second, minutes: closingMinutes });
    expect(clock(75)).toBe('1:15');
  });
});
