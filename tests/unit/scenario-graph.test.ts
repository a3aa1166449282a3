/** One walk of a scenario's graph: where a path stands, whether it can be saved, and the paths the LMS and the worst case use. */
import { describe, expect, it } from 'vitest';
import { blocksById } from '../../src/course/course-index.ts';
import { follow, isValidPath, longestPath, outcomeOf, shortestGoodPath, type ScenarioGraph } from '../../src/course/scenario-graph.ts';
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
});
