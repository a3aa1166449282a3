import { defineConfig } from 'vitest/config';
import { courseIndexPlugin } from './src/build/course-index-plugin.ts';

export default defineConfig({
  plugins: [courseIndexPlugin()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Several tests read and check the whole real course (about 1 s idle, several on a loaded 2-core machine);
    // they assert what the course holds, not how fast, so a busy machine must not fail them.
    testTimeout: 30_000,
  },
});
