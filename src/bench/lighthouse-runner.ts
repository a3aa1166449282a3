/**
 * Runs Lighthouse (mobile profile, its default) on pages of the built site,
 * served locally under a sub-path as an LMS would, in Debian's Chromium.
 * Nothing leaves the machine: the pages only load their own files, and
 * Chromium's background networking is off.
 */
import type { AddressInfo } from 'node:net';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveStatic } from '../server/static-server.ts';
import { chromiumPath } from '../server/chromium-path.ts';
import { calibrateCpu, type CpuCalibration } from './cpu-calibration.ts';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];

export interface Deduction { id: string; title: string; score: number | null }

export interface PageAudit {
  label: string;
  page: string;
  /** 0–100 per category; null when Lighthouse could not score it. */
  scores: Record<Category, number | null>;
  /** Audits that cost points (score below 1, with weight in a category). */
  deductions: Deduction[];
  cpu: CpuCalibration;
}

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-default-apps'];
const BASE = '/bench/site/';

export async function auditPages(siteDir: string, pages: { label: string; page: string }[], chromePath = chromiumPath): Promise<PageAudit[]> {
  const server = await serveStatic({ root: siteDir, base: BASE, port: 0 });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    const audits: PageAudit[] = [];
    // One page at a time: parallel runs on a small machine would skew the performance score.
    for (const { label, page } of pages) {
      const cpu = calibrateCpu();
      audits.push({ label, page, cpu, ...(await auditOne(`${origin}${BASE}${page}`, chrome.port, cpu.cpuSlowdownMultiplier)) });
    }
    return audits;
  } finally {
    chrome.kill();
    server.close();
  }
}

async function auditOne(url: string, port: number, cpuSlowdownMultiplier: number): Promise<Pick<PageAudit, 'scores' | 'deductions'>> {
  const result = await lighthouse(url, {
    port, output: 'json', logLevel: 'error', onlyCategories: [...categories], disableFullPageScreenshot: true, throttling: { cpuSlowdownMultiplier },
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories: cats, audits } = result.lhr;
  const scores = Object.fromEntries(categories.map((c) => [c, cats[c]?.score == null ? null : Math.round(cats[c].score! * 100)])) as Record<Category, number | null>;
  const weighted = new Set(categories.flatMap((c) => (cats[c]?.auditRefs ?? []).filter((r) => r.weight > 0).map((r) => r.id)));
  const deductions = [...weighted].map((id) => audits[id]).filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable')
    .map((a) => ({ id: a.id, title: a.title, score: a.score }));
  return { scores, deductions };
}
