/**
 * Trainer-only markup in a lesson: `<Notes>` (speaker notes), `<Discuss>`
 * (a discussion question for the room) and `<SlideBreak />`. Learners never see
 * it; trainer mode turns it into slides, presenter notes and the facilitator guide.
 */
import type { ContentProblem } from './content-problem.ts';

/** A discussion question and the minutes a workshop gives it. */
export interface Discussion { question: string; minutes: number }

/** Minutes a discussion gets when the author names none. */
export const defaultDiscussionMinutes = 5;

const discuss = /<Discuss\b([^>]*)>([\s\S]*?)<\/Discuss>/g;

/** Markdown emphasis and line breaks out: the guide lists questions as plain text. */
const plain = (text: string) => text.replace(/\*\*?|__?/g, '').replace(/\s+/g, ' ').trim();

export function findDiscussions(body: string): Discussion[] {
  return [...body.matchAll(discuss)].map((m) => ({
    question: plain(m[2]),
    minutes: Number(/\bminutes=["'](\d+)["']/.exec(m[1])?.[1] ?? defaultDiscussionMinutes),
  }));
}

/** The lesson as learners read it: notes and discussion questions out. */
export function withoutTrainerMarkup(body: string): string {
  return body.replace(/<(Notes|Discuss)\b[^>]*>[\s\S]*?<\/\1>/g, '').replace(/<SlideBreak\s*\/>/g, '');
}

/** How many of each trainer tag a lesson has: translations keep the same, so decks line up. */
export function trainerTagCounts(body: string): Record<'Notes' | 'Discuss' | 'SlideBreak', number> {
  const count = (re: RegExp) => body.match(re)?.length ?? 0;
  return { Notes: count(/<Notes\b/g), Discuss: count(/<Discuss\b/g), SlideBreak: count(/<SlideBreak\b/g) };
}

/** Unclosed or nested trainer tags, and minutes that are not a whole number from 1 to 60. */
export function trainerMarkupProblems(file: string, body: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const tag of ['Notes', 'Discuss'] as const) {
    let open = false, broken = false;
    for (const m of body.matchAll(new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g'))) {
      const closing = m[1] === '/';
      if (closing === open) { open = !open; continue; }
      problems.push({ file, message: closing ? `</${tag}> closes nothing` : `<${tag}> opens again before the previous one is closed`, hint: `Close every <${tag}> with </${tag}> before the next one; they do not nest.` });
      broken = true;
      break;
    }
    if (open && !broken) problems.push({ file, message: `<${tag}> is never closed`, hint: `Add </${tag}> after the text it holds.` });
  }
  for (const m of body.matchAll(/<Discuss\b([^>]*)>/g)) {
    const minutes = /\bminutes=(\S+)/.exec(m[1])?.[1];
    if (minutes !== undefined && !/^["']([1-9]|[1-5]\d|60)["']$/.test(minutes)) {
      problems.push({ file, message: `<Discuss minutes=${minutes}> is not a number of minutes from 1 to 60`, hint: 'Write it as minutes="5", or leave it out for 5 minutes.' });
    }
  }
  for (const d of findDiscussions(body)) {
    if (!d.question) problems.push({ file, message: '<Discuss> holds no question', hint: 'Write the question for the room between <Discuss> and </Discuss>.' });
  }
  return problems;
}
