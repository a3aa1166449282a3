/**
 * Bundles one entry into a classic (non-module) script at `/_astro/<name>`.
 * Browsers refuse module scripts on pages opened from disk (file://), and a
 * trainer may open the built site straight from a laptop with no server.
 */
import type { AstroIntegration } from 'astro';
import { build, type BuildOptions } from 'esbuild';
import { fileURLToPath } from 'node:url';

export function classicScript(entry: string, name: string): AstroIntegration {
  const options: BuildOptions = { entryPoints: [entry], bundle: true, format: 'iife', minify: true, target: 'es2022', legalComments: 'none' };
  return {
    name: `se-ips:classic-script:${name}`,
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await build({ ...options, outfile: fileURLToPath(new URL(`_astro/${name}`, dir)) });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(`/_astro/${name}`, (_req, res) => {
          build({ ...options, write: false }).then(
            (out) => { res.setHeader('Content-Type', 'text/javascript'); res.end(out.outputFiles?.[0]?.text ?? ''); },
            (error: Error) => { res.statusCode = 500; res.end(error.message); },
          );
        });
      },
    },
  };
}
