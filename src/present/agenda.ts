/**
 * A module's workshop agenda for the facilitator guide: an opening, each lesson
 * with its discussions and exercises, and a closing, with start times.
 */
import type { BlockType } from '../content/block-schemas.ts';
import type { BlockNode, ModuleNode } from '../course/course-tree.ts';
import type { Lang } from '../i18n/languages.ts';
import { workshopOf } from '../course/block-types/index.ts';

/** Welcome and objectives; key points and questions at the end. */
export const openingMinutes = 5;
export const closingMinutes = 5;

export interface Activity { kind: BlockType | 'discussion'; text: string; minutes: number }
export interface AgendaItem { title: string; start: number; minutes: number; activities: Activity[]; lessonKey?: string }

export function moduleAgenda(m: ModuleNode, blocks: BlockNode[], lang: Lang, titles: { opening: string; closing: string }): AgendaItem[] {
  const rows: Omit<AgendaItem, 'start'>[] = [{ title: titles.opening, minutes: openingMinutes, activities: [] }];
  for (const lesson of m.lessons) {
    const activities: Activity[] = [
      ...blocks.filter((b) => b.lessonKey === lesson.key).map((b) => ({ kind: b.type, text: workshopOf(b.text[lang]).label(b.text[lang]), minutes: workshopOf(b.text[lang]).minutes })),
      ...lesson.discussions[lang].map((d) => ({ kind: 'discussion' as const, text: d.question, minutes: d.minutes })),
    ];
    rows.push({ title: lesson.text[lang].title, lessonKey: lesson.key, minutes: lesson.text[lang].minutes + activities.reduce((n, a) => n + a.minutes, 0), activities });
  }
  rows.push({ title: titles.closing, minutes: closingMinutes, activities: [] });
  let start = 0;
  return rows.map((r) => { const item = { ...r, start }; start += r.minutes; return item; });
}

/** Minutes from the start as h:mm, the way an agenda is read. */
export function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
