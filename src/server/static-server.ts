/**
 * A small static file server for the built site, optionally under a base path
 * (as an LMS serves a package), used by `npm start` and the browser tests.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp',
  '.ico': 'image/x-icon', '.xml': 'application/xml', '.xsd': 'application/xml', '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8',
};

export interface ServeOptions {
  root: string;
  /** URL path the site is served under, starting and ending with "/". */
  base?: string;
  port?: number;
  host?: string;
  /** Extra routes tried first (e.g. the LMS preview); returns true when it answered. */
  routes?: (path: string, req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;
}

export const contentTypes = TYPES;

export function serveStatic({ root, base = '/', port = 4321, host = '127.0.0.1', routes }: ServeOptions): Promise<Server> {
  const rootDir = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (routes && (await routes(path, req, res))) return;
    if (path === '/' && base !== '/') {
      res.writeHead(302, { location: base }).end();
      return;
    }
    if (!path.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`Not found: ${path} (the site is served under ${base})`);
      return;
    }
    let file = normalize(join(rootDir, path.slice(base.length)));
    if (file !== rootDir && !file.startsWith(rootDir + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`Not found: ${path}`);
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    createReadStream(file).pipe(res);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(server));
  });
}
