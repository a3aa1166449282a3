/**
 * Lighthouse's mobile profile slows the CPU down 4x, which assumes a host
 * about as fast as a mid-tier desktop (benchmark index ~1,000). On a slower or
 * busy host that makes the emulated phone far slower than the one Lighthouse
 * means (a Moto G Power, index ~264), and Total Blocking Time measures the host.
 * Lighthouse's throttling docs say to calibrate the multiplier; this does it
 * the way Chrome DevTools' CPU calibration does (host index / 264), never
 * harsher than Lighthouse's default of 4 and never below 1.
 */
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';

const LOW_TIER_INDEX = 264;
const DEFAULT_MULTIPLIER = 4;

export interface CpuCalibration {
  /** Lighthouse's benchmark index of this host right now (V8 in Node, as in Chromium). */
  benchmarkIndex: number;
  cpuSlowdownMultiplier: number;
}

export function calibrateCpu(): CpuCalibration {
  const benchmarkIndex = Math.round(pageFunctions.computeBenchmarkIndex());
  const multiplier = Math.min(DEFAULT_MULTIPLIER, Math.max(1, benchmarkIndex / LOW_TIER_INDEX));
  return { benchmarkIndex, cpuSlowdownMultiplier: Math.round(multiplier * 100) / 100 };
}
