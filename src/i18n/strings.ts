/**
 * UI strings: one JSON file per language, all checked against the same key set
 * when the site is built, so a missing or misspelt string fails loudly.
 * Placeholders look like `{name}`.
 */
import { z } from 'astro/zod';
import type { Lang } from './languages.ts';
import { fill } from './fill.ts';
import nb from './nb.json' with { type: 'json' };
import sv from './sv.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };

const keys = Object.keys(nb) as (keyof typeof nb)[];
export type StringKey = keyof typeof nb;
export type Strings = Record<StringKey, string>;

const stringsSchema = z.strictObject(Object.fromEntries(keys.map((k) => [k, z.string().min(1)])) as Record<StringKey, z.ZodString>);

function checked(lang: Lang, data: unknown): Strings {
  const result = stringsSchema.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - src/i18n/${lang}.json: ${i.path.join('.') || i.code} ${i.message}`);
    throw new Error(`UI strings for "${lang}" do not match src/i18n/nb.json:\n${lines.join('\n')}\n    → Every language file has exactly the keys of nb.json.`);
  }
  return result.data as Strings;
}

export const strings: Record<Lang, Strings> = { nb: checked('nb', nb), sv: checked('sv', sv), en: checked('en', en) };

/** A translator for one language: `t('lessonPosition', { n: 2, total: 4 })`. */
export function translator(lang: Lang) {
  return (key: StringKey, values: Record<string, string | number> = {}) => fill(strings[lang][key], values);
}
export type Translate = ReturnType<typeof translator>;

/** The strings an island needs, and no more: they travel in the page as island props. */
export function pickStrings<K extends StringKey>(lang: Lang, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, strings[lang][k]])) as Record<K, string>;
}
