/**
 * The name a learner types for their certificate outside an LMS: kept only in
 * this browser (one storage key, apart from progress), so it never reaches an LMS.
 */
import { browserStorage } from './browser-storage.ts';
import { cleanName } from './finish.ts';

export const CERTIFICATE_NAME_KEY = 'se-ips:certificate-name';

export function readCertificateName(): string {
  return cleanName(browserStorage()?.read(CERTIFICATE_NAME_KEY) ?? '');
}

/** False when the browser refuses to keep it. */
export function writeCertificateName(name: string): boolean {
  return browserStorage()?.write(CERTIFICATE_NAME_KEY, name) ?? false;
}
