/**
 * Icons from Lucide (lucide-static, ISC licence), read at build time and inlined as SVG:
 * no icon font, no request, no JavaScript. Icons are decoration: the words next to them
 * carry the meaning, so every icon is hidden from assistive technology.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cache = new Map<string, string>();

/** The icon's SVG markup with the given class; throws with the file it looked for if the name is unknown. */
export function iconSvg(name: string, className = 'icon'): string {
  const key = `${name} ${className}`;
  const known = cache.get(key);
  if (known) return known;
  let path: string;
  try {
    path = require.resolve(`lucide-static/icons/${name}.svg`);
  } catch {
    throw new Error(`Unknown icon "${name}": there is no lucide-static/icons/${name}.svg. Pick a name from https://lucide.dev/icons.`);
  }
  const svg = readFileSync(path, 'utf8')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\sclass="[^"]*"/, '')
    .replace(/\s(width|height)="24"/g, '')
    .replace('<svg', `<svg class="${className}" aria-hidden="true" focusable="false"`)
    .trim();
  cache.set(key, svg);
  return svg;
}
