/** Reflection texts, kept apart from progress so they never travel to an LMS: one browser storage key, a JSON map of block id to text. */
import { browserStorage } from './browser-storage.ts';

const KEY = 'se-ips:reflections';

function readAll(): Record<string, string> {
  try {
    const data: unknown = JSON.parse(browserStorage()?.read(KEY) ?? '{}');
    return typeof data === 'object' && data !== null && !Array.isArray(data)
      ? Object.fromEntries(Object.entries(data).filter((e): e is [string, string] => typeof e[1] === 'string'))
      : {};
  } catch {
    return {};
  }
}

export function readReflection(id: string): string {
  return readAll()[id] ?? '';
}

/** False when the browser refuses to store it. */
export function writeReflection(id: string, text: string): boolean {
  const storage = browserStorage();
  return storage ? storage.write(KEY, JSON.stringify({ ...readAll(), [id]: text })) : false;
}
