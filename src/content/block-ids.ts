/** A capitalised MDX component with an `id` prop, e.g. `<Quiz id="ips-q1" />`. */
export interface BlockTag { component: string; id: string }

/** Finds the interactive blocks placed in a lesson body, in order. */
export function findBlockTags(body: string): BlockTag[] {
  const tags: BlockTag[] = [];
  for (const tag of body.matchAll(/<([A-Z][A-Za-z0-9]*)\b([^>]*)>/g)) {
    const id = /\bid=["']([^"']+)["']/.exec(tag[2]);
    if (id) tags.push({ component: tag[1], id: id[1] });
  }
  return tags;
}

/** Just the ids, in order. */
export function findBlockIds(body: string): string[] {
  return findBlockTags(body).map((t) => t.id);
}
