/**
 * Prints figures as a table (figure, value, target, PASS/FAIL) and writes
 * them as JSON, each with value, unit, target and pass.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Figure } from './figure.ts';

const verdict = (f: Figure) => (f.pass === null ? '' : f.pass ? 'PASS' : 'FAIL');
const shown = (f: Figure) => (f.value === null ? 'not measured' : `${f.value.toLocaleString('en')} ${f.unit}`);

export function table(figures: Figure[]): string {
  const rows = [['figure', 'value', 'target', ''], ...figures.map((f) => [f.name, shown(f), f.target ?? '–', verdict(f)])];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]) : cell)).join('  ').trimEnd();
  const details = figures.filter((f) => f.detail).map((f) => `  ${f.name}: ${f.detail}`);
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line), '', ...details].join('\n');
}

export function writeJson(file: string, figures: Figure[], extra: Record<string, unknown>): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ ...extra, figures }, null, 2)}\n`);
}
