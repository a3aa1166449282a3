/**
 * What a quiet build (`npm start`) shows of a step's output: one line with its
 * time, the package lines, and warnings that need the reader. Warnings the
 * tools always print about their own internals (known, harmless, nothing to
 * do) stay in the log file.
 */
const HARMLESS = [
  /MODULE_LEVEL_DIRECTIVE/, // Vite about Astro's own "use astro:head-inject" in every MDX file
  /Shiki syntax highlighting uses inline styles/, // the course has no code blocks; CSP would block them anyway
];
const MAX_WARNINGS = 5;

export function summarizeStep(name: string, output: string, seconds: number): string[] {
  const lines = output.split('\n');
  const warnings = lines.filter((l) => /\[WARN\]|\bwarning\b/i.test(l) && !HARMLESS.some((h) => h.test(l)));
  // The packaging step's own summary (sizes, where they are) is what the reader came for.
  const keep = name === 'package' ? lines.filter((l) => /\.zip\s|module packages|^package:/.test(l)) : [];
  return [
    `  ✓ ${name} (${seconds.toFixed(1)} s)`,
    ...keep.map((l) => `    ${l.trim()}`),
    ...warnings.slice(0, MAX_WARNINGS).map((l) => `    ! ${l.trim()}`),
    ...(warnings.length > MAX_WARNINGS ? [`    ! … and ${warnings.length - MAX_WARNINGS} more warnings in the log`] : []),
  ];
}
