/**
 * The ways the preview LMS can misbehave, so the course's handling of a bad
 * LMS can be seen and tested: each is a switch in the preview page. The
 * facade stands between the course and scorm-again and applies them.
 */

export interface Faults {
  /** Commit answers "false". */
  refuse: boolean;
  /** Every call throws, as a broken LMS adapter does. */
  throwAll: boolean;
  /** The API object has lost its methods, as when the LMS frame is gone. */
  vanish: boolean;
  /** Each Commit blocks for this long, as a synchronous request to a slow server does; 0 for none. */
  slowCommitMs: number;
}

export const SLOW_COMMIT_MS = 5000;
export const noFaults = (): Faults => ({ refuse: false, throwAll: false, vanish: false, slowCommitMs: 0 });

const COMMITS = ['Commit', 'LMSCommit'];

/** Blocks the thread: the SCORM API is synchronous, so a slow LMS freezes the page calling it. */
function busyWait(ms: number) {
  const until = performance.now() + ms;
  while (performance.now() < until) { /* waiting on the "server" */ }
}

export interface FacadeHooks {
  /** Called after a call went through to the real API. */
  after(method: string): void;
  /** True while the course unloads and the LMS sends Commit and Terminate as beacons: they answer "true" at once. */
  asBeacon(method: string): boolean;
  /** Tells the preview's user what a fault did. */
  say(text: string): void;
}

/** The object the course finds: every call goes through the fault switches first. */
export function faultyFacade(api: object, faults: Faults, hooks: FacadeHooks): Record<string, unknown> {
  const target = api as Record<string, unknown>;
  return new Proxy({}, {
    get: (_t, name) => {
      if (faults.vanish || typeof name !== 'string') return undefined;
      const real = target[name];
      if (typeof real !== 'function') return real;
      return (...args: string[]) => {
        if (faults.throwAll) throw new Error(`The LMS failed in ${name} (preview fault).`);
        if (hooks.asBeacon(name)) {
          // The answer comes before the server's: whether it stores the data is decided on delivery.
          real.apply(api, args);
          hooks.after(name);
          return 'true';
        }
        if (COMMITS.includes(name)) {
          if (faults.refuse) { hooks.say('Refused a commit (preview fault).'); return 'false'; }
          if (faults.slowCommitMs > 0) busyWait(faults.slowCommitMs);
        }
        const result: unknown = real.apply(api, args);
        hooks.after(name);
        return result;
      };
    },
  });
}
