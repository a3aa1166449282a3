/**
 * Builds the course with the steps `npm run build` runs (src/build/build-steps.ts),
 * timing the site (astro build plus the URL rewrite) and the SCORM packages separately. Output goes to a log
 * file so the bench prints only figures; a failing step prints its log's tail.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildSteps } from '../build/build-steps.ts';

export interface BuildTimes { siteSeconds: number; packagesSeconds: number }

/** Runs a Node script with this Node (npm scripts give Node 24) and returns its wall time in seconds. */
function timed(args: string[], log: string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  log.push(`$ node ${args.join(' ')}  (${seconds.toFixed(1)} s)`, run.stdout ?? '', run.stderr ?? '');
  if (run.status !== 0) {
    const tail = log.join('\n').split('\n').slice(-30).join('\n');
    throw new Error(`Build step failed: node ${args.join(' ')}\n${tail}`);
  }
  return seconds;
}

export function timedBuild(logFile: string): BuildTimes {
  const log: string[] = [];
  try {
    const seconds = { site: 0, packages: 0 };
    for (const step of buildSteps) seconds[step.part] += timed(step.args, log);
    return { siteSeconds: seconds.site, packagesSeconds: seconds.packages };
  } finally {
    mkdirSync(dirname(logFile), { recursive: true });
    writeFileSync(logFile, log.join('\n'));
  }
}
