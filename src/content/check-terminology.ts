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

/**
 * A variant written in lower case also matches with a capital first letter (a
 * sentence start); one with a capital anywhere ("NAV", "Customized") matches only as written.
 * A trailing `*` stands for any ending, so "jobbsøker*" covers "jobbsøkeren" and "jobbsøkere".
 */
export function variantPattern(variant: string): RegExp {
  const anyEnding = variant.endsWith('*');
  const word = anyEnding ? variant.slice(0, -1) : variant;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+') + (anyEnding ? '\\p{L}*' : '');
  const first = word[0];
  const head = word === word.toLowerCase() && first.toUpperCase() !== first
    ? `[${first}${first.toUpperCase()}]${escaped.slice(1)}`
    : escaped;
  return new RegExp(`(?<!${wordChar})${head}(?!${wordChar})`, 'gu');
}

interface CompiledRule { rule: TermRule; patterns: { variant: string; pattern: RegExp }[] }

function compile(rules: TermRule[]): CompiledRule[] {
  return rules.map((rule) => ({ rule, patterns: rule.rejected.map((variant) => ({ variant, pattern: variantPattern(variant) })) }));
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
  const compiled = Object.fromEntries(Object.entries(terminology).map(([lang, rules]) => [lang, compile(rules)])) as Record<Lang, CompiledRule[]>;

  for (const { file, lang, text } of raw.texts) {
    const rules = compiled[lang].filter(({ rule }) => !allowed(rule, file, contentDir));
    text.split(/\r?\n/).forEach((line, index) => {
      if (file.endsWith('.yaml') && line.trimStart().startsWith('#')) return;
      for (const { rule, patterns } of rules) {
        for (const { pattern } of patterns) {
          for (const match of line.matchAll(pattern)) {
            problems.push({
              file,
              line: index + 1,
              message: `"${match[0]}" is not this course's term; write "${suggestion(rule.preferred, match[0])}" (${listFile})`,
              hint: rule.note,
            });
          }
        }
      }
    });
  }
  return problems;
}
