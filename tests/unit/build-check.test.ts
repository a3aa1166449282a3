/** A broken lesson stops `astro build` itself, with a message naming the file and the field. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const work = join('tests/.tmp', `build-${process.pid}`);
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('fails the build and lists every problem', () => {
  const content = join(work, 'content');
  mkdirSync(work, { recursive: true });
  cpSync('tests/fixtures/content-good', content, { recursive: true });
  const lesson = join(content, 'lessons/sv/basics/first.mdx');
  writeFileSync(lesson, readFileSync(lesson, 'utf8').replace('minutes: 5', 'minutes: "five"'));
  rmSync(join(content, 'lessons/en/basics/second.mdx'));

  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(work, 'out')], {
    env: { ...process.env, COURSE_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const output = run.stdout + run.stderr;
  expect(run.status).not.toBe(0);
  expect(output).toContain(`${content}/lessons/sv/basics/first.mdx: field "minutes"`);
  expect(output).toContain(`${content}/lessons/en/basics/second.mdx: is missing`);
}, 60_000);
