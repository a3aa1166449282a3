/**
 * Serves the built course and the LMS preview: `node scripts/serve.ts [--port 4321] [--base /a/b/]`.
 * Run through `npm start` (which builds first) or `npm run serve`. Prints the addresses and the packages, no more.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serveStatic } from '../src/server/static-server.ts';
import { previewRoutes } from '../src/preview/preview-routes.ts';
import { languages } from '../src/i18n/languages.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '4321' }, base: { type: 'string', default: '/' }, root: { type: 'string', default: 'dist/site' }, scorm: { type: 'string', default: 'dist/scorm' } } });
if (!existsSync(values.root)) {
  console.error(`${values.root} does not exist. Build the course first: npm run build`);
  process.exit(1);
}
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
await serveStatic({ root: values.root, base, port: Number(values.port), routes: previewRoutes(values.scorm) });

const zips = existsSync(values.scorm) ? readdirSync(values.scorm).filter((f) => f.endsWith('.zip')).sort() : [];
const mb = (f: string) => `${(statSync(join(values.scorm, f)).size / 1024 / 1024).toFixed(2)} MB`;
// Full-course packages end in -<lang>-scormXX.zip; module packages have the module id in between.
const full = zips.filter((f) => languages.some((l) => f.endsWith(`-${l}-scorm12.zip`) || f.endsWith(`-${l}-scorm2004.zip`)));
console.log('');
console.log(`  The course:       http://localhost:${values.port}${base}`);
console.log(`  The LMS preview:  http://localhost:${values.port}/lms/  (try the SCORM packages as an LMS would run them)`);
console.log(`  SCORM packages in ${values.scorm}/ to import into an LMS:${zips.length ? '' : ' none (npm run build writes them)'}`);
for (const f of full) console.log(`    ${f}  ${mb(f)}`);
if (zips.length > full.length) console.log(`    and ${zips.length - full.length} module packages (npm run package -- --per-module)`);
console.log('  Ctrl+C stops the server.');
