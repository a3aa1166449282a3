/**
 * Every built page carries its Content-Security-Policy as a <meta> (an LMS serves the
 * files, so there are no headers of ours), and the policy allows exactly the inline
 * code the page has: each inline script and style is covered by a hash, and nothing
 * else inline (style or event-handler attributes, javascript: URLs) exists to be blocked.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const site = 'dist/site';
const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/gi;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The policy as directive name → sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name.toLowerCase(), sources]));
}

/** What a page's policy fails to cover, or forbids that the page needs. */
function problems(html: string): string[] {
  const found: string[] = [];
  const metas = [...html.matchAll(META)];
  if (metas.length !== 1) return [`${metas.length} CSP meta elements`];
  const policy = parsePolicy(metas[0][1]);
  // A meta policy only governs what comes after it; Astro puts it before its own head content, after our links.
  const firstCode = html.search(/<(script|style)\b|<link[^>]*rel="(stylesheet|preload|modulepreload)"/i);
  if (firstCode !== -1 && firstCode < metas[0].index) found.push('the CSP meta comes after a script or style');
  if (metas[0].index > html.indexOf('</head>')) found.push('the CSP meta is not in <head>');
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc=/.test(attrs)) continue;
    if (!policy.get('script-src')?.includes(sha256(body))) found.push(`inline script not covered by a hash: ${body.slice(0, 60)}…`);
  }
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    if (!policy.get('style-src')?.includes(sha256(body))) found.push(`inline style not covered by a hash: ${body.slice(0, 60)}…`);
  }
  for (const [attr] of html.matchAll(/\s(style|on[a-z]+)=["']?[^"'\s>]*/gi)) found.push(`inline attribute the policy blocks: ${attr.trim()}`);
  if (/(href|src|action)=["']?\s*javascript:/i.test(html)) found.push('a javascript: URL');
  return found;
}

it('every built page has one CSP meta, in <head> before any script or style, that covers each inline script and style by hash', () => {
  expect(pages.length).toBeGreaterThan(100);
  const failures = pages.flatMap((page) => problems(readFileSync(join(site, page), 'utf8')).map((p) => `${page}: ${p}`));
  expect(failures).toEqual([]);
});

it('the policy allows only this site: no inline code without a hash, no eval, no outside connections, frames, forms or plugins', () => {
  const policies = new Set(pages.map((page) => [...readFileSync(join(site, page), 'utf8').matchAll(META)][0]?.[1]));
  expect(policies.size).toBe(1);
  const policy = parsePolicy([...policies][0]!);
  const onlyHashes = (sources: string[] = []) => sources.filter((s) => s !== "'self'" && !/^'sha256-[A-Za-z0-9+/]+=*'$/.test(s));
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('script-src')).toContain("'self'");
  expect(onlyHashes(policy.get('script-src'))).toEqual([]);
  expect(policy.get('style-src')).toContain("'self'");
  expect(onlyHashes(policy.get('style-src'))).toEqual([]);
  expect(Object.fromEntries([...policy].filter(([name]) => !['default-src', 'script-src', 'style-src'].includes(name)))).toEqual({
    'img-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'frame-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  });
});
