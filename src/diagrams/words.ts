/** The words of a diagram in one language (the checker has made sure every language is there). */
import type { Lang } from '../i18n/languages.ts';
import type { Translated } from '../content/diagram-schemas.ts';

export const say = (text: Translated, lang: Lang): string => text[lang] ?? text.nb;

/** Diagram sizes in SVG units: one layout for wide screens and projectors, one for phones. */
export const WIDE = 720;
export const NARROW = 320;
export type Variant = 'wide' | 'narrow';
export const widthOf = (v: Variant) => (v === 'wide' ? WIDE : NARROW);
