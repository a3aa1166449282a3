/** `npm start` keeps the terminal short: a line per build step, the packages, and only the warnings that need the reader. */
import { describe, expect, it } from 'vitest';
import { summarizeStep } from '../../src/build/build-log.ts';

describe('the quiet build', () => {
  it("shows a step's time and its real warnings, not the tools' known noise", () => {
    const output = [
      '07:17:09 [WARN] [config] Shiki syntax highlighting uses inline styles that are not compatible with Content Security Policy (CSP).',
      ...Array(90).fill('07:17:39 [WARN] [vite] [MODULE_LEVEL_DIRECTIVE] The semantics of the module level directive "use astro:head-inject" in "x.mdx" may not be preserved when bundling.'),
      '07:17:48   ├─ /en/evidence/index.html (+2ms)',
      '07:17:50 [WARN] [glob-loader] No files found matching "*.mdx" in directory "content/lessons/da"',
    ].join('\n');
    expect(summarizeStep('astro build', output, 31.24)).toEqual([
      '  ✓ astro build (31.2 s)',
      '    ! 07:17:50 [WARN] [glob-loader] No files found matching "*.mdx" in directory "content/lessons/da"',
    ]);
  });

  it('keeps the packages and caps the warnings', () => {
    const output = ['  se-ips-nb-scorm12.zip  1410 KB, 203 files', 'package: 6 SCORM packages in dist/scorm/ (2.0 s)', ...Array(8).fill('warning: x')].join('\n');
    const lines = summarizeStep('package', output, 2);
    expect(lines.slice(0, 3)).toEqual(['  ✓ package (2.0 s)', '    se-ips-nb-scorm12.zip  1410 KB, 203 files', '    package: 6 SCORM packages in dist/scorm/ (2.0 s)']);
    expect(lines).toHaveLength(3 + 5 + 1);
    expect(lines.at(-1)).toContain('3 more warnings in the log');
  });
});
