/**
 * Links the first use of each glossary term in a lesson to its explanation, at build time:
 * the word becomes a button that opens a native popover (`popovertarget`, no script) with
 * the explanation and a link to the glossary entry. Terms come from
 * `content/glossary/<lang>.yaml` (see src/glossary/term-matcher.ts); the lesson's language
 * from its path, `content/lessons/<lang>/<module>/<lesson>.mdx`.
 * Never inside headings, links, code, or components other than <Callout> (blocks, trainer
 * notes and diagrams have markup of their own).
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { contentDir } from '../content/content-dir.ts';
import { isLang, type Lang } from '../i18n/languages.ts';
import { strings } from '../i18n/strings.ts';
import { urls } from '../routing/urls.ts';
import { termMatcher, type GlossaryTerm, type TermMatcher } from '../glossary/term-matcher.ts';

interface Node { type: string; value?: string; name?: string | null; children?: Node[]; data?: Record<string, unknown>; depth?: number }
interface HastNode { type: 'element' | 'text'; tagName?: string; properties?: Record<string, unknown>; children?: HastNode[]; value?: string }

const SKIP = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'html', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'definition', 'yaml']);
const TEXT_COMPONENTS = new Set(['Callout']);

const cache = new Map<string, { mtime: number; entries: GlossaryTerm[]; matcher: TermMatcher }>();

function glossaryFor(dir: string, lang: Lang) {
  const file = join(dir, 'glossary', `${lang}.yaml`);
  const mtime = statSync(file).mtimeMs;
  const known = cache.get(file);
  if (known && known.mtime === mtime) return known;
  const data: unknown = parse(readFileSync(file, 'utf8'));
  // The content check validates the file in full; here only what the matcher needs.
  const entries = (Array.isArray(data) ? data : []).filter((e): e is GlossaryTerm => typeof e?.id === 'string' && typeof e?.term === 'string' && typeof e?.definition === 'string');
  const value = { mtime, entries, matcher: termMatcher(entries) };
  cache.set(file, value);
  return value;
}

/** Lesson language and id from the file's path, or nothing for MDX that is not a lesson. */
export function lessonOf(path: string | undefined): { lang: Lang; lessonId: string } | undefined {
  const parts = (path ?? '').split(sep).join('/').split('/');
  const at = parts.lastIndexOf('lessons');
  const lang = parts[at + 1];
  if (at < 0 || !lang || !isLang(lang) || parts.length < at + 4) return undefined;
  return { lang, lessonId: parts[parts.length - 1]!.replace(/\.mdx?$/, '') };
}

const h = (tagName: string, properties: Record<string, unknown>, children: (HastNode | string)[]): HastNode =>
  ({ type: 'element', tagName, properties, children: children.map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)) });

function termNode(entry: GlossaryTerm, text: string, lang: Lang, lessonId: string): Node {
  const t = strings[lang];
  const id = `term-${lessonId}-${entry.id}`;
  return {
    type: 'glossaryTerm',
    data: {
      hName: 'span',
      hProperties: { className: ['term'] },
      hChildren: [
        h('button', { type: 'button', className: ['term__button'], popovertarget: id }, [text, h('span', { className: ['visually-hidden'] }, [` (${t.glossaryTermHint})`])]),
        h('span', { id, popover: 'auto', className: ['term__pop'] }, [
          h('span', { className: ['term__name'] }, [entry.term]),
          h('span', { className: ['term__definition'] }, [entry.definition]),
          h('span', { className: ['term__actions'] }, [
            h('a', { href: urls.glossary(lang, entry.id) }, [t.glossaryMore]),
            h('button', { type: 'button', className: ['term__close'], popovertarget: id, popovertargetaction: 'hide' }, [t.close]),
          ]),
        ]),
      ],
    },
  };
}

interface Context { fileURL: URL | undefined; replaceNode(node: Node, replacement: Node[]): void }

/**
 * What the surrounding text needs in place of `node`'s text: plain text and term
 * buttons, or nothing when no new term occurs in it.
 */
function splitText(value: string, matcher: TermMatcher, used: Set<string>, make: (id: string, text: string) => Node): Node[] | undefined {
  const out: Node[] = [];
  let at = 0;
  for (let m = matcher.find(value, 0, (id) => !used.has(id)); m; m = matcher.find(value, at, (id) => !used.has(id))) {
    used.add(m.id);
    if (m.index > at) out.push({ type: 'text', value: value.slice(at, m.index) });
    out.push(make(m.id, m.text));
    at = m.index + m.text.length;
  }
  if (out.length === 0) return undefined;
  if (at < value.length) out.push({ type: 'text', value: value.slice(at) });
  return out;
}

/**
 * The glossary step as a plugin of Astro's Markdown processor (Sätteri): its `before` hook
 * gets the whole tree, walks it in reading order and swaps text nodes for text and terms.
 */
export function glossaryTermsPlugin(options: { contentDir?: string } = {}) {
  const dir = resolve(options.contentDir ?? contentDir);
  return {
    name: 'se-ips:glossary-terms',
    // Sätteri's own node types are wider than the few fields used here.
    before(tree: object, context: object) {
      const root = tree as Node;
      const ctx = context as Context;
      const lesson = lessonOf(ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined);
      if (!lesson) return;
      const { entries, matcher } = glossaryFor(dir, lesson.lang);
      const byId = new Map(entries.map((e) => [e.id, e]));
      const used = new Set<string>();
      const make = (id: string, text: string) => termNode(byId.get(id)!, text, lesson.lang, lesson.lessonId);
      const walk = (node: Node) => {
        for (const child of node.children ?? []) {
          if (SKIP.has(child.type)) continue;
          if ((child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') && !TEXT_COMPONENTS.has(child.name ?? '')) continue;
          if (child.type === 'text' && child.value) {
            const replacement = splitText(child.value, matcher, used, make);
            if (replacement) ctx.replaceNode(child, replacement);
          } else walk(child);
        }
      };
      walk(root);
    },
  };
}
