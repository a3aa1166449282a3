/**
 * Opens PowerPoint files the way a trainer's LibreOffice Impress would:
 * headless, converted to PDF, to count the slides it shows; and reads the
 * notes straight from the file. Used by the unit test (one module per
 * language) and `npm run pptx-check` (all of them).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';

export const soffice = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';

/**
 * Page count of each file as Impress renders it to PDF (one page per slide).
 * Impress takes 5-20 s per file on a busy 2-core machine: the timeout grows with the file count.
 */
export function impressPages(files: string[], secondsPerFile = 60): Map<string, number> {
  const out = mkdtempSync(join(tmpdir(), 'pptx-check-'));
  try {
    // A profile of its own, so a trainer's open LibreOffice (or another run) does not take the job.
    execFileSync(soffice, [`-env:UserInstallation=file://${out}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...files], { stdio: 'pipe', timeout: Math.max(120, files.length * secondsPerFile) * 1000 });
    return new Map(files.map((f) => {
      const pdf = readFileSync(join(out, basename(f).replace(/\.pptx$/, '.pdf'))).toString('latin1');
      return [f, pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0];
    }));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The text of each slide's notes, in slide order (empty where a slide has none). */
export function pptxNotes(file: string): string[] {
  const zip = unzipSync(readFileSync(file));
  const slides = Object.keys(zip).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length;
  return Array.from({ length: slides }, (_, i) => {
    const rels = zip[`ppt/slides/_rels/slide${i + 1}.xml.rels`];
    const target = rels && /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(strFromU8(rels))?.[1];
    const xml = target ? strFromU8(zip[`ppt/notesSlides/${target}`]) : '';
    // The notes placeholder only (type "body"), not the slide number beside it.
    const body = xml.split('<p:sp>').find((shape) => /<p:ph type="body"/.test(shape)) ?? '';
    return [...body.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' ').trim();
  });
}
