/**
 * The learner's display choices (colour scheme and text size), kept on this device.
 * They live on `<html>` as `data-theme` and `data-text-size`; an absent attribute means
 * "as the system says" (theme) or the normal size. Diagrams and the stylesheet read the
 * same attributes, so one switch restyles everything.
 */

export const themes = ['system', 'light', 'dark'] as const;
export const textSizes = ['normal', 'large', 'larger'] as const;
export type Theme = (typeof themes)[number];
export type TextSize = (typeof textSizes)[number];
export interface DisplaySettings { theme: Theme; textSize: TextSize }

export const DISPLAY_KEY = 'se-ips:display';
export const defaultSettings: DisplaySettings = { theme: 'system', textSize: 'normal' };

/** Whatever was stored, as far as it is valid; anything else gives the defaults. */
export function parseSettings(raw: string | null | undefined): DisplaySettings {
  let data: unknown;
  try { data = JSON.parse(raw ?? ''); } catch { return { ...defaultSettings }; }
  const value = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  return {
    theme: themes.includes(value.theme as Theme) ? (value.theme as Theme) : defaultSettings.theme,
    textSize: textSizes.includes(value.textSize as TextSize) ? (value.textSize as TextSize) : defaultSettings.textSize,
  };
}

/** Storage may be missing or throw (a sandboxed LMS frame, privacy settings): then the system setting rules. */
export function readSettings(storage: () => Storage | null | undefined): DisplaySettings {
  try { return parseSettings(storage()?.getItem(DISPLAY_KEY)); } catch { return { ...defaultSettings }; }
}

/** Returns false when the choice could not be kept (it still applies to this page). */
export function writeSettings(storage: () => Storage | null | undefined, settings: DisplaySettings): boolean {
  try {
    const s = storage();
    if (!s) return false;
    s.setItem(DISPLAY_KEY, JSON.stringify(settings));
    return true;
  } catch { return false; }
}

export function applySettings(root: HTMLElement, settings: DisplaySettings) {
  if (settings.theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', settings.theme);
  if (settings.textSize === 'normal') root.removeAttribute('data-text-size');
  else root.setAttribute('data-text-size', settings.textSize);
}
