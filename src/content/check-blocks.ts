/**
 * Rules for interactive blocks that a schema cannot express: the right number
 * of correct answers, no answer given away by option length, scenario graphs that always reach an ending, the same
 * structure in every language, and every block placed in exactly one lesson.
 */
import { languages } from '../i18n/languages.ts';
import type { ContentProblem } from './content-problem.ts';
import type { RawContent } from './read-content.ts';
import { findBlockTags } from './block-ids.ts';
import { blockShape, componentForType, type Block, type ScenarioBlock } from './block-schemas.ts';

interface Choice { multiple: boolean; options: { correct: boolean }[] }

/** Problems with one question's correct answers, or undefined. */
export function choiceProblem(q: Choice): string | undefined {
  const right = q.options.filter((o) => o.correct).length;
  if (!q.multiple && right !== 1) return `has ${right} correct options but is single choice: mark exactly one option "correct: true" (or set "multiple: true")`;
  if (q.multiple && right < 2) return `is multiple choice but has ${right} correct option${right === 1 ? '' : 's'}: mark at least two, or remove "multiple: true"`;
  if (q.multiple && right === q.options.length) return 'is multiple choice with every option correct: add at least one wrong option';
  return undefined;
}

/**
 * Options whose length gives the answer away: a single-choice question whose right
 * option is by far the longest or the shortest, or a multiple-choice question whose
 * right options are all longer (or all shorter) than every wrong one. Options are
 * shuffled on screen, so length is the cue that remains.
 */
export const LENGTH_MARGIN = 1.2;
export function lengthCueProblem(q: { multiple: boolean; options: { text: string; correct: boolean }[] }): string | undefined {
  const right = q.options.filter((o) => o.correct).map((o) => o.text.length);
  const wrong = q.options.filter((o) => !o.correct).map((o) => o.text.length);
  if (right.length === 0 || wrong.length === 0) return undefined;
  const [minR, maxR, minW, maxW] = [Math.min(...right), Math.max(...right), Math.min(...wrong), Math.max(...wrong)];
  const span = `right ${right.join(', ')}; wrong ${wrong.join(', ')} characters`;
  if (!q.multiple && minR > maxW * LENGTH_MARGIN) return `gives its answer away by length: the right option is by far the longest (${span})`;
  if (!q.multiple && maxR * LENGTH_MARGIN < minW) return `gives its answer away by length: the right option is by far the shortest (${span})`;
  if (q.multiple && wrong.length > 1 && minR > maxW) return `gives its answers away by length: every right option is longer than every wrong one (${span})`;
  if (q.multiple && wrong.length > 1 && maxR < minW) return `gives its answers away by length: every right option is shorter than every wrong one (${span})`;
  return undefined;
}
const LENGTH_HINT = 'Rewrite the options so that length does not point to the answer: shorten the right one or give a wrong one as much detail, keeping the meaning (nb first, then the same change in sv and en).';

/** Feedback that opens with its own verdict ("Right: …") repeats the page, which already says "✓ Right". */
const VERDICT = /^(right|correct|wrong|incorrect|yes|no|not quite|riktig|rett|feil|galt|ja|nei|ikke helt|rätt|fel|nej|inte riktigt|korrekt)\b\s*[:.,!–-]/i;
export function feedbackProblems(options: { feedback: string }[]): number[] {
  return options.flatMap((o, i) => (VERDICT.test(o.feedback) ? [i] : []));
}

/** Problems with a scenario's graph: unknown targets, unreachable nodes, loops, too few or too many decisions on a path. */
export function scenarioProblems(s: ScenarioBlock): string[] {
  const problems: string[] = [];
  const steps = new Map(s.steps.map((st) => [st.id, st]));
  const endings = new Set(s.endings.map((e) => e.id));
  const ids = [...s.steps.map((st) => st.id), ...endings];
  ids.filter((id, i) => ids.indexOf(id) !== i).forEach((id) => problems.push(`uses the id "${id}" for more than one step or ending`));
  for (const st of s.steps) {
    for (const o of st.options) {
      if (!steps.has(o.next) && !endings.has(o.next)) problems.push(`step "${st.id}" leads to "${o.next}", which is neither a step nor an ending`);
    }
  }
  if (problems.length) return problems;

  // Depth-first walk from the first step: finds loops, and the fewest/most decisions on any path to an ending.
  const reached = new Set<string>();
  let min = Infinity, max = 0;
  const walk = (id: string, depth: number, path: string[]): void => {
    reached.add(id);
    if (endings.has(id)) { min = Math.min(min, depth); max = Math.max(max, depth); return; }
    if (path.includes(id)) { problems.push(`loops back to step "${id}" (${[...path, id].join(' → ')})`); return; }
    for (const o of steps.get(id)!.options) walk(o.next, depth + 1, [...path, id]);
  };
  walk(s.steps[0].id, 0, []);
  if (problems.length) return [...new Set(problems)];
  ids.filter((id) => !reached.has(id)).forEach((id) => problems.push(`"${id}" cannot be reached from the first step "${s.steps[0].id}"`));
  if (max < 2) problems.push('reaches an ending after one decision on every path: give at least one path two to four decisions');
  if (max > 4) problems.push(`has a path with ${max} decisions: keep every path to at most four`);
  return problems;
}


export function checkBlocks(raw: RawContent, contentDir = 'content'): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const moduleIds = new Set(raw.course?.modules.map((m) => m.id));

  // Each block on its own.
  const owner = new Map<string, string>();
  for (const [key, { file, blocks }] of raw.blocks) {
    const [lang, moduleId] = key.split('/');
    if (raw.course && !moduleIds.has(moduleId)) problems.push({ file, message: `unknown module id "${moduleId}"`, hint: `Name the file after a module in ${contentDir}/course.yaml.` });
    blocks.forEach((b, i) => {
      const previous = owner.get(`${lang}:${b.id}`);
      if (previous) problems.push({ file, field: `${i}.id`, message: `block id "${b.id}" is already used in ${previous}`, hint: 'Block ids must be unique in the whole course; prefix them with the module id.' });
      owner.set(`${lang}:${b.id}`, file);
      if (b.type === 'choice') {
        const p = choiceProblem(b);
        if (p) problems.push({ file, field: `${i}.options`, message: `question "${b.id}" ${p}` });
        const cue = lengthCueProblem(b);
        if (cue) problems.push({ file, field: `${i}.options`, message: `question "${b.id}" ${cue}`, hint: LENGTH_HINT });
        for (const o of feedbackProblems(b.options)) problems.push({ file, field: `${i}.options.${o}.feedback`, message: 'starts with a verdict ("Right:", "Nei,", …)', hint: 'The page already shows whether the option is right; start the feedback with the reason.' });
      }
      if (b.type === 'scenario') {
        for (const p of scenarioProblems(b)) problems.push({ file, field: `${i}.steps`, message: `scenario "${b.id}" ${p}`, hint: 'Every option must lead to a later step or an ending.' });
      }
    });
  }

  // The same blocks, with the same shape, in every language.
  for (const [key, { file, blocks }] of raw.blocks) {
    const [lang, moduleId] = key.split('/');
    if (lang === 'nb') continue;
    const nb = raw.blocks.get(`nb/${moduleId}`);
    if (!nb) { problems.push({ file, message: `has no nb counterpart ${contentDir}/blocks/nb/${moduleId}.yaml`, hint: 'nb is the reference language: write the blocks there first.' }); continue; }
    const ids = blocks.map((b) => b.id), nbIds = nb.blocks.map((b) => b.id);
    if (ids.join(',') !== nbIds.join(',')) { problems.push({ file, message: `block ids [${ids.join(', ')}] differ from nb's [${nbIds.join(', ')}]`, hint: 'Keep the same blocks, with the same ids, in the same order, in every language.' }); continue; }
    blocks.forEach((b, i) => {
      if (blockShape(b) !== blockShape(nb.blocks[i])) problems.push({ file, field: String(i), message: `block "${b.id}" is built differently from nb (${blockShape(b)} against ${blockShape(nb.blocks[i])})`, hint: 'Translate the words only: keep the type, the number of options, which are correct and where each choice leads.' });
    });
  }
  for (const lang of languages) {
    for (const key of raw.blocks.keys()) {
      const moduleId = key.split('/')[1];
      const file = `${contentDir}/blocks/${lang}/${moduleId}.yaml`;
      if (key.startsWith('nb/') && !raw.files.includes(file)) problems.push({ file, message: `is missing: module "${moduleId}" has blocks in nb but not in "${lang}"`, hint: 'Copy the nb file and translate its texts.' });
    }
  }

  problems.push(...checkPlacement(raw, contentDir));
  return problems;
}

/** Every `<Quiz id>` etc. names a block of its module with the matching type, and every block is placed once. */
function checkPlacement(raw: RawContent, contentDir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const placed = new Map<string, string[]>();
  for (const lesson of raw.lessons) {
    // A blocks file that failed its schema has its own problem; do not pile "names no block" on top.
    if (raw.files.includes(`${contentDir}/blocks/${lesson.lang}/${lesson.moduleId}.yaml`) && !raw.blocks.has(`${lesson.lang}/${lesson.moduleId}`)) continue;
    const blocks = raw.blocks.get(`${lesson.lang}/${lesson.moduleId}`)?.blocks ?? [];
    for (const tag of findBlockTags(lesson.body)) {
      if (!Object.values(componentForType).includes(tag.component)) continue;
      const block = blocks.find((b) => b.id === tag.id);
      const where = `${lesson.lang}:${tag.id}`;
      placed.set(where, [...(placed.get(where) ?? []), lesson.file]);
      if (!block) problems.push({ file: lesson.file, message: `<${tag.component} id="${tag.id}"> names no block in ${contentDir}/blocks/${lesson.lang}/${lesson.moduleId}.yaml`, hint: 'Add the block to that file, or fix the id.' });
      else if (componentForType[block.type] !== tag.component) problems.push({ file: lesson.file, message: `<${tag.component} id="${tag.id}"> places a ${block.type} block`, hint: `Use <${componentForType[block.type]} id="${tag.id}" /> for it.` });
    }
  }
  for (const [key, { file, blocks }] of raw.blocks) {
    const [lang, moduleId] = key.split('/');
    // A lesson that failed to load has its own problem; its blocks would only look unplaced.
    const listed = raw.course?.modules.find((m) => m.id === moduleId)?.lessons.length ?? 0;
    if (raw.lessons.filter((l) => l.lang === lang && l.moduleId === moduleId).length < listed) continue;
    for (const b of blocks) {
      const files = placed.get(`${lang}:${b.id}`) ?? [];
      if (files.length === 0) problems.push({ file, message: `block "${b.id}" is not placed in any lesson`, hint: `Add <${componentForType[b.type]} id="${b.id}" /> to a lesson of this module, or remove the block.` });
      if (files.length > 1) problems.push({ file, message: `block "${b.id}" is placed ${files.length} times (${files.join(', ')})`, hint: 'Place each block once; progress is tracked per block.' });
    }
  }
  return problems;
}

/** The final assessment: valid questions, a pool big enough to draw from, and the same pool in every language. */
export function checkAssessment(raw: RawContent, contentDir = 'content'): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const moduleIds = new Set(raw.course?.modules.map((m) => m.id));
  const seen = new Map<string, string>();
  for (const [key, { file, questions }] of raw.assessment) {
    const [lang, moduleId] = key.split('/');
    if (raw.course && !moduleIds.has(moduleId)) problems.push({ file, message: `unknown module id "${moduleId}"`, hint: `Name the file after a module in ${contentDir}/course.yaml.` });
    questions.forEach((q, i) => {
      const p = choiceProblem(q);
      if (p) problems.push({ file, field: `${i}.options`, message: `question "${q.id}" ${p}` });
      const cue = lengthCueProblem(q);
      if (cue) problems.push({ file, field: `${i}.options`, message: `question "${q.id}" ${cue}`, hint: LENGTH_HINT });
      for (const o of feedbackProblems(q.options)) problems.push({ file, field: `${i}.options.${o}.feedback`, message: 'starts with a verdict ("Right:", "Nei,", …)', hint: 'The page already shows whether the option is right; start the feedback with the reason.' });
      const other = seen.get(`${lang}:${q.id}`) ?? [...raw.blocks].find(([k, v]) => k.startsWith(`${lang}/`) && v.blocks.some((b) => b.id === q.id))?.[1].file;
      if (other) problems.push({ file, field: `${i}.id`, message: `question id "${q.id}" is already used in ${other}`, hint: 'Ids must be unique in the whole course; prefix them with "final-" and the module id.' });
      seen.set(`${lang}:${q.id}`, file);
    });
    if (lang === 'nb') continue;
    const nb = raw.assessment.get(`nb/${moduleId}`);
    const shape = (qs: typeof questions) => qs.map((q) => `${q.id}:${blockShape({ ...q, type: 'choice' })}`).join(',');
    if (!nb) problems.push({ file, message: `has no nb counterpart ${contentDir}/assessment/nb/${moduleId}.yaml`, hint: 'nb is the reference language: write the questions there first.' });
    else if (shape(questions) !== shape(nb.questions)) problems.push({ file, message: 'differs from the nb questions in ids, order or correct options', hint: 'Translate the words only: same ids, same order, same correct options.' });
  }
  for (const key of raw.assessment.keys()) {
    const moduleId = key.split('/')[1];
    for (const lang of languages) {
      const file = `${contentDir}/assessment/${lang}/${moduleId}.yaml`;
      if (key.startsWith('nb/') && !raw.files.includes(file)) problems.push({ file, message: `is missing: module "${moduleId}" has assessment questions in nb but not in "${lang}"`, hint: 'Copy the nb file and translate it.' });
    }
  }
  const pool = [...raw.assessment.keys()].filter((k) => k.startsWith('nb/')).reduce((n, k) => n + raw.assessment.get(k)!.questions.length, 0);
  const drawn = raw.course?.finalAssessment.drawn;
  if (drawn && pool < drawn) problems.push({ file: `${contentDir}/course.yaml`, field: 'finalAssessment.drawn', message: `draws ${drawn} questions from a pool of ${pool}`, hint: `Add questions under ${contentDir}/assessment/nb/ (and sv, en), or lower "drawn".` });
  return problems;
}
