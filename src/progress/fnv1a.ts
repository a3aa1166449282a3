/** 32-bit FNV-1a hash of a string: cheap and stable, for fingerprints and seeds (not for security). */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}
