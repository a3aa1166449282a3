/** One thing wrong in the content, said so that an author can fix it. */
export interface ContentProblem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** Line in the file (1-based), when the problem sits on one line. */
  line?: number;
  /** Dotted path of the field at fault, if one field is. */
  field?: string;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  hint?: string;
}

export function formatProblem(p: ContentProblem): string {
  const file = p.line ? `${p.file}:${p.line}` : p.file;
  const where = p.field ? `${file}: field "${p.field}"` : file;
  return `${where}: ${p.message}${p.hint ? `\n    → ${p.hint}` : ''}`;
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `The course content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.problems = problems;
    this.name = 'ContentError';
  }
}
