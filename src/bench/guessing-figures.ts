/**
 * How often guessing passes the final assessment, per strategy: 10,000 attempts
 * on the real content with the course's own drawing and shuffling. A strategy
 * that reads text length is measured in each language and its worst is reported.
 */
import { courseIndex } from '../course/course-index.ts';
import type { CourseTree } from '../course/course-tree.ts';
import { languages } from '../i18n/languages.ts';
import { passRate, strategies } from '../progress/guessing.ts';
import { round, type Figure } from './figure.ts';

export const guessTarget = 1;
const ATTEMPTS = 10_000;

export function guessingFigures(course: CourseTree): Figure[] {
  const index = courseIndex(course);
  return strategies.map((strategy) => {
    const byLength = strategy === 'longest' || strategy === 'shortest';
    const rates = (byLength ? languages : (['nb'] as const)).map((lang) => {
      const lengths = course.assessment.questions.map((q) => q.text[lang].options.map((o) => o.text.length));
      return { lang, percent: passRate(index, lengths, strategy, ATTEMPTS) * 100 };
    });
    const worst = rates.reduce((a, b) => (b.percent > a.percent ? b : a));
    return {
      name: `final assessment passed by guessing "${strategy}"`, value: round(worst.percent, 2), unit: '%',
      target: `< ${guessTarget} %`, pass: worst.percent < guessTarget,
      detail: `${ATTEMPTS.toLocaleString('en')} attempts${byLength ? `; ${rates.map((r) => `${r.lang} ${round(r.percent, 2)} %`).join(', ')}` : ''}`,
    };
  });
}
