/**
 * localStorage behind try/catch: private modes, full disks and locked-down
 * work laptops throw, and the course must keep working all the same.
 */
export interface TextStorage {
  read(key: string): string | null;
  /** Returns false when the text could not be saved. */
  write(key: string, value: string): boolean;
}

export function browserStorage(): TextStorage | undefined {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return undefined;
    const probe = '__se-ips-probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return {
      read: (key) => { try { return storage.getItem(key); } catch { return null; } },
      write: (key, value) => { try { storage.setItem(key, value); return true; } catch { return false; } },
    };
  } catch {
    return undefined;
  }
}
