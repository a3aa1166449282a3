/** Looks up the block a lesson places, in the page's language; the content checker has already made sure it exists. */
import { getCourse } from '../../course/course.ts';
import type { Block, BlockType } from '../../content/block-schemas.ts';
import type { Lang } from '../../i18n/languages.ts';

export function blockFor<T extends BlockType>(lang: Lang, id: string, type: T): Extract<Block, { type: T }> {
  const node = getCourse().blocks.find((b) => b.id === id);
  if (!node || node.type !== type) throw new Error(`No ${type} block "${id}" in the course; run the content check for details.`);
  return node.text[lang] as Extract<Block, { type: T }>;
}
