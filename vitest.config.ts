import { defineConfig } from 'vitest/config';
import { courseIndexPlugin } from './src/build/course-index-plugin.ts';

export default defineConfig({
  plugins: [courseIndexPlugin()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
