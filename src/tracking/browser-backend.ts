/** Standalone mode: progress lives in the browser's localStorage (see browser-storage.ts for why it is wrapped). */
import { browserStorage } from '../progress/browser-storage.ts';
import type { ProgressBackend } from '../progress/progress-backend.ts';

export const STORAGE_KEY = 'se-ips:progress';

export function browserBackend(): ProgressBackend | undefined {
  const storage = browserStorage();
  if (!storage) return undefined;
  return {
    kind: 'browser',
    read: () => storage.read(STORAGE_KEY),
    write: (text) => storage.write(STORAGE_KEY, text),
    onSavedElsewhere(listener) {
      const heard = (event: StorageEvent) => { if (event.key === STORAGE_KEY) listener(event.newValue); };
      globalThis.addEventListener('storage', heard);
      return () => globalThis.removeEventListener('storage', heard);
    },
  };
}
