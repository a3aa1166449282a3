/** Every language has every UI string, with the same placeholders. */
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

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translator('en')('lessonPosition', { n: 2, total: 4 })).toBe('Lesson 2 of 4');
    expect(translator('sv')('lessonPosition', { n: 2 })).toBe('Lektion 2 av {total}');
  });
});
