/**
 * Rules for diagrams beyond their schema: every word translated, sources that
 * exist, numbers that fit the drawing, and each diagram placed in a lesson.
 */
import { languages, type Lang } from '../i18n/languages.ts';
import type { ContentProblem } from './content-problem.ts';
import type { RawContent } from './read-content.ts';
import type { Diagram } from './diagram-schemas.ts';
import { findBlockTags } from './block-ids.ts';
import { idSchema } from './schemas.ts';

const languageName: Record<Lang, string> = { nb: 'Norwegian bokmål', sv: 'Swedish', en: 'English' };

/** Every translated text in a diagram that lacks a language, as "field path" → missing language. */
export function missingTranslations(diagram: Diagram): { field: string; lang: Lang; nb: string }[] {
  const missing: { field: string; lang: Lang; nb: string }[] = [];
  const walk = (value: unknown, path: string[]) => {
    if (Array.isArray(value)) { value.forEach((v, i) => walk(v, [...path, String(i)])); return; }
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.nb === 'string') {
      for (const lang of languages) if (typeof record[lang] !== 'string') missing.push({ field: path.join('.'), lang, nb: record.nb });
      return;
    }
    for (const [key, v] of Object.entries(record)) walk(v, [...path, key]);
  };
  walk(diagram, []);
  return missing;
}

export function checkDiagrams(raw: RawContent, contentDir = 'content'): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sourceIds = new Set(raw.sources?.map((s) => s.id));
  for (const [id, { file, diagram }] of raw.diagrams) {
    if (!idSchema.safeParse(id).success) problems.push({ file, message: `the file name "${id}" is not a kebab-case id`, hint: 'Name the file like "five-stages-cycle.yaml": lessons place it with <Diagram id="five-stages-cycle" />.' });
    for (const m of missingTranslations(diagram)) {
      problems.push({ file, field: m.field, message: `has no ${m.lang} translation of "${m.nb}"`, hint: `Add "${m.lang}:" next to "nb:" with the words in ${languageName[m.lang]}.` });
    }
    const cite = (source: string, field: string) => {
      if (raw.sources && !sourceIds.has(source)) problems.push({ file, field, message: `unknown source id "${source}"`, hint: `Add it to ${contentDir}/sources.yaml or use an existing id.` });
    };
    diagram.sources.forEach((s, i) => cite(s, `sources.${i}`));
    problems.push(...shapeProblems(diagram).map((p) => ({ file, ...p })));
    if (diagram.kind === 'bars') diagram.groups.forEach((g, i) => cite(g.sourceId, `groups.${i}.sourceId`));
  }
  problems.push(...checkPlacement(raw, contentDir));
  return problems;
}

/** Numbers the drawing cannot show as written. */
function shapeProblems(d: Diagram): Omit<ContentProblem, 'file'>[] {
  const problems: Omit<ContentProblem, 'file'>[] = [];
  if (d.kind === 'bars') {
    d.groups.forEach((g, i) => {
      if (g.values.length !== d.series.length) problems.push({ field: `groups.${i}.values`, message: `has ${g.values.length} values for ${d.series.length} series`, hint: 'Give one value per series, in the order of "series"; write null where the source has none.' });
      g.values.forEach((v, j) => {
        const [from, to] = v === null ? [0, 0] : typeof v === 'number' ? [v, v] : [v.from, v.to];
        if (from > to || to > 100) problems.push({ field: `groups.${i}.values.${j}`, message: 'is not a percentage from 0 to 100 (a range needs from ≤ to)', hint: 'Write the percentage the source gives, e.g. 37, or a range as { from: 60, to: 70 }.' });
      });
    });
  }
  if (d.kind === 'scale') {
    const min = d.items * d.itemMin, max = d.items * d.itemMax;
    let previous = min - 1;
    d.bands.forEach((b, i) => {
      if (b.from > b.to || b.from <= previous || b.to > max) problems.push({ field: `bands.${i}`, message: `band ${b.from}–${b.to} is out of order or outside the total score range ${min}–${max}`, hint: 'List the bands from the lowest up, without overlaps, inside items × itemMin to items × itemMax.' });
      previous = b.to;
    });
  }
  return problems;
}

/** Every `<Diagram id>` names a diagram, and every diagram is placed in a lesson (checkBlockIds keeps ids unique and equal across languages). */
function checkPlacement(raw: RawContent, contentDir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const placed = new Set<string>();
  for (const lesson of raw.lessons) {
    for (const tag of findBlockTags(lesson.body)) {
      if (tag.component !== 'Diagram') continue;
      placed.add(`${lesson.lang}:${tag.id}`);
      if (!raw.diagrams.has(tag.id) && !raw.files.includes(`${contentDir}/diagrams/${tag.id}.yaml`)) {
        problems.push({ file: lesson.file, message: `<Diagram id="${tag.id}"> names no diagram`, hint: `Create ${contentDir}/diagrams/${tag.id}.yaml, or fix the id (known: ${[...raw.diagrams.keys()].join(', ') || 'none'}).` });
      }
    }
  }
  for (const [id, { file }] of raw.diagrams) {
    for (const lang of languages) {
      if (!placed.has(`${lang}:${id}`)) problems.push({ file, message: `is not placed in any "${lang}" lesson`, hint: `Add <Diagram id="${id}" /> on its own line after the heading of the section it illustrates, in the nb, sv and en lesson.` });
    }
  }
  return problems;
}
