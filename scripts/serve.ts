/**
 * Serves the built course and the LMS preview: `node scripts/serve.ts [--port 4321] [--base /a/b/]`.
 * Run through `npm start` (which builds first) or `npm run serve`.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { serveStatic } from '../src/server/static-server.ts';
import { previewRoutes } from '../src/preview/preview-routes.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '4321' }, base: { type: 'string', default: '/' }, root: { type: 'string', default: 'dist/site' }, scorm: { type: 'string', default: 'dist/scorm' } } });
if (!existsSync(values.root)) {
  console.error(`${values.root} does not exist. Build the course first: npm run build`);
  process.exit(1);
}
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
await serveStatic({ root: values.root, base, port: Number(values.port), routes: previewRoutes(values.scorm) });
console.log(`The course is served at http://localhost:${values.port}${base}`);
console.log(`The LMS preview (SCORM packages in ${values.scorm}/) is at http://localhost:${values.port}/lms/  (Ctrl+C stops both)`);
