/**
 * The shape of every content file, as zod schemas. These schemas are the
 * documentation of the content format: each field says what it is for.
 * They are shared by Astro's content collections and by the content checker
 * that runs before every build, so an author sees the same rules everywhere.
 */
import { z } from 'astro/zod';

/** A stable kebab-case id: the same in every language, never translated. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens, e.g. "place-then-train"');

/** One module in the course description (`content/course.yaml`). */
export const courseModuleSchema = z.strictObject({
  /** Stable module id; also the folder name under `content/lessons/<lang>/` and `content/modules/<lang>/<id>.yaml`. */
  id: idSchema,
  /** Estimated minutes to complete the whole module, shown to the learner. */
  minutes: z.number().int().min(1).max(240),
  /** Lesson ids in reading order; each needs `content/lessons/<lang>/<module>/<lesson>.mdx` in every language. */
  lessons: z.array(idSchema).min(1, 'must list at least one lesson id'),
});

/** The course description: `content/course.yaml`. */
export const courseSchema = z.strictObject({
  /** Stable course id, used in package names and storage keys. */
  id: idSchema,
  /** Content version, for people reading the file: saved progress survives content updates by each module's fingerprint (src/progress/state-codec.ts), not by this number. */
  version: z.number().int().min(1),
  /** Percentage of the final assessment a learner needs to pass (reported to the LMS). */
  masteryScore: z.number().int().min(0).max(100).default(80),
  /** The final assessment, whose question pool is `content/assessment/<lang>/<module>.yaml`. */
  finalAssessment: z.strictObject({
    /** How many questions each attempt draws from the pool, spread over the modules. */
    drawn: z.number().int().min(1),
  }),
  /** Modules in the order the learner takes them. */
  modules: z.array(courseModuleSchema).min(1, 'must list at least one module'),
});

/** Frontmatter of a lesson: `content/lessons/<lang>/<module>/<lesson>.mdx`. */
export const lessonSchema = z.strictObject({
  /** Lesson title, shown as the page heading and in navigation. */
  title: z.string().trim().min(1, 'must not be empty'),
  /** One sentence on what the lesson covers, shown on the module overview. */
  description: z.string().trim().min(1, 'must not be empty'),
  /** Estimated reading minutes. */
  minutes: z.number().int().min(1).max(60),
  /** Ids from `content/sources.yaml` that this lesson relies on; every lesson cites at least one. */
  sources: z.array(idSchema).min(1, 'must cite at least one source id from content/sources.yaml'),
});

/** A module's texts in one language: `content/modules/<lang>/<module>.yaml`. */
export const moduleTextSchema = z.strictObject({
  /** Module title. */
  title: z.string().trim().min(1, 'must not be empty'),
  /** One or two sentences shown on the course home. */
  summary: z.string().trim().min(1, 'must not be empty'),
  /** Learning objectives shown at the top of the module, each starting with a verb. */
  objectives: z.array(z.string().trim().min(1)).min(1, 'must list at least one learning objective'),
  /** Summary points shown at the end of the module's last lesson. */
  keyPoints: z.array(z.string().trim().min(1)).min(1, 'must list at least one key point'),
});

/** One cited work: an entry in `content/sources.yaml`. */
export const sourceSchema = z.strictObject({
  /** Stable id that lessons use in their `sources` field. */
  id: idSchema,
  /** Full citation as printed on the sources page. */
  citation: z.string().trim().min(1, 'must not be empty'),
  /** Prefix of the file in the project's seed documents that reports this source, if any. */
  seed: z.string().regex(/^\d{3}$/, 'must be a three-digit seed file prefix such as "004"').optional(),
  /** For authors and reviewers, not printed: where in the work a figure or claim the lessons use is found (page, table, section). */
  note: z.string().trim().min(1, 'must not be empty').optional(),
});
export const sourcesSchema = z.array(sourceSchema).min(1);

/** One glossary term: an entry in `content/glossary/<lang>.yaml`. */
export const glossaryEntrySchema = z.strictObject({
  /** Stable id, the same in every language; used as the anchor on the glossary page. */
  id: idSchema,
  /** The term as written in this language. */
  term: z.string().trim().min(1, 'must not be empty'),
  /** A plain one- or two-sentence definition. */
  definition: z.string().trim().min(1, 'must not be empty'),
  /**
   * Other ways lessons write the term, for linking its first use to this entry, e.g. ["Nav"] for "NAV".
   * Not needed for the term itself, its short form in brackets or a short ending (src/glossary/term-matcher.ts).
   */
  forms: z.array(z.string().trim().min(2, 'must be at least two characters')).optional(),
});
export const glossarySchema = z.array(glossaryEntrySchema).min(1);

/** One concept's wording in one language: an entry in `content/terminology.yaml`. */
export const termRuleSchema = z.strictObject({
  /** The term this course uses for the concept, as the error message should suggest it. */
  preferred: z.string().trim().min(1, 'must not be empty'),
  /** Words or phrases the course does not use for it; each is matched as a whole word (list inflected forms separately). */
  rejected: z.array(z.string().trim().min(1, 'must not be empty')).min(1, 'must list at least one rejected variant'),
  /** Why this term and not the others, in a sentence; printed with every violation. */
  note: z.string().trim().min(1, 'must not be empty'),
  /** Files (paths under `content/`) or folders (ending in `/`) where a rejected variant may appear, e.g. where a lesson names the other terms on purpose. */
  allowedIn: z.array(z.string().trim().min(1)).optional(),
});
/** The terminology list, `content/terminology.yaml`: one term per concept, per language. */
export const terminologySchema = z.strictObject({
  nb: z.array(termRuleSchema),
  sv: z.array(termRuleSchema),
  en: z.array(termRuleSchema),
});

export type Course = z.infer<typeof courseSchema>;
export type LessonFrontmatter = z.infer<typeof lessonSchema>;
export type ModuleText = z.infer<typeof moduleTextSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type TermRule = z.infer<typeof termRuleSchema>;
export type Terminology = z.infer<typeof terminologySchema>;
