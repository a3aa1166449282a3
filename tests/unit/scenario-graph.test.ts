/** One walk of a scenario's graph: where a path stands, whether it can be saved, and the paths the LMS and the worst case use. */
import { describe, expect, it } from 'vitest';
import { blocksById } from '../../src/course/course-index.ts';
import { bestPath, compareWithBest, follow, isValidPath, longestPath, outcomeOf, shortestGoodPath, type ScenarioGraph } from '../../src/course/scenario-graph.ts';
import { fixtureIndex } from './course-index-fixture.ts';

// The fixture case: start → (0) follow-up → (0) kept (good) | (1) lost (poor); start → (1) lost.
const graph = blocksById(fixtureIndex()).get('basics-case') as ScenarioGraph;

describe('scenario graph', () => {
  it('follows a path to the next decision, then to its ending', () => {
    expect(follow(graph, [])).toEqual({ taken: [], current: 0, valid: true });
    expect(follow(graph, [0])).toEqual({ taken: [{ step: 0, choice: 0 }], current: 1, valid: true });
    expect(follow(graph, [0, 1])).toEqual({ taken: [{ step: 0, choice: 0 }, { step: 1, choice: 1 }], ending: 1, valid: true });
    expect(outcomeOf(graph, [0, 0])).toBe('good');
    expect(outcomeOf(graph, [1])).toBe('poor');
    expect(outcomeOf(graph, [0])).toBeUndefined();
  });

  it('rejects a choice that does not exist and a path that goes on after its ending', () => {
    expect(isValidPath(graph, [0, 5])).toBe(false);
    expect(isValidPath(graph, [1, 0])).toBe(false);
    expect(isValidPath(graph, [0, 0])).toBe(true);
  });

  it('finds the shortest good path and the longest path', () => {
    expect(shortestGoodPath(graph)).toEqual([0, 0]);
    expect(longestPath(graph)).toEqual([0, 0]);
  });

  it('compares a learner’s path with the best path, decision by decision', () => {
    expect(bestPath(graph)).toEqual({ taken: [{ step: 0, choice: 0 }, { step: 1, choice: 0 }], outcome: 'good' });
    expect(compareWithBest(graph, [0, 0])).toEqual({ decisions: [{ step: 0, choice: 0 }, { step: 1, choice: 0 }], onBestPath: true });
    // Right first, then astray: only the second decision names a better choice.
    expect(compareWithBest(graph, [0, 1])).toEqual({ decisions: [{ step: 0, choice: 0 }, { step: 1, choice: 1, better: 0 }], onBestPath: false });
    expect(compareWithBest(graph, [1])).toEqual({ decisions: [{ step: 0, choice: 1, better: 0 }], onBestPath: false });
  });
});

describe('the best path of a larger case', () => {
  // start: (0) a course, then the same talk as (1); (2) wait → poor.
  // talk: (0) close → mixed; (1) job → good.   stuck (reached only by detour): (0) poor, (1) mixed.
  const c: ScenarioGraph = {
    id: 'case', type: 'scenario',
    steps: [
      { id: 'start', next: ['talk', 'talk', 'poor', 'stuck'] },
      { id: 'talk', next: ['mixed', 'good'] },
      { id: 'stuck', next: ['poor', 'mixed'] },
    ],
    endings: [{ id: 'good', outcome: 'good' }, { id: 'mixed', outcome: 'mixed' }, { id: 'poor', outcome: 'poor' }],
  };

  it('takes the straight way where a detour leads to the same step (the choice listed last)', () => {
    expect(shortestGoodPath(c)).toEqual([1, 1]);
    expect(compareWithBest(c, [0, 1]).decisions[0]).toEqual({ step: 0, choice: 0, better: 1 });
  });

  it('names the best choice left at a step from which no good ending can be reached', () => {
    expect(compareWithBest(c, [3, 0]).decisions).toEqual([{ step: 0, choice: 3, better: 1 }, { step: 2, choice: 0, better: 1 }]);
  });

  it('has no good path to tell the LMS when no good ending can be reached', () => {
    const noGood: ScenarioGraph = { ...c, steps: [{ id: 'start', next: ['stuck', 'poor'] }, c.steps[2]] };
    expect(shortestGoodPath(noGood)).toEqual([]);
    expect(bestPath(noGood)).toEqual({ taken: [{ step: 0, choice: 0 }, { step: 1, choice: 1 }], outcome: 'mixed' });
  });
});
