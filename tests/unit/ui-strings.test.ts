/** Every language has every UI string, with the same placeholders, and every string is used. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n/languages.ts';
import { strings, translator } from '../../src/i18n/strings.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it.each(languages)('%s uses the same placeholders as nb in every string', (lang) => {
    for (const key of Object.keys(strings.nb) as (keyof typeof strings.nb)[]) {
      expect(placeholders(strings[lang][key]), key).toEqual(placeholders(strings.nb[key]));
    }
  });

  it('every UI string is used by the code, so translators never translate a dead one', () => {
    const code = readdirSync('src', { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(ts|tsx|astro|mjs)$/.test(e.name))
      .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8')).join('\n');
    const unused = Object.keys(strings.nb).filter((key) => !new RegExp(`\\b${key}\\b`).test(code));
    expect(unused).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translator('en')('lessonPosition', { n: 2, total: 4 })).toBe('Lesson 2 of 4');
    expect(translator('sv')('lessonPosition', { n: 2 })).toBe('Lektion 2 av {total}');
  });
});
