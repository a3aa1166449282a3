/**
 * The LMS API behind one small interface with the same names for both
 * versions. Every call is guarded: an API that returns "false", throws, or
 * has vanished gives `false` here and the session decides what to do.
 */
import type { FoundApi } from './find-api.ts';
import type { ScormVersion } from './scorm-versions.ts';

export interface LmsConnection {
  readonly version: ScormVersion;
  initialize(): boolean;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  terminate(): boolean;
  /** The LMS's last error as "code: message", for the console. */
  lastError(): string;
}

const names = {
  '2004': { initialize: 'Initialize', get: 'GetValue', set: 'SetValue', commit: 'Commit', terminate: 'Terminate', error: 'GetLastError', errorText: 'GetErrorString' },
  '1.2': { initialize: 'LMSInitialize', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', terminate: 'LMSFinish', error: 'LMSGetLastError', errorText: 'LMSGetErrorString' },
} as const;

export function connect({ version, api }: FoundApi): LmsConnection {
  const n = names[version];
  const call = (method: string, ...args: string[]): unknown => {
    const fn = api[method];
    if (typeof fn !== 'function') throw new Error(`The LMS API has no ${method}()`);
    return fn.apply(api, args);
  };
  const ok = (method: string, ...args: string[]): boolean => {
    try {
      const result = call(method, ...args);
      return result === true || result === 'true';
    } catch {
      return false;
    }
  };
  return {
    version,
    initialize: () => ok(n.initialize, ''),
    get: (element) => {
      try { return String(call(n.get, element) ?? ''); } catch { return ''; }
    },
    set: (element, value) => ok(n.set, element, value),
    commit: () => ok(n.commit, ''),
    terminate: () => ok(n.terminate, ''),
    lastError: () => {
      try {
        const code = String(call(n.error));
        return `${code}: ${String(call(n.errorText, code))}`;
      } catch (error) {
        return `unavailable: ${(error as Error).message}`;
      }
    },
  };
}
