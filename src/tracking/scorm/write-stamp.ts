/**
 * Every suspend_data the course writes ends in a stamp: the time of the write.
 * Some LMSs post only the values that differ from a reference (Moodle's 2004
 * player compares with the launch values, its 1.2 player with the last posted
 * ones), so a state that returns to an earlier value would never reach them.
 * With the stamp, no write ever equals what it replaces. It also tells which
 * of two saved states is newer: the LMS's or the copy kept in the browser.
 */
const MARK = '~#';
const STAMPED = /~#([0-9a-z]{1,11})$/;

export function stamp(text: string, at: number): string {
  return `${text}${MARK}${Math.max(0, Math.floor(at)).toString(36)}`;
}

/** The state text and when it was written (0 for a state saved before stamps). */
export function unstamp(data: string): { text: string; at: number } {
  const match = STAMPED.exec(data);
  return match ? { text: data.slice(0, match.index), at: parseInt(match[1], 36) } : { text: data, at: 0 };
}
