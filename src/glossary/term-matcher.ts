/**
 * Finds glossary terms in running text. The words to look for come from the glossary
 * files themselves (`content/glossary/<lang>.yaml`), so a term added or reworded there is
 * found without touching code. From "Supported Employment (SE)" it looks for the whole
 * term, "Supported Employment" and "SE"; from a list such as "Supply side, demand side and
 * support side" for each side; plus any `forms` the entry lists. Short forms in capitals
 * (SE, IPS, NAV) match only in capitals, so Swedish "se" (see) is not taken for SE; other
 * words match in any case and with a short ending (jobbspesialist → jobbspesialisten).
 */

export interface GlossaryTerm { id: string; term: string; definition: string; forms?: string[] }

export interface TermMatch { id: string; index: number; text: string }

const LIST_JOINERS = /\s*,\s*|\s+(?:og|och|and|eller|or)\s+/;

/** The words that stand for a term in running text. */
export function termVariants(entry: GlossaryTerm): string[] {
  const found = new Set<string>();
  const add = (text: string) => { const t = text.trim(); if (t.length >= 2) found.add(t); };
  const outside = entry.term.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  add(entry.term);
  add(outside);
  for (const [, inside] of entry.term.matchAll(/\(([^)]*)\)/g)) add(inside);
  // "A, B and C": three or more parts that are each a real phrase, not "Place, then train and maintain".
  const parts = outside.split(LIST_JOINERS);
  if (parts.length >= 3 && parts.every((p) => p.length >= 8)) parts.forEach(add);
  for (const form of entry.forms ?? []) add(form);
  return [...found];
}

const isAbbreviation = (variant: string) => /^[\p{Lu}\p{N}-]{2,6}$/u.test(variant);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for one variant: words may be joined by spaces, commas or hyphens; longer words may take a short ending. */
function variantPattern(variant: string): string {
  const words = variant.split(/[\s,\-–]+/).filter(Boolean).map(escape);
  const last = words[words.length - 1]!;
  const ending = !isAbbreviation(variant) && last.length >= 5 ? '\\p{L}{0,3}' : '';
  return words.join('[\\s\\u00a0,\\-–]+') + ending;
}

export interface TermMatcher {
  /** The first term in `text` at or after `from` that `accept` takes, longest variant first. */
  find(text: string, from: number, accept: (id: string) => boolean): TermMatch | undefined;
}

export function termMatcher(entries: GlossaryTerm[]): TermMatcher {
  const variants = entries.flatMap((e) => termVariants(e).map((v) => ({ id: e.id, variant: v })))
    .sort((a, b) => b.variant.length - a.variant.length);
  if (variants.length === 0) return { find: () => undefined };
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${variants.map((v) => `(${variantPattern(v.variant)})`).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return {
    find(text, from, accept) {
      pattern.lastIndex = from;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const group = m.findIndex((g, i) => i > 0 && g !== undefined);
        const { id, variant } = variants[group - 1]!;
        const caseOk = !isAbbreviation(variant) || m[0] === variant;
        if (caseOk && accept(id)) return { id, index: m.index, text: m[0] };
        pattern.lastIndex = m.index + 1;
      }
      return undefined;
    },
  };
}
