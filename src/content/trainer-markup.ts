/**
 * Trainer-only markup in a lesson: `<Slide>` (a section's slide version: a
 * headline and at most three points, or its diagram), `<Notes>` (speaker notes),
 * `<Discuss>` (a discussion question for the room) and `<SlideBreak />`. Learners
 * never see it; trainer mode turns it into slides, presenter notes, the
 * facilitator guide and the PowerPoint export.
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

/** The lesson as learners read it: slide texts, notes and discussion questions out. */
export function withoutTrainerMarkup(body: string): string {
  return body.replace(/<(Slide|Notes|Discuss)\b[^>]*?(?<!\/)>[\s\S]*?<\/\1>/g, '').replace(/<(SlideBreak|Slide)\b[^>]*\/>/g, '');
}

/** How many of each trainer tag a lesson has: translations keep the same, so decks line up. */
export function trainerTagCounts(body: string): Record<'Notes' | 'Discuss' | 'SlideBreak', number> {
  const count = (re: RegExp) => body.match(re)?.length ?? 0;
  return { Notes: count(/<Notes\b/g), Discuss: count(/<Discuss\b/g), SlideBreak: count(/<SlideBreak\b/g) };
}

/** The most a section slide may hold, so a room can read it while listening. */
export const slideLimits = { points: 3, words: 30 } as const;

/** A section's slide version: `<Slide>` with a Markdown list, or `<Slide diagram />` for the section's `<Diagram>`. */
export interface SlideText {
  headline: string;
  points: string[];
  diagram: boolean;
  /** Lines that are not list items: the checker asks for a list. */
  stray: string[];
  closed: boolean;
}

/** A `##` section of a lesson: its heading, its slide versions and the rest of its text. */
export interface LessonSection { heading: string; slides: SlideText[]; body: string }

/** Words as a reader counts them: anything with a letter or a digit. */
export const countWords = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Markdown emphasis, links and tags out: slides and notes outside the browser get plain text. */
export const plainText = (text: string) => text
  .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, ' ').replace(/\*\*?|(?<!\w)__?|__?(?!\w)/g, '')
  .replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim();

const attribute = (attrs: string, name: string) => new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)')`).exec(attrs)?.slice(1).find((v) => v !== undefined);

/** The lesson's text before its first `##` heading (the introduction), and its sections. */
export function lessonSections(body: string): { intro: string; sections: LessonSection[] } {
  const parts = body.split(/^## +(.+)$/m);
  const sections: LessonSection[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    const heading = plainText(parts[i]);
    sections.push({ heading, slides: findSlides(parts[i + 1], heading), body: parts[i + 1] });
  }
  return { intro: parts[0], sections };
}

/** The `<Slide>` tags of one section, headline defaulting to the section's heading. */
export function findSlides(section: string, heading: string): SlideText[] {
  const slides: SlideText[] = [];
  for (const m of section.matchAll(/<Slide\b([^>]*?)(\/?)>/g)) {
    const attrs = m[1];
    const selfClosing = m[2] === '/';
    const rest = section.slice(m.index + m[0].length);
    const end = selfClosing ? -1 : rest.search(/<\/Slide>|<Slide\b/);
    const closed = selfClosing || (end >= 0 && rest.startsWith('</Slide>', end));
    const inner = selfClosing ? '' : rest.slice(0, end < 0 ? rest.length : end);
    const lines = inner.split('\n').map((l) => l.trim()).filter(Boolean);
    slides.push({
      headline: plainText(attribute(attrs, 'title') ?? heading),
      points: lines.filter((l) => /^[-*] /.test(l)).map((l) => plainText(l.slice(2))),
      stray: lines.filter((l) => !/^[-*] /.test(l)),
      diagram: /(^|\s)diagram(\s|=|$)/.test(attrs),
      closed,
    });
  }
  return slides;
}

/** Words on a text slide: its headline and its points (a diagram slide counts its headline). */
export const slideWords = (s: SlideText) => countWords([s.headline, ...s.points].join(' '));

/** A slide that breaks the rules for slides: too many points or words, not a list, a diagram slide without a diagram. */
export function slideProblems(file: string, body: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { intro, sections } = lessonSections(body);
  if (/<Slide\b/.test(intro)) problems.push({ file, message: '<Slide> stands before the first ## heading', hint: 'A slide belongs to a section: put it after the ## heading it sums up (the lesson title slide needs none).' });
  for (const section of sections) {
    const where = `section "${section.heading}"`;
    section.slides.forEach((s, i) => {
      const which = section.slides.length > 1 ? `${where}, slide ${i + 1}` : where;
      if (!s.closed) problems.push({ file, message: `${which}: <Slide> is never closed`, hint: 'End the points with </Slide>, or write <Slide diagram /> for a diagram slide.' });
      if (s.diagram) {
        if (s.points.length || s.stray.length) problems.push({ file, message: `${which}: a diagram slide has points as well`, hint: 'A diagram slide shows the diagram and its headline only: write <Slide diagram />, and put points on a <Slide> of their own.' });
        if (!/<Diagram\b/.test(section.body)) problems.push({ file, message: `${which}: <Slide diagram /> but the section has no <Diagram>`, hint: 'Place the <Diagram id="…" /> in this section, or write the slide as a headline and points.' });
        return;
      }
      if (s.stray.length) problems.push({ file, message: `${which}: "${s.stray[0].slice(0, 40)}" is not a point`, hint: 'Write each point as a Markdown list item ("- ") on its own line inside <Slide>; the section\'s prose is already the speaker notes.' });
      if (!s.points.length && !s.stray.length) problems.push({ file, message: `${which}: <Slide> holds no points`, hint: 'Write one to three short points as a list ("- ") inside <Slide>.' });
      if (s.points.length > slideLimits.points) problems.push({ file, message: `${which}: ${s.points.length} points on one slide`, hint: `Keep at most ${slideLimits.points} points: merge or drop one, or give the section a second <Slide>.` });
      const words = slideWords(s);
      if (words > slideLimits.words) problems.push({ file, message: `${which}: ${words} words on one slide (headline and points)`, hint: `Keep a slide to ${slideLimits.words} words: shorten the points, or the headline with title="…".` });
    });
  }
  return problems;
}

/** Whether a lesson has slide texts at all: a module that has any must have them in every section. */
export const hasSlides = (body: string) => /<Slide\b/.test(body);

/** Median and maximum words per section slide, for `check:content`. */
export function slideWordStats(bodies: string[]): { slides: number; diagrams: number; median: number; max: number } {
  const slides = bodies.flatMap((b) => lessonSections(b).sections.flatMap((s) => s.slides));
  const words = slides.filter((s) => !s.diagram).map(slideWords).sort((a, b) => a - b);
  const mid = words.length / 2;
  const median = !words.length ? 0 : words.length % 2 ? words[Math.floor(mid)] : (words[mid - 1] + words[mid]) / 2;
  return { slides: slides.length, diagrams: slides.length - words.length, median, max: words.at(-1) ?? 0 };
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
