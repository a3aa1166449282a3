/**
 * The shape of a diagram: `content/diagrams/<id>.yaml` holds one diagram's
 * structure, numbers and words. Words sit next to each other in all three
 * languages (`{ nb: …, sv: …, en: … }`), so one file serves every language and a
 * translator sees what is missing at a glance. A lesson places a diagram with
 * `<Diagram id="<id>" />`, once, in the same lesson in every language.
 * nb is required by the schema; a missing sv or en is reported by the checker
 * (src/content/check-diagrams.ts) with the nb words to translate.
 */
import { z } from 'astro/zod';
import { idSchema } from './schemas.ts';

const words = z.string().trim().min(1, 'must not be empty');

/** Words in every course language: nb is the reference, sv and en its translations. */
export const translatedSchema = z.strictObject({
  nb: words,
  sv: words.optional(),
  en: words.optional(),
});

/** A box with a heading and, optionally, a sentence or a few points. */
const cardSchema = z.strictObject({
  /** The heading of the box. */
  title: translatedSchema,
  /** One short sentence under the heading. */
  text: translatedSchema.optional(),
  /** Short points under the heading (at most four, a few words each). */
  points: z.array(translatedSchema).max(4, 'must list at most four points; a diagram is not a page of text').optional(),
});

/** A step in a flow, a cycle or a ladder. */
const stepSchema = z.strictObject({
  /** The step's name, a few words. */
  label: translatedSchema,
  /** What happens in the step, one short sentence. */
  detail: translatedSchema.optional(),
});

const common = {
  /** The caption's heading: what the diagram shows. */
  title: translatedSchema,
  /** One sentence under the title saying how to read the diagram. */
  caption: translatedSchema.optional(),
  /** Ids from `content/sources.yaml` for the facts in the diagram. */
  sources: z.array(idSchema).min(1, 'must name at least one source id from content/sources.yaml'),
};

/** Boxes side by side (stacked on a phone), e.g. the three inclusion perspectives or the eight IPS principles. */
export const cardsDiagramSchema = z.strictObject({
  kind: z.literal('cards'),
  ...common,
  /** Number the boxes 1, 2, 3 … */
  numbered: z.boolean().default(false),
  /** Boxes per row on a wide screen. */
  columns: z.number().int().min(1).max(4),
  cards: z.array(cardSchema).min(2).max(8),
  /** A conclusion drawn under the boxes, e.g. which combination worked. */
  footer: translatedSchema.optional(),
});

/** One or more rows of steps joined by arrows, e.g. train-then-place against place-then-train. */
export const flowDiagramSchema = z.strictObject({
  kind: z.literal('flow'),
  ...common,
  /** Number the steps 1, 2, 3 … */
  numbered: z.boolean().default(false),
  rows: z.array(z.strictObject({
    /** The row's name; leave it out when there is one row. */
    label: translatedSchema.optional(),
    /** A short saying or summary under the row, e.g. "train, then place". */
    note: translatedSchema.optional(),
    steps: z.array(stepSchema).min(2).max(6),
  })).min(1).max(3),
});

/** Steps around a circle, the last leading back to the first, e.g. the five-stage process. */
export const cycleDiagramSchema = z.strictObject({
  kind: z.literal('cycle'),
  ...common,
  steps: z.array(stepSchema).min(3).max(6),
  /** The words in the middle of the circle. */
  centre: translatedSchema.optional(),
});

/** Rungs from least to most of something, e.g. the six levels of natural support. */
export const ladderDiagramSchema = z.strictObject({
  kind: z.literal('ladder'),
  ...common,
  /** Rungs from the bottom (least) to the top (most). */
  steps: z.array(stepSchema).min(3).max(8),
  /** What the bottom and the top of the ladder mean. */
  low: translatedSchema,
  high: translatedSchema,
});

/** A score scale with bands, e.g. the IPS fidelity scale. */
export const scaleDiagramSchema = z.strictObject({
  kind: z.literal('scale'),
  ...common,
  /** The parts the items fall in. */
  sections: z.array(cardSchema).min(1).max(4),
  /** How many items, and what each is scored. */
  items: z.number().int().min(1),
  itemMin: z.number().int(),
  itemMax: z.number().int(),
  /** Named score bands, from the lowest up; a range without a band is left unnamed. */
  bands: z.array(z.strictObject({
    from: z.number().int(),
    to: z.number().int(),
    label: translatedSchema,
  })).min(1),
  /** A sentence under the scale, e.g. what a total of the item scores means. */
  note: translatedSchema.optional(),
});

/** A value in a bar chart: a number, or a range the source gives as "60 to 70". */
const barValueSchema = z.union([
  z.number().min(0),
  z.strictObject({ from: z.number().min(0), to: z.number().min(0) }),
]);

/** A bar chart of percentages, one group of bars per study, each group labelled with its source. */
export const barsDiagramSchema = z.strictObject({
  kind: z.literal('bars'),
  ...common,
  /** What the bars measure, e.g. "Share in ordinary work (%)". */
  measure: translatedSchema,
  /** The kinds of bar in a group, e.g. IPS and control group; the first is drawn solid, the second hatched. */
  series: z.array(translatedSchema).min(1).max(2),
  groups: z.array(z.strictObject({
    /** The study or project, e.g. "IPS in Norway". */
    label: translatedSchema,
    /** The source as printed under the bars, e.g. "Reme et al. 2016". */
    source: translatedSchema,
    /** Its id in `content/sources.yaml`. */
    sourceId: idSchema,
    /** One value per series, in percent; null where the source has none (e.g. no control group). */
    values: z.array(barValueSchema.nullable()).min(1),
    /** A short remark, e.g. "11 of 20" or "no control group". */
    note: translatedSchema.optional(),
  })).min(1).max(6),
});

export const diagramSchema = z.discriminatedUnion('kind', [
  cardsDiagramSchema, flowDiagramSchema, cycleDiagramSchema, ladderDiagramSchema, scaleDiagramSchema, barsDiagramSchema,
]);

export type Translated = z.infer<typeof translatedSchema>;
export type Diagram = z.infer<typeof diagramSchema>;
export type CardsDiagram = z.infer<typeof cardsDiagramSchema>;
export type FlowDiagram = z.infer<typeof flowDiagramSchema>;
export type CycleDiagram = z.infer<typeof cycleDiagramSchema>;
export type LadderDiagram = z.infer<typeof ladderDiagramSchema>;
export type ScaleDiagram = z.infer<typeof scaleDiagramSchema>;
export type BarsDiagram = z.infer<typeof barsDiagramSchema>;
