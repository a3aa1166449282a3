/**
 * axe on every built page in the dark colour scheme. The browser tests scan
 * every page in the light scheme and a few in dark; the bench takes the few
 * minutes a full dark pass costs, so a contrast slip anywhere is counted.
 */
import { readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import { serveStatic } from '../server/static-server.ts';
import { chromiumPath } from '../server/chromium-path.ts';
import { axeViolations } from './axe-scan.ts';

const BASE = '/bench/site/';

export interface DarkScan { pages: number; violations: string[] }

export async function scanDarkScheme(siteDir: string): Promise<DarkScan> {
  const pages = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => f.split('\\').join('/')).sort();
  const server = await serveStatic({ root: siteDir, base: BASE, port: 0 });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage({ colorScheme: 'dark', viewport: { width: 1280, height: 800 } });
    const violations: string[] = [];
    for (const path of pages) {
      await page.goto(`${origin}${BASE}${path}`, { waitUntil: 'load' });
      // Scan what the learner sees: the islands rendered, not their server placeholders.
      await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, { polling: 'raf', timeout: 10_000 }).catch(() => {});
      // A launch page's frame holds a course page that has its own turn.
      const found = await axeViolations(page, /\/scorm\//.test(path) ? { iframes: false } : undefined);
      violations.push(...found.map((v) => `${path}: ${v}`));
    }
    return { pages: pages.length, violations };
  } finally {
    await browser.close();
    server.close();
  }
}
