/**
 * A reflection prompt. The text is the learner's own: it stays in this
 * browser's storage under its own key and never enters the progress state,
 * so it can never reach an LMS.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ReflectionBlock as Block } from '../../content/block-schemas.ts';
import { readReflection, writeReflection } from '../../progress/reflections.ts';

export const reflectionStrings = ['blockReflection', 'reflectionLabel', 'reflectionPrivacy', 'reflectionSaved', 'reflectionNotSaved'] as const;
type S = Record<(typeof reflectionStrings)[number], string>;

export default function ReflectionBlock({ block, strings: s }: { block: Block; strings: S }) {
  const [text, setText] = useState('');
  const [status, setStatus] = useState<'saved' | 'failed' | null>(null);
  useEffect(() => setText(readReflection(block.id)), [block.id]);
  const id = `reflection-${block.id}`;

  const change = (value: string) => {
    setText(value);
    const ok = writeReflection(block.id, value);
    // Announce once, not on every keystroke.
    if (!ok) setStatus('failed');
    else if (status !== 'saved') setStatus('saved');
  };

  return (
    <section class="block block--reflection" aria-labelledby={`${id}-kind`}>
      <h3 class="block__kind" id={`${id}-kind`}>{s.blockReflection}</h3>
      <p class="block__question" id={`${id}-q`}>{block.prompt}</p>
      {block.hint && <p class="block__help">{block.hint}</p>}
      <label for={id} class="reflection__label">{s.reflectionLabel}</label>
      <textarea id={id} rows={5} value={text} aria-describedby={`${id}-q ${id}-privacy`} onInput={(e) => change((e.target as HTMLTextAreaElement).value)} />
      <p class="block__help" id={`${id}-privacy`}><span aria-hidden="true">🔒 </span>{s.reflectionPrivacy}</p>
      <p role="status" class="block__result">{status === 'saved' ? s.reflectionSaved : status === 'failed' ? s.reflectionNotSaved : ''}</p>
    </section>
  );
}
