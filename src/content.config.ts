/** Astro's content collection for lesson bodies; the same schema the content checker uses. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './content/schemas.ts';
import { contentDir } from './content/content-dir.ts';

const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `./${contentDir}/lessons` }),
  schema: lessonSchema,
});

export const collections = { lessons };
