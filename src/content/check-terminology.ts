/**
 * One term per concept: every text a learner or trainer reads is scanned for the
 * variants `content/terminology.yaml` rejects, so a second name for a concept
 * cannot creep back in. Matching is whole-word and case-aware.
 */
import type { Lang } from '../i18n/languages.ts';
import type { ContentProblem } from './content-problem.ts';
import type { RawContent } from './read-content.ts';
import type { TermRule, Terminology } from './schemas.ts';

/** A letter, digit or hyphen next to a match means the variant is part of a longer word ("jobbsøking", "IPS-coach"). */
const wordChar = '[\\p{L}\\p{N}_-]';

/** The pattern of one variant without its word boundaries, so many variants can share one expression. */
function variantSource(variant: string): string {
  const anyEnding = variant.endsWith('*');
  const word = anyEnding ? variant.slice(0, -1) : variant;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+') + (anyEnding ? '\\p{L}*' : '');
  const first = word[0];
  return word === word.toLowerCase() && first.toUpperCase() !== first
    ? `[${first}${first.toUpperCase()}]${escaped.slice(1)}`
    : escaped;
}

/**
 * A variant written in lower case also matches with a capital first letter (a
 * sentence start); one with a capital anywhere ("NAV", "Customized") matches only as written.
 * A trailing `*` stands for any ending, so "jobbsøker*" covers "jobbsøkeren" and "jobbsøkere".
 */
export function variantPattern(variant: string): RegExp {
  return new RegExp(`(?<!${wordChar})${variantSource(variant)}(?!${wordChar})`, 'gu');
}

/** All of a language's variants in one expression (one capture group per rule), so each file is read once. */
function compile(rules: TermRule[]): { pattern: RegExp; rules: TermRule[] } | undefined {
  if (!rules.length) return undefined;
  const groups = rules.map((rule) => `(${rule.rejected.map(variantSource).join('|')})`).join('|');
  return { pattern: new RegExp(`(?<!${wordChar})(?:${groups})(?!${wordChar})`, 'gu'), rules };
}

/** Matches the preferred term's first letter to the found text's, so the advice reads right at a sentence start. */
function suggestion(preferred: string, found: string): string {
  const capital = found[0] !== found[0].toLowerCase();
  return capital && preferred[0] === preferred[0].toLowerCase() ? preferred[0].toUpperCase() + preferred.slice(1) : preferred;
}

function allowed(rule: TermRule, file: string, contentDir: string): boolean {
  const path = file.startsWith(`${contentDir}/`) ? file.slice(contentDir.length + 1) : file;
  return (rule.allowedIn ?? []).some((a) => (a.endsWith('/') ? path.startsWith(a) : path === a));
}

/** The list must not contradict itself: a preferred term that contains one of its own rejected variants could never be written. */
function listProblems(terminology: Terminology, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [lang, rules] of Object.entries(terminology) as [Lang, TermRule[]][]) {
    rules.forEach((rule, i) => rule.rejected.forEach((variant, j) => {
      if (variantPattern(variant).test(rule.preferred)) {
        problems.push({ file, field: `${lang}.${i}.rejected.${j}`, message: `"${variant}" is rejected but is part of the preferred term "${rule.preferred}"`, hint: 'Remove the variant or change the preferred term, so the preferred term can be written.' });
      }
    }));
  }
  return problems;
}

export function checkTerminology(raw: RawContent, contentDir = 'content'): ContentProblem[] {
  const terminology = raw.terminology;
  if (!terminology) return [];
  const listFile = `${contentDir}/terminology.yaml`;
  const problems = listProblems(terminology, listFile);
  const compiled = new Map<string, ReturnType<typeof compile>>();

  for (const { file, lang, text: source } of raw.texts) {
    // Component names in lessons (<Slide>, </Callout>) are markup, not words a reader sees; blanked to the same
    // length so line numbers stay right. Their attribute values (titles) are still checked.
    const text = file.endsWith('.mdx') ? source.replace(/<\/?[A-Z][A-Za-z]*/g, (tag) => ' '.repeat(tag.length)) : source;
    const rules = terminology[lang].filter((rule) => !allowed(rule, file, contentDir));
    const key = `${lang}:${rules.map((r) => terminology[lang].indexOf(r)).join(',')}`;
    if (!compiled.has(key)) compiled.set(key, compile(rules));
    const scan = compiled.get(key);
    if (!scan) continue;
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    for (const match of text.matchAll(scan.pattern)) {
      let line = lineStarts.findLastIndex((start) => start <= match.index);
      const lineText = text.slice(lineStarts[line], lineStarts[line + 1] ?? text.length);
      if (file.endsWith('.yaml') && lineText.trimStart().startsWith('#')) continue;
      const rule = scan.rules[match.slice(1).findIndex((g) => g !== undefined)];
      line += 1;
      problems.push({
        file,
        line,
        message: `"${match[0]}" is not this course's term; write "${suggestion(rule.preferred, match[0])}" (${listFile})`,
        hint: rule.note,
      });
    }
  }
  return problems;
}
