// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { contentCheck } from './src/build/content-check-integration.ts';
import { courseIndexPlugin } from './src/build/course-index-plugin.ts';
import { classicScript } from './src/build/classic-script-integration.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryTermsPlugin } from './src/build/glossary-terms-plugin.ts';

export default defineConfig({
  outDir: './dist/site',
  // The content data store lives in cacheDir; inside the project (not the default node_modules/.astro), so checkouts that share
  // one node_modules do not overwrite each other's store.
  cacheDir: './.astro/cache',
  // Pages link to each other root-absolute; scripts/relativize.ts rewrites every
  // URL relative to its file after the build, because LMSs serve packages from
  // arbitrary sub-paths (see README, "Relative URLs").
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    contentCheck(),
    // The first use of each glossary term in a lesson opens its explanation (src/build/glossary-terms-plugin.ts).
    mdx({ processor: satteri({ mdastPlugins: [glossaryTermsPlugin()] }) }),
    preact(),
    classicScript('./src/present/present-page.ts', 'present.js'),
    classicScript('./src/settings/site-script.ts', 'site.js'),
    classicScript('./src/settings/modules-ok.ts', 'modules-ok.js'),
  ],
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
