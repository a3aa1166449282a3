/** A broken lesson stops `astro build` itself, with a message naming the file and what is wrong. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

// A fixed path: Astro caches content module paths between builds, and a path that
// changed since the last run would be looked up in that cache and not found.
const work = join('tests/.tmp', 'build-check');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds a copy of the good fixture after `breakIt` has damaged it; returns the build's exit code and output. */
function buildBroken(name: string, breakIt: (content: string) => void) {
  const content = join(work, name, 'content');
  mkdirSync(content, { recursive: true });
  cpSync('tests/fixtures/content-good', content, { recursive: true });
  breakIt(content);
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(work, name, 'out')], {
    env: { ...process.env, COURSE_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { content, status: run.status, output: run.stdout + run.stderr };
}

function edit(file: string, change: (text: string) => string) {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

it('fails the build and lists every problem', () => {
  const { content, status, output } = buildBroken('schema', (c) => {
    edit(join(c, 'lessons/sv/basics/first.mdx'), (t) => t.replace('minutes: 5', 'minutes: "five"'));
    rmSync(join(c, 'lessons/en/basics/second.mdx'));
  });
  expect(status).not.toBe(0);
  expect(output).toContain(`${content}/lessons/sv/basics/first.mdx: field "minutes"`);
  expect(output).toContain(`${content}/lessons/en/basics/second.mdx: is missing`);
}, 60_000);

it('fails the build on broken MDX, naming the file and line', () => {
  const { content, status, output } = buildBroken('mdx', (c) => {
    edit(join(c, 'lessons/sv/basics/first.mdx'), (t) => `${t}\n<Callout kind="note" title="x">\nnever closed\n`);
  });
  expect(status).not.toBe(0);
  expect(output).toMatch(/closing tag for `<Callout>`/);
  expect(output).toMatch(new RegExp(`${content}/lessons/sv/basics/first\\.mdx:\\d+:\\d+`));
}, 60_000);
