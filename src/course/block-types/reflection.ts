/** A question to think about or discuss: never saved, scored or reported, so it has only a workshop side. */
import type { ReflectionBlock } from '../../content/block-schemas.ts';
import type { Workshop } from './rules.ts';

/** What a workshop does with it. */
export const workshop: Workshop<ReflectionBlock> = {
  kind: 'blockReflection', howTo: 'guideRunReflection', minutes: 5, label: (b) => b.prompt,
  slides: (b, t) => [{ kind: 'exercise', eyebrow: t('blockReflection'), headline: b.prompt, points: b.hint ? [b.hint] : [], notes: [] }],
};
