// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { contentCheck } from './src/build/content-check-integration.ts';
import { courseIndexPlugin } from './src/build/course-index-plugin.ts';
import { classicScript } from './src/build/classic-script-integration.ts';

export default defineConfig({
  outDir: './dist/site',
  // Astro's content cache lives in the checkout, not in node_modules: side-by-side
  // worktrees share one node_modules and would read each other's lessons.
  cacheDir: './.astro/cache',
  // Pages link to each other root-absolute; scripts/relativize.ts rewrites every
  // URL relative to its file after the build, because LMSs serve packages from
  // arbitrary sub-paths (see README, "Relative URLs").
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [contentCheck(), mdx(), preact(), classicScript('./src/present/present-page.ts', 'present.js')],
  devToolbar: { enabled: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  prefetch: false,
  vite: {
    plugins: [courseIndexPlugin()],
    build: { sourcemap: false },
    experimental: {
      // Without this, Vite's preload helper and imported asset URLs in JS stay root-absolute.
      renderBuiltUrl(_filename, { hostType }) {
        return hostType === 'js' || hostType === 'css' ? { relative: true } : undefined;
      },
    },
  },
});
