/**
 * The saved state in the LMS carries a short hash of the learner it belongs
 * to. An LMS that hands a learner someone else's suspend_data (a mixed-up
 * record, a copied attempt) is then noticed, and that state is neither shown
 * nor mixed into this learner's work. A state without a seal (saved before
 * seals, or by an LMS that gives no learner id) is trusted as before.
 */
import { fnv1a } from '../../progress/fnv1a.ts';

const MARK = '~@';
const SEALED = /~@([0-9a-z]{3})$/;

/** 15 bits in three base-36 digits: a mix-up goes unnoticed once in 32,768. */
const sealFor = (learnerId: string) => (fnv1a(learnerId) & 0x7fff).toString(36).padStart(3, '0');

/** suspend_data for the LMS: the state text and whose it is. Without a learner id there is nothing to seal with. */
export function seal(text: string, learnerId: string): string {
  return learnerId ? `${text}${MARK}${sealFor(learnerId)}` : text;
}

/** The state text from suspend_data, and whether it was sealed for someone else. */
export function unseal(data: string, learnerId: string): { text: string; foreign: boolean } {
  const match = SEALED.exec(data);
  if (!match) return { text: data, foreign: false };
  return { text: data.slice(0, match.index), foreign: !!learnerId && match[1] !== sealFor(learnerId) };
}
