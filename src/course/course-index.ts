/**
 * The course's trackable structure, small enough to ship to the browser: every
 * lesson key, every block with what is needed to score and validate an answer,
 * and the final assessment pool. The tracking code reads saved state against it.
 */
import type { CourseTree } from './course-tree.ts';
import { infoOf, isTracked, type BlockInfo } from './block-types/index.ts';
import { correctIndexes } from './block-types/choice.ts';

export type { BlockInfo };

export interface QuestionInfo {
  id: string;
  module: string;
  options: number;
  correct: number[];
  multiple: boolean;
}

export interface CourseIndex {
  id: string;
  /** Percentage needed to pass the final assessment. */
  masteryScore: number;
  modules: { id: string; lessons: string[]; blocks: string[] }[];
  /** Every block in course order; reflections are left out because they are never tracked. */
  blocks: BlockInfo[];
  assessment: { drawn: number; pool: QuestionInfo[] };
}

const lookups = new WeakMap<CourseIndex, ReadonlyMap<string, BlockInfo>>();

/** The index's blocks by id, built once per index: the one way to find a block from its id. */
export function blocksById(index: CourseIndex): ReadonlyMap<string, BlockInfo> {
  let map = lookups.get(index);
  if (!map) lookups.set(index, (map = new Map(index.blocks.map((b) => [b.id, b]))));
  return map;
}

export function courseIndex(tree: CourseTree): CourseIndex {
  const blocks = tree.blocks.flatMap((b) => infoOf(b.text.nb) ?? []);
  return {
    id: tree.id,
    masteryScore: tree.masteryScore,
    modules: tree.modules.map((m) => ({
      id: m.id,
      lessons: m.lessons.map((l) => l.key),
      blocks: tree.blocks.filter((b) => b.moduleId === m.id && isTracked(b.text.nb)).map((b) => b.id),
    })),
    blocks,
    assessment: {
      drawn: tree.assessment.drawn,
      pool: tree.assessment.questions.map((q) => ({
        id: q.id, module: q.module, options: q.text.nb.options.length, correct: correctIndexes(q.text.nb.options), multiple: q.text.nb.multiple,
      })),
    },
  };
}
