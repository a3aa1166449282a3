import { useStore } from '@nanostores/preact';
import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

/**
 * Reads a progress store, but returns `serverValue` on the first render.
 * Islands hydrate one after another; a later one may find progress already
 * loaded, and Preact does not patch attributes while hydrating, so a first
 * render that differs from the static HTML would leave a stale `href` or class.
 * (Reading the store is what connects it to its backend: see progress-store.ts.)
 */
export function useHydratedStore<T>(store: ReadableAtom<T>, serverValue: T): T {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const value = useStore(store);
  return hydrated ? value : serverValue;
}
