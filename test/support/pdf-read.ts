import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQRModule from 'jsqr';

// jsqr is CommonJS with an ES default export in its types: under NodeNext the function is `.default`.
const jsQR = jsQRModule.default;

/** Writes the PDF to a temporary folder and returns its path (poppler's tools read files). */
export function pdfFile(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'ss-pdf-'));
  const file = join(dir, 'doc.pdf');
  writeFileSync(file, pdf);
  return file;
}

/** The text poppler reads from the PDF, in reading order. */
export const pdfText = (pdf: Buffer): string =>
  execFileSync('pdftotext', ['-layout', pdfFile(pdf), '-']).toString();

/** The text in the order it is drawn: a table cell's wrapped lines stay together (not interleaved with the next column). */
export const pdfRawText = (pdf: Buffer): string =>
  execFileSync('pdftotext', ['-raw', pdfFile(pdf), '-']).toString();

/** `pdffonts`' table: one line per font with its embedded/subset flags. */
export const pdfFonts = (pdf: Buffer): string => execFileSync('pdffonts', [pdfFile(pdf)]).toString();

/** Every QR code found on the pages, rendered at 150 dpi and decoded by jsQR. */
export function pdfQrCodes(pdf: Buffer): string[] {
  const file = pdfFile(pdf);
  execFileSync('pdftoppm', ['-r', '150', file, `${file}-page`]);
  const dir = join(file, '..');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ppm'))
    .sort()
    .flatMap((f) => {
      const { width, height, rgba } = readPpm(readFileSync(join(dir, f)));
      const code = jsQR(rgba, width, height);
      return code ? [code.data] : [];
    });
}

/** A binary PPM (P6, maxval 255) as RGBA. */
function readPpm(buf: Buffer): { width: number; height: number; rgba: Uint8ClampedArray } {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(buf.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a P6 PPM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const rgb = buf.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0, j = 0; i < width * height; i++, j += 3) {
    rgba.set([rgb[j]!, rgb[j + 1]!, rgb[j + 2]!, 255], i * 4);
  }
  return { width, height, rgba };
}
