/**
 * One measured figure with its target, as the bench prints it and writes it
 * to bench/results.json. A figure without a target is reported, not judged.
 */
export interface Figure {
  name: string;
  /** null when the figure could not be measured (e.g. the build was skipped). */
  value: number | null;
  unit: string;
  /** Human-readable target, e.g. "≤ 30 KB"; null for figures we only report. */
  target: string | null;
  /** true/false against the target; null without a target or a value. */
  pass: boolean | null;
  /** Which page or file the figure is about, when it is about one. */
  detail?: string;
}

const KB = 1024;
const MB = 1024 * 1024;

/** A figure we report without judging it (counts, build times). */
export function info(name: string, value: number | null, unit: string, detail?: string): Figure {
  return { name, value, unit, target: null, pass: null, detail };
}

/** A size in bytes with an upper limit; `strict` means the limit itself misses. */
export function bytesAtMost(name: string, bytes: number, limitKb: number, detail?: string, strict = false): Figure {
  const value = round(bytes / KB);
  return { name, value, unit: 'KB', target: `${strict ? '<' : '≤'} ${limitKb} KB`, pass: strict ? bytes < limitKb * KB : bytes <= limitKb * KB, detail };
}

export function megabytesBelow(name: string, bytes: number, limitMb: number, detail?: string): Figure {
  return { name, value: round(bytes / MB, 2), unit: 'MB', target: `< ${limitMb} MB`, pass: bytes < limitMb * MB, detail };
}

export function countBelow(name: string, value: number, limit: number, unit: string): Figure {
  return { name, value, unit, target: `< ${limit.toLocaleString('en')}`, pass: value < limit };
}

export function score(name: string, value: number | null, wanted = 100, detail?: string): Figure {
  return { name, value, unit: 'score', target: `${wanted}`, pass: value === null ? false : value >= wanted, detail };
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
