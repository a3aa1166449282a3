/** `npm run build`: runs the build steps of src/build/build-steps.ts in order and stops at the first that fails. */
import { spawnSync } from 'node:child_process';
import { buildSteps } from '../src/build/build-steps.ts';

for (const step of buildSteps) {
  const run = spawnSync(process.execPath, step.args, { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`build: the step "${step.name}" failed (node ${step.args.join(' ')}); see its output above.`);
    process.exit(run.status ?? 1);
  }
}
