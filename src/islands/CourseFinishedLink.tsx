/**
 * On a module page, once the whole course is finished: the way to the finish page.
 * An island of its own so that a module package, which holds no finish page, can
 * drop it whole (the page marks its wrapper `data-package-drop`).
 */
import { useFinishStatus } from './use-finish.ts';

export default function CourseFinishedLink({ text, linkText, href }: { text: string; linkText: string; href: string }) {
  const status = useFinishStatus();
  return status?.finished ? <p class="module-progress__finish">{text} <a href={href}>{linkText}</a></p> : null;
}
