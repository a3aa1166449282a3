/** A case with decisions: the path of choices; "right" when it reached a good ending. The graph is walked only in scenario-graph.ts. */
import type { ScenarioBlock } from '../../content/block-schemas.ts';
import { isValidPath, longestPath, outcomeOf, shortestGoodPath, type ScenarioGraph } from '../scenario-graph.ts';
import { digitsOf, letter, type DeckSlide, type Tracking, type Workshop } from './rules.ts';

export type ScenarioInfo = ScenarioGraph;
/** The option index chosen at each decision, from the first step on. */
export interface ScenarioAnswer { type: 'scenario'; path: number[] }

/** Three endings fill a projector slide in big type; more go on a second one. */
export const endingGroups = <T,>(endings: T[]) => Array.from({ length: Math.ceil(endings.length / 3) }, (_, i) => endings.slice(i * 3, i * 3 + 3));

/** What a workshop does with it. */
export const workshop: Workshop<ScenarioBlock> = {
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
};

/** How an answer is kept, scored and reported. */
export const tracking: Tracking<ScenarioBlock, ScenarioInfo, ScenarioAnswer> = {
  info: (b) => ({
    id: b.id, type: 'scenario',
    steps: b.steps.map((s) => ({ id: s.id, next: s.options.map((o) => o.next) })),
    endings: b.endings.map((e) => ({ id: e.id, outcome: e.outcome })),
  }),
  encode: (a) => a.path.join(''),
  decode(info, token) {
    const digits = digitsOf(token);
    return digits && digits.length > 0 && isValidPath(info, digits) ? { type: 'scenario', path: digits } : undefined;
  },
  isCorrect: (info, a) => outcomeOf(info, a.path) === 'good',
  rightAnswer: (info) => ({ type: 'scenario', path: shortestGoodPath(info) }),
  longestAnswer: (info) => ({ type: 'scenario', path: longestPath(info) }),
  interaction(info, a) {
    const outcome = outcomeOf(info, a.path);
    if (!outcome) return undefined;
    return {
      type: 'path', response: { kind: 'path', steps: a.path }, correct: { kind: 'path', steps: shortestGoodPath(info) },
      result: outcome === 'good' ? 'correct' : outcome === 'poor' ? 'wrong' : 'neutral',
    };
  },
};
