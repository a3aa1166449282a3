/**
 * `npm run build`: runs the build steps of src/build/build-steps.ts in order and stops at the first that fails.
 * `--log <file>` (what `npm start` uses): each step's output goes to the file, and the terminal gets one line
 * per step, the packages, and only the warnings that need the reader (src/build/build-log.ts).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSteps } from '../src/build/build-steps.ts';
import { summarizeStep } from '../src/build/build-log.ts';

const { values } = parseArgs({ options: { log: { type: 'string' } } });
const log = values.log;
if (log) {
  mkdirSync(dirname(log), { recursive: true });
  closeSync(openSync(log, 'w'));
}

for (const step of buildSteps) {
  const started = Date.now();
  let from = 0;
  let run;
  if (log) {
    from = readFileSync(log).length;
    const fd = openSync(log, 'a');
    run = spawnSync(process.execPath, step.args, { stdio: ['inherit', fd, fd], env: { ...process.env, FORCE_COLOR: '0' } });
    closeSync(fd);
  } else {
    run = spawnSync(process.execPath, step.args, { stdio: 'inherit' });
  }
  const output = log ? readFileSync(log).subarray(from).toString('utf8') : '';
  if (run.status !== 0) {
    if (log) console.error(output.trimEnd().split('\n').slice(-40).join('\n'));
    console.error(`build: the step "${step.name}" failed (node ${step.args.join(' ')}); see its output above${log ? ` and the whole log in ${log}` : ''}.`);
    process.exit(run.status ?? 1);
  }
  if (log) for (const line of summarizeStep(step.name, output, (Date.now() - started) / 1000)) console.log(line);
}
if (log) console.log(`build: done; the full log is in ${log}`);
