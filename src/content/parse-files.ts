/**
 * Reading one content file: YAML data or an MDX lesson's frontmatter, checked
 * against its schema. Problems are returned, never thrown, so the checker can
 * report every broken file in one run.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import type { ContentProblem } from './content-problem.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: ContentProblem[] };

export function parseYamlText(file: string, text: string): Parsed<unknown> {
  try {
    return { ok: true, value: parseYaml(text) };
  } catch (error) {
    const line = error instanceof YAMLParseError ? ` (line ${error.linePos?.[0]?.line ?? '?'})` : '';
    return {
      ok: false,
      problems: [{ file, message: `is not valid YAML${line}: ${(error as Error).message.split('\n')[0]}`, hint: 'Check indentation and quote strings that contain a colon.' }],
    };
  }
}

/** Splits an MDX file into its YAML frontmatter and its body. */
export function splitFrontmatter(file: string, text: string): Parsed<{ data: unknown; body: string }> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) {
    return {
      ok: false,
      problems: [{ file, message: 'has no frontmatter', hint: 'Start the file with a block between two "---" lines holding title, description, minutes and sources.' }],
    };
  }
  const data = parseYamlText(file, match[1]);
  return data.ok ? { ok: true, value: { data: data.value, body: match[2] } } : data;
}

export function validate<S extends z.ZodType>(file: string, schema: S, data: unknown): Parsed<z.infer<S>> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      file,
      field: issue.path.length ? issue.path.join('.') : undefined,
      message: describeIssue(issue),
      hint: hintFor(issue),
    })),
  };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return `is missing (expected ${issue.expected})`;
  return issue.message;
}

function hintFor(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === 'unrecognized_keys') return 'Remove it or check its spelling; the allowed fields are documented in src/content/schemas.ts (lessons, modules, sources, glossary), src/content/block-schemas.ts (blocks, assessment) and src/content/diagram-schemas.ts (diagrams).';
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'Add this field; src/content/schemas.ts and block-schemas.ts say what each field holds.';
  return undefined;
}
