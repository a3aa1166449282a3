/**
 * Each block type's component, found by its MDX name: `<Quiz>` is `Quiz.astro` in
 * this folder. One component per type draws all of its views, so the lesson page,
 * the printed answers and trainer mode need no list of their own.
 */
import { componentForType, type BlockType } from '../../content/block-schemas.ts';

/** `lesson`: the interactive block, and its question for print; `answer`: its answer at the end of a printed lesson; `slide`: a group exercise in trainer mode. */
export type BlockView = 'lesson' | 'answer' | 'slide';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Astro components take any props
type AstroComponent = (props: any) => any;
const files = import.meta.glob<AstroComponent>('./*.astro', { eager: true, import: 'default' });

export const blockComponents: Record<string, AstroComponent> = Object.fromEntries(Object.values(componentForType).map((name) => {
  const component = files[`./${name}.astro`];
  if (!component) throw new Error(`src/components/blocks/${name}.astro is missing: every block type needs the component its <${name}> tag names (README, "A new block type").`);
  return [name, component];
}));

export const componentOf = (type: BlockType): AstroComponent => blockComponents[componentForType[type]]!;
