/**
 * Diagrams for the PowerPoint export, taken from the built presentation page:
 * each `<Diagram>` renders a `<figure>` holding an `<svg>`. The SVG is made
 * standalone (namespace, CSS variables resolved to their fallbacks) and, where
 * sharp is installed (Astro brings it), turned into a PNG, which every version
 * of PowerPoint and Impress shows.
 */
import type { Picture } from './pptx-export.ts';

/** The `<svg>` of each figure in the page, by the diagram id its markup names (or in page order). */
export function figureSvgs(html: string, ids: string[]): Map<string, string> {
  const figures = [...html.matchAll(/<figure\b[\s\S]*?<\/figure>/g)].map((m) => m[0]).filter((f) => /<svg\b/.test(f));
  const found = new Map<string, string>();
  const unused = [...figures];
  for (const id of ids) {
    if (found.has(id)) continue;
    const named = unused.find((f) => new RegExp(`["'\\s-]${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["'\\s]`).test(f.slice(0, f.indexOf('<svg') + 400)));
    const figure = named ?? unused[0];
    if (!figure) break;
    unused.splice(unused.indexOf(figure), 1);
    found.set(id, standalone(figure.slice(figure.indexOf('<svg'), figure.lastIndexOf('</svg>') + 6)));
  }
  return found;
}

/** An inline SVG as a file of its own: its namespace, and colours that do not depend on the page's stylesheet. */
export function standalone(svg: string): string {
  let out = svg.replace(/var\(--[\w-]+\s*,\s*([^()]+?)\)/g, '$1').replace(/var\(--[\w-]+\)/g, '#111111').replace(/currentColor/g, '#111111');
  if (!/\sxmlns=/.test(out.slice(0, out.indexOf('>')))) out = out.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"');
  return out;
}

const ratioOf = (svg: string) => {
  const box = /viewBox=["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(svg);
  return box ? Number(box[1]) / Number(box[2]) : 16 / 9;
};

export async function diagramPictures(html: string, ids: string[]): Promise<Map<string, Picture>> {
  const svgs = figureSvgs(html, ids);
  const sharp = await import('sharp').then((m) => m.default).catch(() => undefined);
  const pictures = new Map<string, Picture>();
  for (const [id, svg] of svgs) {
    const ratio = ratioOf(svg);
    if (sharp) {
      // A palette PNG keeps a flat diagram small; 1600 px wide is sharp on a projector.
      const png = await sharp(Buffer.from(svg), { density: 144 }).resize({ width: 1600 }).png({ palette: true }).toBuffer().catch(() => undefined);
      if (png) { pictures.set(id, { data: `image/png;base64,${png.toString('base64')}`, ratio }); continue; }
    }
    pictures.set(id, { data: `image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`, ratio });
  }
  return pictures;
}
