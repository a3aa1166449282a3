/**
 * What a workshop needs of each block type: its name in the room, its planning
 * minutes, the words that name it in the agenda, how a trainer runs it, and its
 * slides for the PowerPoint export (each exercise with the answer the export puts
 * on the slide after). One entry per type: the type checker asks for a new type's.
 */
import type { Block, BlockType } from '../content/block-schemas.ts';
import type { StringKey, Translate } from '../i18n/strings.ts';
import type { DeckSlide } from './deck-model.ts';

export interface Exercise<B> {
  /** The UI string that names the type ("Knowledge check"). */
  kind: StringKey;
  /** The UI string that tells a trainer how to run it. */
  howTo: StringKey;
  /** Suggested workshop minutes: a planning default for trainers, not a measured learning time. */
  minutes: number;
  /** The words that name this exercise in the agenda: a case's title, otherwise its question. */
  label(b: B): string;
  slides(b: B, t: Translate): DeckSlide[];
}

const letter = (i: number) => String.fromCharCode(65 + i);
/** A fixed mix (every second item from the end first), so the room orders something other than the answer. */
export const roomMix = <T,>(items: T[]) => [...items.filter((_, i) => i % 2 === 1).reverse(), ...items.filter((_, i) => i % 2 === 0)];
/** Three endings fill a projector slide in big type; more go on a second one. */
export const endingGroups = <T,>(endings: T[]) => Array.from({ length: Math.ceil(endings.length / 3) }, (_, i) => endings.slice(i * 3, i * 3 + 3));

export const exercises: { [T in BlockType]: Exercise<Extract<Block, { type: T }>> } = {
  choice: {
    kind: 'blockQuiz', howTo: 'guideRunChoice', minutes: 3, label: (b) => b.question,
    slides: (b, t) => [{
      kind: 'exercise', eyebrow: t('blockQuiz'), headline: b.question, points: b.options.map((o) => o.text), lettered: true, notes: [],
      answer: {
        headline: t('showAnswer'),
        points: b.options.map((o, i) => `${letter(i)}: ${o.correct ? `✓ ${t('answerRight')}` : `✗ ${t('answerWrong')}`}`),
        notes: b.options.map((o, i) => `${letter(i)}: ${o.feedback}`),
      },
    }],
  },
  scenario: {
    kind: 'blockScenario', howTo: 'guideRunScenario', minutes: 10, label: (b) => b.title,
    slides(b, t) {
      const outcome = { good: t('outcomeGood'), mixed: t('outcomeMixed'), poor: t('outcomePoor') };
      return [
        { kind: 'exercise', eyebrow: t('blockScenario'), headline: b.title, lead: b.situation, points: [], notes: [] },
        ...b.steps.map((step, n): DeckSlide => ({
          kind: 'exercise', eyebrow: `${b.title} · ${t('scenarioDecision', { n: n + 1 })}`, headline: step.prompt, points: step.options.map((o) => o.text), lettered: true, notes: [],
          answer: { headline: t('revealConsequence'), points: step.options.map((o, i) => `${letter(i)}: ${o.consequence}`), notes: [] },
        })),
        ...endingGroups(b.endings).map((list): DeckSlide => ({ kind: 'text', eyebrow: b.title, headline: t('scenarioDebrief'), points: list.map((e) => `${outcome[e.outcome]}: ${e.text}`), notes: [] })),
        { kind: 'text', eyebrow: b.title, headline: t('scenarioDebrief'), lead: t('scenarioPrinciple', { principle: b.debrief.principle }), points: [b.debrief.text], notes: [] },
      ];
    },
  },
  ordering: {
    kind: 'blockOrdering', howTo: 'guideRunOrdering', minutes: 5, label: (b) => b.prompt,
    slides: (b, t) => [{
      kind: 'exercise', eyebrow: t('blockOrdering'), headline: b.prompt, points: roomMix(b.items), notes: [],
      answer: { headline: t('showAnswer'), points: b.items.map((x, i) => `${i + 1}. ${x}`), notes: [b.explanation] },
    }],
  },
  matching: {
    kind: 'blockMatching', howTo: 'guideRunMatching', minutes: 5, label: (b) => b.prompt,
    slides: (b, t) => [{
      kind: 'exercise', eyebrow: t('blockMatching'), headline: b.prompt, points: b.pairs.map((p) => p.left), notes: [],
      answer: { headline: t('showAnswer'), points: b.pairs.map((p) => `${p.left}: ${p.right}`), notes: [b.explanation] },
    }],
  },
  reflection: {
    kind: 'blockReflection', howTo: 'guideRunReflection', minutes: 5, label: (b) => b.prompt,
    slides: (b, t) => [{ kind: 'exercise', eyebrow: t('blockReflection'), headline: b.prompt, points: b.hint ? [b.hint] : [], notes: [] }],
  },
};

/** A block's entry, typed loosely so callers need no switch. */
export const exerciseOf = (b: Block) => exercises[b.type] as unknown as Exercise<Block>;
