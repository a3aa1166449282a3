/** Trainer markup in lessons: what an author gets told when it is wrong, and the guide's agenda built from it. */
import { describe, expect, it } from 'vitest';
import { loadCourseTree } from '../../src/course/course-tree.ts';
import { clock, closingMinutes, exerciseMinutes, moduleAgenda, openingMinutes } from '../../src/present/agenda.ts';
import { fixtureCourse } from './content-fixture.ts';

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

describe('the facilitator guide agenda', () => {
  it('times an opening, each lesson with its exercises and discussions, and a closing, back to back', () => {
    const tree = loadCourseTree(fixtureCourse().root);
    const agenda = moduleAgenda(tree.modules[0], tree.blocks, 'nb', { opening: 'Welcome', closing: 'Wrap-up' });
    expect(agenda.map((a) => a.title)).toEqual(['Welcome', 'First lesson (nb)', 'Second lesson (nb)', 'Wrap-up']);
    expect(agenda[1]).toMatchObject({ start: openingMinutes, minutes: 5 + 4, activities: [{ kind: 'discussion', minutes: 4 }] });
    const second = 5 + exerciseMinutes.choice + exerciseMinutes.scenario;
    expect(agenda[2]).toMatchObject({ start: openingMinutes + 9, minutes: second });
    expect(agenda[2].activities.map((a) => a.kind)).toEqual(['choice', 'scenario']);
    expect(agenda[3]).toMatchObject({ start: openingMinutes + 9 + second, minutes: closingMinutes });
    expect(clock(75)).toBe('1:15');
  });
});
