/** Finds the ids of interactive blocks (capitalised MDX components with an `id` prop) in a lesson body. */
export function findBlockIds(body: string): string[] {
  const ids: string[] = [];
  for (const tag of body.matchAll(/<([A-Z][A-Za-z0-9]*)\b([^>]*)>/g)) {
    const id = /\bid=["']([^"']+)["']/.exec(tag[2]);
    if (id) ids.push(id[1]);
  }
  return ids;
}
