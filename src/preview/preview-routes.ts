/**
 * The LMS preview at /lms/: a page that plays the LMS with scorm-again, lists
 * the built packages and serves their files straight from the zips, so what
 * runs is exactly what an organisation would import.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { build } from 'esbuild';
import { contentTypes } from '../server/static-server.ts';
import { catalog, packageFile } from './package-catalog.ts';
import { previewPage } from './preview-page.ts';

let appBundle: Promise<string> | undefined;
function bundleApp(): Promise<string> {
  appBundle ??= build({
    entryPoints: [join(import.meta.dirname, 'app/preview-app.ts')], bundle: true, format: 'esm', write: false, minify: true, target: 'es2022',
  }).then((r) => r.outputFiles[0].text);
  return appBundle;
}

export function previewRoutes(scormDir = 'dist/scorm') {
  return async (path: string, _req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (path === '/lms' ) { res.writeHead(302, { location: '/lms/' }).end(); return true; }
    if (!path.startsWith('/lms/')) return false;
    const rest = path.slice('/lms/'.length);
    if (rest === '' || rest === 'index.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }).end(previewPage(catalog(scormDir)));
      return true;
    }
    if (rest === 'app.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }).end(await bundleApp());
      return true;
    }
    const match = /^pkg\/([^/]+)\/(.+)$/.exec(rest);
    const file = match && packageFile(scormDir, match[1], match[2].endsWith('/') ? `${match[2]}index.html` : match[2]);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`Not in any package: ${path}`);
      return true;
    }
    res.writeHead(200, { 'content-type': contentTypes[extname(match[2])] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(file);
    return true;
  };
}
