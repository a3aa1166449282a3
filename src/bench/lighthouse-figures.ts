/** Lighthouse scores as bench figures (target 100 each), and the audits that cost points, for the report. */
import { score, type Figure } from './figure.ts';
import { categories, type PageAudit } from './lighthouse-runner.ts';

export function lighthouseFigures(audits: PageAudit[]): Figure[] {
  return audits.flatMap((a) => categories.map((c) => score(`Lighthouse ${c}, ${a.label}`, a.scores[c])));
}

export function deductionLines(audits: PageAudit[]): string[] {
  return audits.filter((a) => a.deductions.length > 0).map((a) =>
    `  ${a.label} (${a.page}): ${a.deductions.map((d) => `${d.id} ${d.score === null ? '' : Math.round(d.score * 100)}`.trim()).join(', ')}`);
}
