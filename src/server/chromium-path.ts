/** Debian's Chromium drives the browser tests, the bench and slide-fit; `CHROMIUM_PATH` points elsewhere. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
