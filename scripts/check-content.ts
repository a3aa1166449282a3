/**
 * `npm run check:content`: checks `content/` without building and prints every
 * problem, or a summary of what the course holds (words per language, blocks, questions).
 */
import { checkContent } from '../src/content/check-content.ts';
import { formatProblem } from '../src/content/content-problem.ts';
import { readContent } from '../src/content/read-content.ts';
import { contentDir } from '../src/content/content-dir.ts';
import { languages } from '../src/i18n/languages.ts';
import { hasSlides, slideLimits, slideWordStats, withoutTrainerMarkup } from '../src/content/trainer-markup.ts';

const { content, problems } = readContent(process.cwd(), contentDir);
problems.push(...checkContent(content, contentDir));
if (problems.length) {
  console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${contentDir}/:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
  process.exit(1);
}
const words = (text: string) => text.replace(/<[^>]+>/g, ' ').split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
/** Every string value in a block (texts, options, feedback), but not its ids or types. */
const texts = (value: unknown, key = ''): string[] =>
  typeof value === 'string' ? (['id', 'type', 'next', 'outcome'].includes(key) ? [] : [value])
  : Array.isArray(value) ? value.flatMap((v) => texts(v))
  : value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => texts(v, k)) : [];
const blockWords = (lang: string) => [...content.blocks].filter(([k]) => k.startsWith(`${lang}/`))
  .reduce((n, [, { blocks }]) => n + words(texts(blocks).join(' ')), 0);
console.log(`Content OK: ${content.course!.modules.length} modules, ${content.course!.modules.reduce((n, m) => n + m.lessons.length, 0)} lessons, ${content.course!.modules.reduce((n, m) => n + m.minutes, 0)} minutes.`);
for (const lang of languages) {
  const lessons = content.lessons.filter((l) => l.lang === lang);
  const blocks = [...content.blocks].filter(([k]) => k.startsWith(`${lang}/`)).flatMap(([, v]) => v.blocks);
  const byType = Object.entries(Object.groupBy(blocks, (b) => b.type)).map(([t, list]) => `${list!.length} ${t}`).join(', ');
  const learnerWords = lessons.reduce((n, l) => n + words(withoutTrainerMarkup(l.body)), 0);
  const trainerWords = lessons.reduce((n, l) => n + words(l.body), 0) - learnerWords;
  console.log(`  ${lang}: ${learnerWords} words in lessons (+ ${trainerWords} in trainer notes and questions), ${blockWords(lang)} in blocks; blocks: ${byType || 'none'}; final assessment pool ${[...content.assessment].filter(([k]) => k.startsWith(`${lang}/`)).reduce((n, [, v]) => n + v.questions.length, 0)} questions (${content.course!.finalAssessment.drawn} drawn)`);
}
// Per module, so a thin module shows: lesson words per minute, exercises (blocks) and final-assessment questions.
console.log('Per module (lesson words, words per minute, blocks, final-assessment questions):');
for (const m of content.course!.modules) {
  const row = languages.map((lang) => {
    const lessonWords = content.lessons.filter((l) => l.lang === lang && l.moduleId === m.id).reduce((n, l) => n + words(withoutTrainerMarkup(l.body)), 0);
    const blocks = content.blocks.get(`${lang}/${m.id}`)?.blocks.length ?? 0;
    const questions = content.assessment.get(`${lang}/${m.id}`)?.questions.length ?? 0;
    return `${lang} ${String(lessonWords).padStart(5)} w, ${String(Math.round(lessonWords / m.minutes)).padStart(3)}/min, ${String(blocks).padStart(2)} blocks, ${String(questions).padStart(2)} q`;
  });
  console.log(`  ${m.id.padEnd(16)} ${String(m.minutes).padStart(3)} min   ${row.join('   ')}`);
}
// Words per section slide (headline and points; exercises and case decisions must fit the screen instead).
console.log(`Words per slide (median / maximum; limit ${slideLimits.words} a slide, median target 25):`);
for (const m of content.course!.modules) {
  const row = languages.map((lang) => {
    const bodies = content.lessons.filter((l) => l.lang === lang && l.moduleId === m.id).map((l) => l.body);
    if (!bodies.some(hasSlides)) return `${lang} no slide texts yet`;
    const s = slideWordStats(bodies);
    return `${lang} ${s.median} / ${s.max} (${s.slides} slides${s.diagrams ? `, ${s.diagrams} diagrams` : ''})`;
  });
  console.log(`  ${m.id.padEnd(16)} ${row.join('   ')}`);
}
