/** The browser tests' axe runner is the bench's (one copy of the rules and the injection). */
export { axeViolations, WCAG_TAGS } from '../../src/bench/axe-scan.ts';
